import type { KpiSchema } from "../../KpiSchema";
import { escapeRegExp } from "../../escapeRegExp";
import { yearPeriodWords } from "../yearPeriodWords";

/** The compiled fiscal-year grammar of one schema. */
export interface FiscalYearPattern {
  /** `2023`, `2023年度`, `2023年`, `FY2023`, `FY23`, `2023FY`. */
  western: RegExp;
  /** `令和5年度`, `R5`, `平成30年`, `令和元年度` — group 1 the era name, group 2 the year in the era. */
  era: RegExp | null;
  /** Upper-cased era name → first Western year of the era. */
  eraFirstYear: Map<string, number>;
  /**
   * A part of the year or the whole of it written after a year (`2023年度上期`, `2023年度第1四半期`, `2023年度通期`;
   * schema `yearParts` and `wholeYearWords`, upper-cased): it still names that fiscal year. Null without such words.
   */
  periodSuffix: RegExp | null;
}

/**
 * `2023`, `2023年度`, `2023年`, `FY2023`, `FY23`, `2023FY`, `23年度`, `'24年度` (an apostrophe abbreviating 2024),
 * `2024年度末`: group 1 FY or the apostrophe, group 2 the digits, group 3 the marker.
 */
const WESTERN = /^(FY|['’‘])?(\d{4}|\d{2})(年度末|年度|年|FY)?$/u;

/**
 * The schema's words of the parts and the whole of a year, as a pattern of a suffix of the upper-cased text; a word
 * that is a year's own marker (`年度` of `2023年度`, `24年度`) is the year's, not a period after it.
 */
function periodSuffix(schema: KpiSchema): RegExp | null {
  const { parts, whole } = yearPeriodWords(schema);
  const words = [...new Set([...parts, ...whole].map((w) => w.toUpperCase()))]
    .filter((w) => !WESTERN.test(`2000${w}`))
    .sort((a, b) => b.length - a.length);
  return words.length ? new RegExp(`(?:${words.map(escapeRegExp).join("|")})$`, "u") : null;
}

const cache = new WeakMap<KpiSchema, FiscalYearPattern>();

/**
 * The fiscal-year grammar of a schema, compiled once per schema object (eras from `schema.fiscalYear.eras`).
 *
 * @example fiscalYearPattern(BUILT_IN_SCHEMA).era?.test("令和5年度") // true
 */
export function fiscalYearPattern(schema: KpiSchema): FiscalYearPattern {
  const hit = cache.get(schema);
  if (hit) return hit;
  const eraFirstYear = new Map<string, number>();
  for (const era of schema.fiscalYear.eras) {
    const name = era.name.normalize("NFKC").replace(/\s+/gu, "").toUpperCase();
    if (name && !eraFirstYear.has(name)) eraFirstYear.set(name, era.firstYear);
  }
  const names = [...eraFirstYear.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const compiled: FiscalYearPattern = {
    western: WESTERN,
    era: names.length
      ? new RegExp(`^(${names.join("|")})(元|\\d{1,2}|[一二三四五六七八九十]{1,3})(?:年度末|年度|年)?$`, "u")
      : null,
    eraFirstYear,
    periodSuffix: periodSuffix(schema),
  };
  cache.set(schema, compiled);
  return compiled;
}
