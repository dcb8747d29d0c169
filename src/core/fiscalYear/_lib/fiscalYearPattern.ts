import type { KpiSchema } from "../../KpiSchema";
import { escapeRegExp } from "../../escapeRegExp";

/** The compiled fiscal-year grammar of one schema. */
export interface FiscalYearPattern {
  /** `2023`, `2023年度`, `2023年`, `FY2023`, `FY23`, `2023FY`. */
  western: RegExp;
  /** `令和5年度`, `R5`, `平成30年`, `令和元年度` — group 1 the era name, group 2 the year in the era. */
  era: RegExp | null;
  /** Upper-cased era name → first Western year of the era. */
  eraFirstYear: Map<string, number>;
}

/** A half or quarter of a fiscal year written after it (`2023年度上期`): it still names that fiscal year. */
export const PERIOD_SUFFIX = /(?:上期|下期|上半期|下半期|通期|第[1-4]四半期|第[1-4]Q|[1-4]Q|Q[1-4])$/u;

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
    western: /^(FY)?(\d{4}|\d{2})(年度|年|FY)?$/u,
    era: names.length
      ? new RegExp(`^(${names.join("|")})(元|\\d{1,2}|[一二三四五六七八九十]{1,3})(?:年度|年)?$`, "u")
      : null,
    eraFirstYear,
  };
  cache.set(schema, compiled);
  return compiled;
}
