import type { Component, Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import type { KpiNotes } from "./KpiNotes";
import { ofRowYear } from "./yearOfResult";

/** What names a year's figure as a result quoted as the bar: `2023年度実績`, `2023年度の実績`, `2023年度水準`. */
const RESULT_WORD = /^[\s)の末]*(?:時点の?)?(?:実績|水準|並み?|結果)/;

/** Whether the text names the year (as written) as a result's: `2023年度実績88%以上`, `88%以上(2023年度実績)`. */
function namesResultOf(text: string, year: string): boolean {
  for (let at = text.indexOf(year); at >= 0; at = text.indexOf(year, at + 1)) {
    if (RESULT_WORD.test(text.slice(at + year.length, at + year.length + 6))) return true;
  }
  return false;
}

/**
 * A figure of an earlier year's result with its own comparator (`2023年度実績88%以上`): last year's figure as the bar.
 * An earlier year's figure not named a result (`2023年度 88%以上`, `88%以上(2023年度)` on a FY2024 row) is that year's
 * target, not this row's.
 */
const isBaseline = (c: Component, fiscalYear: number, text: string): boolean =>
  c.year !== undefined &&
  c.year.year < fiscalYear + (c.year.fiscal ? 0 : 1) &&
  c.comparator !== undefined &&
  !c.impliedComparator &&
  namesResultOf(text, c.year.text);

/**
 * The target's components for the row's year: of targets written for several years (`2024年度:90% 2025年度:92%`),
 * the row's year's, with `target-year-chosen`; all of them when they name no years or only the row's, or when they
 * are an earlier year's result as the bar (`2023年度実績88%以上`). Undefined, with `target-other-year`, when they are
 * all another year's (`2025年度目標90%` on a FY2024 row): the row has no target of its own year.
 *
 * @example targetsOfTheYear(parse("2024年度:90% 2025年度:92%"), fy2024, notes) // [90%], target-year-chosen
 */
export function targetsOfTheYear(target: Expression, ctx: JudgeContext, notes: KpiNotes): Component[] | undefined {
  const all = target.components;
  const fiscalYear = ctx.fiscalYear;
  if (fiscalYear === null || !all.some((c) => c.year)) return all;
  const { kept, dropped } = ofRowYear(all, fiscalYear, ctx.fiscalYearStartMonth);
  if (dropped.length === 0) return all;
  if (kept.length === 0) {
    if (all.every((c) => isBaseline(c, fiscalYear, target.normalized))) return all;
    notes.onTarget("target-other-year", { text: target.normalized, years: [...new Set(dropped.map((y) => y.text))], fiscalYear });
    return undefined;
  }
  notes.onTarget("target-year-chosen", { text: target.normalized, year: kept[0].year?.text ?? "", fiscalYear });
  return kept;
}
