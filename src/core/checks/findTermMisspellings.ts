import { cellAddress } from "../cellAddress";
import { finding, type Finding } from "../Finding";
import type { KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import { isNearMiss } from "./nearMiss";
import { readTextCells, type TextCellCheck } from "./readTextCells";

/** Three Latin letters in a row, half- or full-width: the least a text holding a known term has. */
const THREE_LETTERS = /[A-Za-zＡ-Ｚａ-ｚ]{3}/;

/** A run of Latin words separated by single spaces: single words and phrases are read from it. */
const LATIN_RUN = /[A-Za-z]+(?: [A-Za-z]+)*/g;

const termsCache = new WeakMap<KpiSchema, Map<number, string[]>>();

/** The known terms of a schema by their number of words (`NPS`: 1, `Net Promoter Score`: 3); built once per schema. */
function termsByWords(schema: KpiSchema): Map<number, string[]> {
  const cached = termsCache.get(schema);
  if (cached) return cached;
  const out = new Map<number, string[]>();
  for (const term of schema.knownTerms ?? []) {
    const t = normalizeText(term).trim().replace(/\s+/g, " ");
    if (!/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(t)) continue;
    const n = t.split(" ").length;
    out.set(n, [...(out.get(n) ?? []), t]);
  }
  termsCache.set(schema, out);
  return out;
}

/**
 * The known term a word (or phrase of Latin words) is a near miss of, undefined when it is none or is itself a
 * known term (in any case).
 *
 * @example nearMissTerm("NSP", schema) // "NPS"
 */
export function nearMissTerm(word: string, schema: KpiSchema): string | undefined {
  const terms = termsByWords(schema).get(word.split(" ").length) ?? [];
  if (terms.some((t) => t.toUpperCase() === word.toUpperCase())) return undefined;
  return terms.find((t) => isNearMiss(word, t));
}

/** A text's misspellings as one flat list `[phrase, suggestion, phrase, suggestion, …]`, each phrase once. */
type Misspellings = readonly string[];

const NONE: Misspellings = [];

/** The term-misspelling check as `readTextCells` feeds it, with the findings it made at the end. */
export interface TermMisspellingCheck extends TextCellCheck<Misspellings> {
  /** The `term-misspelling` findings of the cells noted, in the order noted. */
  findings(): Finding[];
}

/**
 * The term-misspelling check (see {@link findTermMisspellings}), to be fed the text cells by `readTextCells` — in
 * the same walk as other checks — and then asked for its findings.
 *
 * @example const check = termMisspellingCheck(schema); readTextCells(records, [check]); check.findings()
 */
export function termMisspellingCheck(schema: KpiSchema): TermMisspellingCheck {
  const byWords = termsByWords(schema);
  const verdicts = new Map<string, string | null>();
  const verdict = (words: string): string | null => {
    let v = verdicts.get(words);
    if (v === undefined) verdicts.set(words, (v = nearMissTerm(words, schema) ?? null));
    return v;
  };
  const findings: Finding[] = [];
  return {
    read(text, normalized) {
      if (byWords.size === 0 || !THREE_LETTERS.test(text)) return NONE;
      const out: string[] = [];
      const seen = new Set<string>();
      LATIN_RUN.lastIndex = 0;
      for (let m = LATIN_RUN.exec(normalized); m !== null; m = LATIN_RUN.exec(normalized)) {
        const words = m[0].split(" ");
        for (const [n] of byWords) {
          for (let i = 0; i + n <= words.length; i++) {
            const phrase = words.slice(i, i + n).join(" ");
            const suggestion = verdict(phrase);
            if (suggestion === null || seen.has(phrase)) continue;
            seen.add(phrase);
            out.push(phrase, suggestion);
          }
        }
      }
      return out.length === 0 ? NONE : out;
    },
    note(found, row, field, cell) {
      for (let k = 0; k < found.length; k += 2) {
        findings.push(finding("term-misspelling", { row, field, cell: cellAddress(cell.row, cell.col) }, { text: found[k], suggestion: found[k + 1] }));
      }
    },
    findings: () => findings,
  };
}

/**
 * Misspelled metric names (disclosure-output.md §3, publish check): every cell whose text holds a near miss of
 * one of the schema's `knownTerms` (`NSP` for `NPS`: see `isNearMiss`) gets a `term-misspelling` warning naming
 * the spelling it holds and the suggested one — one finding per cell and spelling, on every cell that holds it,
 * since each of them would go out on the page as written.
 *
 * @example findTermMisspellings(records, schema)[0].params // { text: "NSP", suggestion: "NPS" }
 */
export function findTermMisspellings(records: readonly KpiRecord[], schema: KpiSchema): Finding[] {
  const check = termMisspellingCheck(schema);
  readTextCells(records, [check]);
  return check.findings();
}
