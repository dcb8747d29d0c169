import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import type { CellValue } from "../SheetSnapshot";
import { findFiscalYearIn } from "./findFiscalYearIn";
import { eraYearNumber } from "./_lib/kanjiNumber";
import { twoDigitYear } from "./_lib/twoDigitYear";
import { type FiscalYearPattern, fiscalYearPattern } from "./_lib/fiscalYearPattern";
import { stripBracketNotes } from "../stripBracketNotes";

/** The Western years a fiscal year may be written as (anything else is not read as a year). */
const FISCAL_YEAR_RANGE = { min: 1900, max: 2999 } as const;

const inRange = (y: number): boolean => Number.isInteger(y) && y >= FISCAL_YEAR_RANGE.min && y <= FISCAL_YEAR_RANGE.max;

/**
 * Reads the fiscal year (as a Western year, the year it starts in) of a cell, or undefined.
 *
 * Accepted, after NFKC (full-width digits), space removal and case folding:
 * - numbers 1900–2999 (a number cell is read by its value first, so `2023` formatted `0"年度"` works);
 * - `2023`, `2023年度`, `2023年`, `FY2023`, `2023FY`, and `FY23` (two digits after `FY`, read as 20xx);
 * - two digits with 年度 (`24年度`, `24FY`) where 20NN is the only year a KPI table can mean ({@link twoDigitYear}:
 *   `29年度` … `31年度` may be 平成29–31年度 and are refused, as are years before 2017: `23年度` is read, `16年度` not);
 * - a term number beside the year (`第45期（2024年度）`, `2024年度（第45期）`); a term number alone (`第45期`) is no year;
 * - eras of `schema.fiscalYear.eras` (built-in: 令和, 平成, R, H): `令和5年度`, `令和元年度`, `令和五年度`,
 *   `R5年度`, `H30`, `㋿5年度` (year = first year of the era + N − 1, so 令和N = 2018 + N);
 * - a period `2023年4月～2024年3月`, `2023/04-2024/03` (the fiscal year it starts in) or a date `2024/3/31`,
 *   `2024年3月末` (the fiscal year it falls in, for fiscal years starting in `startMonth`, default the schema's),
 *   also in era form (`令和6年3月31日` is FY2023, `R6.3.31`, `令和5年4月～令和6年3月`);
 * - any of these followed by a half or quarter (`2023年度上期`, `下半期`, `第2四半期`, `Q3`) — a part of a fiscal
 *   year still names that fiscal year — and/or by bracket notes (`2023年度(令和5年度)`).
 *
 * @example parseFiscalYear("令和5年度", "令和5年度", BUILT_IN_SCHEMA) // 2023
 * @example parseFiscalYear(2023, "2023", BUILT_IN_SCHEMA) // 2023
 * @example parseFiscalYear("2023年度上期", "2023年度上期", BUILT_IN_SCHEMA) // 2023
 * @example parseFiscalYear("24年度", "24年度", BUILT_IN_SCHEMA) // 2024
 * @example parseFiscalYear("30年度", "30年度", BUILT_IN_SCHEMA) // undefined (平成30年度 or 2030年度)
 * @example parseFiscalYear("第45期", "第45期", BUILT_IN_SCHEMA) // undefined
 */
export function parseFiscalYear(
  value: CellValue,
  text: string,
  schema: KpiSchema,
  startMonth: number = schema.fiscalYear.startMonth,
): number | undefined {
  if (typeof value === "number" && inRange(value)) return value;
  const source = text !== "" ? text : typeof value === "string" ? value : "";
  if (source === "") return undefined;
  let s = stripBracketNotes(withoutTermNumber(normalizeText(source).replace(/\s+/gu, "").toUpperCase()));
  const pattern = fiscalYearPattern(schema);
  s = stripBracketNotes(pattern.periodSuffix ? s.replace(pattern.periodSuffix, "") : s);
  if (s === "") return undefined;
  // 令和6(2024)年度, 2024(令和6)年度: the year in two forms, which must agree
  const inner = INNER_NOTE.exec(s);
  if (inner) {
    const a = readYear(inner[1] + inner[3], pattern);
    const b = readYear(inner[2] + inner[3], pattern);
    if (a !== undefined || b !== undefined) return a !== undefined && b !== undefined && a !== b ? undefined : (a ?? b);
  }
  const year = readYear(s, pattern);
  if (year !== undefined) return year;
  if (/\d\D+\d/u.test(s)) {
    const dated = findFiscalYearIn(s, schema, startMonth);
    if (dated?.dated && DATE_REST.test(dated.rest)) return dated.year;
  }
  return undefined;
}

/** A year written twice, the second form in brackets before 年度 (`令和6(2024)年度`, `2024(R6)年度`). */
const INNER_NOTE = /^([^()]+)\(([^()]+)\)(年度|年)$/u;

/** A Western or era year alone (`2024年度`, `FY24`, `'24`, `24年度`, `令和6年度`, `R6`), as normalised text. */
function readYear(s: string, pattern: FiscalYearPattern): number | undefined {
  const w = pattern.western.exec(s);
  if (w) {
    const [, prefix, digits, suffix] = w;
    if (digits.length === 4) return inRange(Number(digits)) ? Number(digits) : undefined;
    if (prefix === "FY") return suffix ? undefined : 2000 + Number(digits);
    if (prefix) return 2000 + Number(digits); // '24, ’24年度: an apostrophe abbreviates a Western year
    return suffix === "年度" || suffix === "年度末" || suffix === "FY" ? twoDigitYear(Number(digits)) : undefined;
  }
  const e = pattern.era?.exec(s);
  if (!e) return undefined;
  const first = pattern.eraFirstYear.get(e[1]);
  const n = eraYearNumber(e[2]);
  if (first === undefined || n === undefined || n < 1) return undefined;
  const year = first + n - 1;
  return inRange(year) ? year : undefined;
}

/** A company's term number (`第45期`): it names no calendar year by itself. */
const TERM_NUMBER = /第\d{1,3}期/u;
const EMPTY_BRACKETS = /[([【〔<《][)\]】〕>》]/gu;
const WRAPPED = /^[([【〔<《](.*)[)\]】〕>》]$/u;

/**
 * The text without a term number beside its year (`第45期(2024年度)`, `2024年度(第45期)`, `第45期2024年度` →
 * `2024年度`); a term number alone (`第45期`) leaves nothing, which names no year.
 */
function withoutTermNumber(s: string): string {
  if (!s.includes("期")) return s;
  const term = TERM_NUMBER.exec(s);
  if (!term) return s;
  const rest = (s.slice(0, term.index) + s.slice(term.index + term[0].length)).replace(EMPTY_BRACKETS, "");
  return WRAPPED.exec(rest)?.[1] ?? rest;
}

/** What may follow a date or a period in a fiscal-year cell: nothing, or 末 / 時点 / 現在 / 期 / 累計. */
const DATE_REST = /^(?:末|時点|現在|期|累計|まで)*$/u;
