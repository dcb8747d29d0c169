import type { Component, Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import type { KpiNotes } from "./KpiNotes";
import { ofRowYear } from "./yearOfResult";

const namesYear = (c: Component): boolean => c.year !== undefined;

/**
 * The result's components of the row's year (`2023年度 16.2%` in a 2024 row is not its result):
 * `result-year-chosen` when one year of several was kept, `result-other-year` and undefined when none is the row's.
 *
 * @example resultOfTheYear(parse("2023年度 16.2% 2024年度 18.0%"), fy2024, notes) // [18.0%], result-year-chosen
 */
export function resultOfTheYear(result: Expression, ctx: JudgeContext, notes: KpiNotes): Component[] | undefined {
  if (!result.components.some(namesYear)) return result.components; // most results
  const { kept, dropped } = ofRowYear(result.components, ctx.fiscalYear, ctx.fiscalYearStartMonth);
  const fiscalYear = ctx.fiscalYear;
  if (dropped.length === 0 || fiscalYear === null) return kept;
  if (kept.length === 0) {
    const years = [...new Set(dropped.map((y) => y.text))];
    notes.onResult("result-other-year", { text: result.normalized, years, fiscalYear });
    return undefined;
  }
  notes.onResult("result-year-chosen", { text: result.normalized, year: kept[0].year?.text ?? "", fiscalYear });
  return kept;
}
