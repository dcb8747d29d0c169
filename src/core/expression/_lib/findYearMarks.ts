import type { YearMark } from "../../Expression";
import type { Candidate } from "./Candidate";
import { charBefore } from "./chars";
import type { Group } from "./findGroups";

/** A fiscal or calendar year, or a year and month, written in a result. Groups: see `markOf`. */
const YEAR =
  /(令和|平成|R|H)(\d{1,2}|元)年(度)?(?!\d{1,2}月)|FY ?((?:19|20)\d\d)|((?:19|20)\d\d)年(度)?(?:(\d{1,2})月)?|((?:19|20)\d\d)[./](\d{1,2})(?![\d.])|(令和|平成|R|H)(\d{1,2}|元)(?:[./]|年(?=\d{1,2}月)| (?=\d{1,2}月))(\d{1,2})(?![\d.])|(R|H)(\d{1,2})(?=:| [-+▲]?\d)/g;

const DIGIT_OR_DOT = /[\d.]/;
/** The start of a period of fiscal years right before its end's mark: `2024年度～`, `2024～`, `2024年度から`. */
const PERIOD_START = /((?:19|20)\d\d)(?:年度)? ?(?:～|~|〜|から) ?$/;
/** A total or a deadline of a period (`累計`, `通算`, `までに`): only the period's last year answers it. */
const WHOLE_PERIOD = /累計|通算|までに|迄に|\d ?年間で/;

/** A total over a period (`累計`, `通算`, `3年間で`, `合計`), not a deadline (`までに`). */
const PERIOD_TOTAL = /累計|通算|合計|\d ?年間で/;

/**
 * `end` as the end of a period of fiscal years from `start` (`2024年度～2026年度`), unless the text is a total or a
 * deadline of the period (`WHOLE_PERIOD`): a total keeps where the period starts (`totalFrom`).
 */
function periodMark(end: YearMark, start: number | undefined, text: string): YearMark {
  if (!end.fiscal || start === undefined || start >= end.year) return end;
  if (!WHOLE_PERIOD.test(text)) return { ...end, from: start };
  return PERIOD_TOTAL.test(text) ? { ...end, totalFrom: start } : end;
}
/** What follows a year that names a baseline, not the figure's own year: `2023年度比+2pt`, `2023年度実績比105%`. */
const BASELINE_AFTER = /^(?:末|実績|の実績)?対?比/;
/** A Latin letter: `R6 96.0%` is an era year, the `R6` of `QR6 …` or `AR6:` is not. */
const LATIN = /[A-Za-z]/;

function markOf(m: RegExpExecArray, eras: ReadonlyMap<string, number>): YearMark | undefined {
  const text = m[0];
  if (m[1] !== undefined) {
    const first = eras.get(m[1]);
    if (first === undefined) return undefined;
    return { year: first + (m[2] === "元" ? 1 : Number(m[2])) - 1, fiscal: m[3] !== undefined, text };
  }
  if (m[4] !== undefined) return { year: Number(m[4]), fiscal: true, text };
  if (m[5] !== undefined) {
    if (m[6] !== undefined) return { year: Number(m[5]), fiscal: true, text };
    return m[7] !== undefined ? { year: Number(m[5]), month: Number(m[7]), fiscal: false, text } : { year: Number(m[5]), fiscal: false, text };
  }
  if (m[10] !== undefined || m[13] !== undefined) {
    // `R7.3末` (an era year and month), `R6 96.0%` (an era fiscal year without 年度)
    const era = eras.get(m[10] ?? m[13]);
    if (era === undefined) return undefined;
    const n = m[11] ?? m[14];
    const year = era + (n === "元" ? 1 : Number(n)) - 1;
    if (m[13] !== undefined) return { year, fiscal: true, text };
    const eraMonth = Number(m[12]);
    return eraMonth >= 1 && eraMonth <= 12 ? { year, month: eraMonth, fiscal: false, text } : undefined;
  }
  const month = Number(m[9]);
  return month >= 1 && month <= 12 ? { year: Number(m[8]), month, fiscal: false, text } : undefined;
}

/**
 * The year-only bracket right after each figure (`88%(2024年度)`, `96.0%(2024年3月末時点)`, `90%(2025年度目標)`):
 * the figure's year, and where the bracket stands, so that its year is no mark before the next figure.
 */
function yearsAfter(
  s: string,
  top: readonly Candidate[],
  groups: readonly Group[],
  eras: ReadonlyMap<string, number>,
): Map<Candidate, { mark: YearMark; group: Group }> {
  const after = new Map<Candidate, { mark: YearMark; group: Group }>();
  if (groups.length === 0) return after;
  let g = 0;
  for (const c of top) {
    if (c.group >= 0) continue;
    while (g < groups.length && groups[g].start < c.end) g++;
    const next = groups[g];
    if (!next || s.slice(c.end, next.start).trim() !== "") continue;
    const mark = yearOfText(next.inner, eras);
    if (mark) after.set(c, { mark, group: next });
  }
  return after;
}

/**
 * Gives each figure the year (or year and month) written for it: in a bracket right after it (`88%(2024年度)、
 * 90%(2025年度)`, `96.0%(2024年3月末時点)`), else the one written last before it, if any: `2023年度 8.1P`,
 * `令和6年度における研修受講率は15.0%`, `2022.3 94.9%`, `R7.3末 96.1%`, `R6 3月 96.1%` (a month of R6, never the era
 * year 63), `R6 96.0%` (an era year before a figure is a fiscal year), `2023年度 14.0% 2024年度 16.2%` (each figure
 * its own). Returns how many distinct years were written for figures. `eras` maps era names to their first year;
 * `groups` are the text's bracket groups (`findGroups`).
 *
 * @example assignYears("・2023年度 8.1P", top, eras) // 1; top[0].year = { year: 2023, fiscal: true, text: "2023年度" }
 */
