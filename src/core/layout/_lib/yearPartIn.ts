import type { KpiSchema } from "../../KpiSchema";
import { normalizeLabel } from "../../normalizeLabel";

/** A part of a fiscal year named in a text: the schema's word, its set (`上期`, `下期`) and its place in it. */
export interface YearPart {
  /** The schema's word for the part (`上期`, `第1四半期`, `1Q`). */
  label: string;
  /** The parts of the year it is one of, in order. */
  set: readonly string[];
  /** Its place in `set` (0: the first part). */
  index: number;
}

const DIGIT = /[0-9]/;

/**
 * The part of a fiscal year a year cell names (`2024年度上期`, `R6 下半期`, `2024年度 第1四半期`, `FY2024 Q1`), by the
 * schema's `yearParts`, or undefined for a whole year. The longest word wins (`上半期` over nothing, `第1四半期` over
 * `1`); a word beginning or ending with a digit must not continue a number (`2021Q1` is Q1, not 1Q).
 *
 * @example yearPartIn("2024年度下期", BUILT_IN_SCHEMA) // { label: "下期", set: ["上期", "下期"], index: 1 }
 */
export function yearPartIn(text: string, schema: KpiSchema): YearPart | undefined {
  const key = normalizeLabel(text);
  let best: (YearPart & { length: number }) | undefined;
  for (const set of schema.yearParts ?? []) {
    set.forEach((label, index) => {
      const word = normalizeLabel(label);
      if (word === "" || (best && best.length >= word.length)) return;
      for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
        const before = key[at - 1] ?? "";
        const after = key[at + word.length] ?? "";
        if (DIGIT.test(word[0]) && DIGIT.test(before)) continue;
        if (DIGIT.test(word[word.length - 1]) && DIGIT.test(after)) continue;
        best = { label, set, index, length: word.length };
        return;
      }
    });
  }
  return best && { label: best.label, set: best.set, index: best.index };
}
