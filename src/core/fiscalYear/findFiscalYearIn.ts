import type { KpiSchema } from "../KpiSchema";
import { escapeRegExp } from "../escapeRegExp";
import { normalizeText } from "../normalizeText";
import { twoDigitYear } from "./_lib/twoDigitYear";

/** A fiscal year found inside a text, and the text without it. */
export interface FiscalYearMatch {
  /** The fiscal year (the Western year it starts in). */
  year: number;
  /** The text without the year and the brackets that held it (NFKC, no white space), e.g. `目標` of `目標(2023)`. */
  rest: string;
  /** The year as written, e.g. `令和5年度`. */
  written: string;
  /** True when the year is a period or a date (`2023年4月～2024年3月`, `2024/3/31`) rather than a year. */
  dated: boolean;
  /** The month of a date or month (`2024年12月末` → 12, `令和7年3月31日` → 3); absent for a year or a period. */
  month?: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** The fiscal year a month falls in, for fiscal years starting in `startMonth` (named by the year they start in). */
export function fiscalYearOfMonth(year: number, month: number, startMonth: number): number {
  return month >= startMonth ? year : year - 1;
}

/**
 * A pattern and the characters that may not stand just before its match — a lookbehind written out, since
 * Safari before 16.4 (Excel on older Macs) cannot parse one.
 */
interface Pattern {
  re: RegExp;
  notAfter: RegExp;
}

const cache = new WeakMap<KpiSchema, Pattern[]>();

/** The first match of a pattern that does not follow one of its `notAfter` characters, as a lookbehind finds it. */
function execPattern(p: Pattern | undefined, s: string): RegExpExecArray | null {
  if (!p) return null;
  p.re.lastIndex = 0;
  for (let m = p.re.exec(s); m !== null; m = p.re.exec(s)) {
    if (m.index === 0 || !p.notAfter.test(s[m.index - 1])) return m;
    p.re.lastIndex = m.index + 1;
  }
  return null;
}

const DIGIT = /\d/;
const LETTER = /[A-Z]/;
const DIGIT_OR_LETTER = /[\dA-Z]/;

/** The patterns, most specific first: a period, a date or month, a Western year, an era year. */
function patternsOf(schema: KpiSchema): Pattern[] {
  const hit = cache.get(schema);
  if (hit) return hit;
  const eras = schema.fiscalYear.eras
    .map((e) => e.name.normalize("NFKC").replace(/\s+/gu, "").toUpperCase())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const ym = String.raw`(\d{4})(?:年|[/.\-])(\d{1,2})(?:月|(?=[/.\-~〜]|から))(?:[/.\-]?\d{1,2}日?)?`;
  const list = [
    // 2023年4月～2024年3月, 2023/04-2024/03, 2023.4~2024.3, 2023年4月1日から2024年3月31日まで
    { re: new RegExp(String.raw`${ym}(?:~|〜|-|–|—|―|ー|から)(?:\d{4})(?:年|[/.\-])(?:\d{1,2})(?:月)?(?:[/.\-]?\d{1,2}日?)?(?:まで)?(?!\d)`, "gu"), notAfter: DIGIT },
    // 2024/3/31, 2024-03-31, 2024年3月31日, 2024年3月(末), 2024 3月 (a space kept between digit runs, as `R6 3月`);
    // a month without its day before 末 / 期 / 時点 / 現在 or a
    // closing bracket, as an era month is (`2024.3期` is the term ending March 2024, `実績(2024/3末)`); `2023.5`
    // alone stays a number
    { re: new RegExp(String.raw`(\d{4})(?:[年 ](\d{1,2})月(?:(\d{1,2})日)?|[/.\-](\d{1,2})[/.\-](\d{1,2})|[/.](\d{1,2})(?=末|期|時点|現在|[)\]]))(?!\d)`, "gu"), notAfter: DIGIT },
    // FY2023, 2023年度, 2023年, 2023FY, 2023
    { re: /(?:FY)?(\d{4})(?:年度|年|FY)?(?!\d)/gu, notAfter: DIGIT_OR_LETTER },
    // FY23
    { re: /FY(\d{2})(?![\d年])/gu, notAfter: LETTER },
  ];
  if (eras.length) {
    const era = `(${eras.join("|")})(元|\\d{1,2})`;
    // 令和5年4月～令和6年3月, R5.4～R6.3, R5.4.1～R6.3.31, 令和5年4月1日から令和6年3月31日まで: the fiscal year it starts in
    const end = String.raw`(?:${eras.join("|")})?(?:元|\d{1,4})(?:年|[/.])\d{1,2}(?:月)?(?:[/.]?\d{1,2}日?)?(?:まで)?(?!\d)`;
    // a month with or without its day: 年3月, 年3月31日, .3, .3.31 (`R6.3末` is a date as `R6.3.31` is), or a month
    // after a space (`R6 3月`: the space is kept between digit runs)
    const ym = String.raw`(?:年(\d{1,2})月(?:(\d{1,2})日)?|[/.](\d{1,2})(?:[/.](\d{1,2})日?)?| (\d{1,2})月(?:(\d{1,2})日)?)`;
    list.push({ re: new RegExp(`${era}${ym}(?:~|〜|-|–|—|―|ー|から)${end}`, "gu"), notAfter: LETTER });
    // 令和6年3月31日, 令和6年3月(末), R6.3.31: the fiscal year it falls in
    list.push({ re: new RegExp(`${era}${ym}(?!\\d)`, "gu"), notAfter: LETTER });
    list.push({ re: new RegExp(`${era}(?:年度|年)?(?!\\d)`, "gu"), notAfter: LETTER });
  }
  // 24年度, 24FY: two digits with 年度 (last: an era's year, `平成29年度`, is read as such first)
  list.push({ re: /(\d{2})(?:年度|FY)(?!\d)/gu, notAfter: /[\dA-Z./]/ });
  cache.set(schema, list);
  return list;
}

/** A number alone (a No, a figure): a year only as four digits in range. */
const BARE_NUMBER = /^\d+$/;

/** What the patterns find in a bare number: a year of four digits in 1900–2999, else none. */
function bareYear(digits: string): FiscalYearMatch | undefined {
  const year = Number(digits);
  if (digits.length !== 4 || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return { year, rest: "", written: digits, dated: false };
}

const SPACES = /\s+/gu;

/**
 * The text without white space, except one space where it parts two digit runs: `R6 3月` is the era year R6 and a
 * month, never `R63月` (R63 = 2081), and `2024 3月` is no year 20243.
 */
function withoutSpaces(s: string): string {
  return s.replace(SPACES, (w: string, at: number) => (DIGIT.test(s.charAt(at - 1)) && DIGIT.test(s.charAt(at + w.length)) ? " " : ""));
}

const EMPTY_BRACKETS = /[(（[【〔<《「『]\s*[)）\]】〕>》」』]/gu;
const EDGE_SEPARATORS = /^[\s_\-:：・/]+|[\s_\-:：・/]+$/gu;

/**
 * Finds a fiscal year anywhere in a short text such as a header or a title: `2022年度目標`, `目標(2023)`,
 * `R5目標`, `実績（令和5年度）`, `FY2024 KPI一覧`, `24年度目標` (two digits as `parseFiscalYear` reads them), a period `2023年4月～2024年3月` or `2023/04-2024/03` (the fiscal
 * year it starts in), a date `2024/3/31` or month `2024年3月末` (the fiscal year it falls in, by `startMonth`), and
 * these in era form (`令和6年3月31日現在`, `R6.3.31`, `令和5年4月～令和6年3月`: a date, never the era year alone).
 * Undefined when the text names no year (a four-digit number outside 1900–2999 is none).
 *
 * @example findFiscalYearIn("2022年度目標", BUILT_IN_SCHEMA) // { year: 2022, rest: "目標", written: "2022年度", dated: false }
 * @example findFiscalYearIn("2023/04-2024/03", BUILT_IN_SCHEMA)?.year // 2023
 */
export function findFiscalYearIn(
  text: string,
  schema: KpiSchema,
  startMonth: number = schema.fiscalYear.startMonth,
): FiscalYearMatch | undefined {
  if (text === "" || text.length > 200) return undefined;
  if (BARE_NUMBER.test(text)) return bareYear(text);
  const s = withoutSpaces(normalizeText(text)).toUpperCase();
  const patterns = patternsOf(schema);
  const [period, date, western, fyShort] = patterns;
  const [eraPeriod, eraDate, era] = patterns.length > 5 ? patterns.slice(4, 7) : [];
  const twoDigits = patterns[patterns.length - 1];
  const found = (year: number, m: RegExpExecArray, dated: boolean, month?: number): FiscalYearMatch | undefined => {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
    const rest = (s.slice(0, m.index) + s.slice(m.index + m[0].length)).replace(SPACES, "").replace(EMPTY_BRACKETS, "").replace(EDGE_SEPARATORS, "");
    return month === undefined ? { year, rest, written: m[0], dated } : { year, rest, written: m[0], dated, month };
  };
  let m = execPattern(period, s);
  if (m) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return found(fiscalYearOfMonth(Number(m[1]), month, startMonth), m, true);
  }
  m = execPattern(date, s);
  if (m) {
    const month = Number(m[2] ?? m[4] ?? m[6]);
    if (month >= 1 && month <= 12) return found(fiscalYearOfMonth(Number(m[1]), month, startMonth), m, true, month);
  }
  m = execPattern(western, s);
  if (m) return found(Number(m[1]), m, false);
  m = execPattern(fyShort, s);
  if (m) return found(2000 + Number(m[1]), m, false);
  for (const [pattern, dated] of [[eraPeriod, true], [eraDate, true], [era, false]] as const) {
    m = execPattern(pattern, s);
    if (!m) continue;
    const first = schema.fiscalYear.eras.find((e) => e.name.normalize("NFKC").replace(/\s+/gu, "").toUpperCase() === m![1])?.firstYear;
    const n = m[2] === "元" ? 1 : Number(m[2]);
    if (first === undefined || n < 1) return undefined;
    if (!dated) return found(first + n - 1, m, false);
    const month = Number(m[3] ?? m[5] ?? m[7]);
    if (month >= 1 && month <= 12) return found(fiscalYearOfMonth(first + n - 1, month, startMonth), m, true, pattern === eraDate ? month : undefined);
  }
  m = execPattern(twoDigits, s);
  const year = m ? twoDigitYear(Number(m[1])) : undefined;
  return m && year !== undefined ? found(year, m, false) : undefined;
}