export function assignYears(s: string, top: Candidate[], eras: ReadonlyMap<string, number>, groups: readonly Group[] = []): number {
  if (top.length === 0 || !/\d ?(?:年|[./]\d)|FY|[RH]\d/.test(s)) return 0;
  const after = yearsAfter(s, top, groups, eras);
  const inAfter = (at: number): boolean => [...after.values()].some(({ group }) => at > group.start && at < group.end);
  const marks: { end: number; mark: YearMark }[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m !== null; m = YEAR.exec(s)) {
    if (m[13] !== undefined && LATIN.test(charBefore(s, m.index))) {
      // not an era year inside a word: look on from the next character, as a lookbehind would
      YEAR.lastIndex = m.index + 1;
      continue;
    }
    const mark = markOf(m, eras);
    const end = m.index + m[0].length;
    const at = m.index;
    // a figure is no year (`1933.01%`), nor are the digits of a longer number (`12024.3`)
    const inNumber = DIGIT_OR_DOT.test(charBefore(s, at));
    // a baseline's year (`2023年度比+2pt` on a FY2024 row) is the year compared with, not the figure's
    const baseline = BASELINE_AFTER.test(s.slice(end, end + 5));
    if (mark && !inNumber && !baseline && !top.some((c) => c.start < end && c.end > at) && (after.size === 0 || !inAfter(at))) {
      const start = PERIOD_START.exec(s.slice(Math.max(0, at - 10), at))?.[1];
      marks.push({ end, mark: periodMark(mark, start === undefined ? undefined : Number(start), s) });
    }
  }
  if (marks.length === 0 && after.size === 0) return 0;
  const seen = new Set<string>();
  let k = -1;
  for (const c of top) {
    while (k + 1 < marks.length && marks[k + 1].end <= c.start) k++;
    const year = after.get(c)?.mark ?? (k >= 0 ? marks[k].mark : undefined);
    if (year === undefined) continue;
    c.year = year;
    seen.add(`${year.year}-${year.month ?? ""}-${year.fiscal}`);
  }
  return seen.size;
}

/** A period: `2024年4月～2025年3月`, `R6.4～R7.3`, `2024年4月から2025年3月まで`; its end says whose year it is. */
const PERIOD = /^(.+?) ?(?:～|~|〜|から) ?(.+?)(?:まで)?$/;
/** The end of a period written as a month alone, its year the start's (`2024年4月～9月`). */
const MONTH_END = /^(\d{1,2})月末?(?:時点|現在)?$/;

/**
 * The month a period's end names alone (`9月` of `2024年4月～9月`), in the start's year, or the next when it comes
 * before the start's month (`2024年10月～3月`: March 2025). Undefined unless the start names its month.
 */
function monthAfter(start: YearMark | undefined, end: string): YearMark | undefined {
  const month = Number(MONTH_END.exec(end)?.[1]);
  if (!start || start.month === undefined || !(month >= 1 && month <= 12)) return undefined;
  const year = month >= start.month ? start.year : start.year + 1;
  return { year, month, fiscal: false, text: `${year}年${month}月` };
}

/**
 * The year a text that only says when (`2024年3月末`, `R6.3末`, `2023年度`; see `isYearText`) names, or the end of
 * a period (`2023年4月～2024年3月`: March 2024, in FY2023 for April years; `2024年4月～9月`: September 2024); undefined
 * for any other text.
 *
 * @example yearOfText("2024年3月末時点", eras) // { year: 2024, month: 3, fiscal: false, text: "2024年3月" }
 */
export function yearOfText(text: string, eras: ReadonlyMap<string, number>): YearMark | undefined {
  const period = text.includes("~") || text.includes("から") ? PERIOD.exec(text) : null;
  if (period && isYearText(period[1]) && isYearText(period[2])) {
    const end = yearOfText(period[2], eras);
    const start = yearOfText(period[1], eras);
    return end && periodMark(end, start?.fiscal ? start.year : undefined, text);
  }
  if (period && isYearText(period[1]) && MONTH_END.test(period[2])) return monthAfter(yearOfText(period[1], eras), period[2]);
  if (!isYearText(text)) return undefined;
  YEAR.lastIndex = 0;
  const m = YEAR.exec(text);
  return m && m.index === 0 ? markOf(m, eras) : undefined;
}

/**
 * A year or month and the words around it that say only when (`2023年度`, `R5年度`, `令和6年度実績`, `2022.3末`), or
 * whose target it is (`2025年度目標`).
 */
const ONLY_WHEN = /^(?:(?:令和|平成|R|H)(?:\d{1,2}|元)(?:年度?(?:\d{1,2}月)?|[./]\d{1,2}|\d{1,2}月)?|FY ?\d{4}|\d{4}年度?(?:\d{1,2}月)?|\d{4}[./]\d{1,2})(?:末|末時点|時点|現在|末現在|実績|の実績|における|目標|の目標|末目標|末の目標|累計|の累計|通算|合計|の合計)?$/;

/**
 * Whether a result's metric or label only names a period (`2023年度`, `R5年度`, `2024年3月末`): it names no metric.
 *
 * @example isYearText("令和6年度") // true
 */
export function isYearText(text: string): boolean {
  const period = text.includes("~") || text.includes("から") ? PERIOD.exec(text) : null;
  if (period && isYearText(period[1]) && (isYearText(period[2]) || MONTH_END.test(period[2]))) return true;
  return ONLY_WHEN.test(text.replace(/[\s・:]/g, ""));
}
