import type { KpiSchema } from "../KpiSchema";
import { normalizeLabel } from "../normalizeLabel";

/** The words of the periods of a fiscal year a schema names, folded by `normalizeLabel`. */
export interface YearPeriodWords {
  /** Every word of a part of the year (schema `yearParts`: `上期`, `第1四半期`, `1q`), longest first. */
  readonly parts: readonly string[];
  /** The words of the whole year beside its parts (schema `wholeYearWords`: `通期`, `年間`, `年度計`). */
  readonly whole: ReadonlySet<string>;
}

const cache = new WeakMap<KpiSchema, YearPeriodWords>();

/**
 * The words of the parts of a fiscal year and of the whole of it, as the schema lists them (compiled once per
 * schema): the one list the year cells, the headers and the columns of parts are read by.
 *
 * @example yearPeriodWords(BUILT_IN_SCHEMA).whole.has("通期") // true
 */
export function yearPeriodWords(schema: KpiSchema): YearPeriodWords {
  const hit = cache.get(schema);
  if (hit) return hit;
  const parts = [...new Set((schema.yearParts ?? []).flat().map(normalizeLabel))].filter((w) => w !== "");
  parts.sort((a, b) => b.length - a.length);
  const whole = new Set((schema.wholeYearWords ?? []).map(normalizeLabel).filter((w) => w !== ""));
  const words: YearPeriodWords = { parts, whole };
  cache.set(schema, words);
  return words;
}
