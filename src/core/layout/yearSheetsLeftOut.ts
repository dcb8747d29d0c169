import type { CheckResult } from "../CheckResult";
import type { WorkbookInfo } from "../WorkbookPort";
import { candidateSheets } from "./chooseKpiSheet";
import { namesAFiscalYear } from "./namesAFiscalYear";

/** The sheets named for a fiscal year that a check of all sheets did not check, by why. */
export interface YearSheetsLeftOut {
  /** Hidden or very hidden: never read as KPI sheets. */
  readonly hidden: readonly string[];
  /** Visible, but no KPI table was read on them (none there, an unknown layout, a sheet too large to read). */
  readonly unread: readonly string[];
}

/**
 * After a check of all sheets (`result.sheets`), the other sheets named for a fiscal year (`2020年度`, `R2`) that are
 * not among those checked, in workbook order — so that the pane can say a year is missing from the series rather than
 * leave it out silently; never the add-in's own sheets. Both empty after a one-sheet check.
 *
 * @example yearSheetsLeftOut(result, { sheets: ["2020年度", "2021年度", …], hiddenSheets: ["2020年度"], … }).hidden // ["2020年度"]
 */
export function yearSheetsLeftOut(result: CheckResult, workbook: WorkbookInfo): YearSheetsLeftOut {
  if (!result.sheets || result.sheets.length === 0) return { hidden: [], unread: [] };
  const checked = new Set(result.sheets);
  const definedNames = Object.fromEntries(workbook.names.map((n) => [n.name, n.ref.replace(/^=/, "")]));
  const hiddenSheets = new Set(workbook.hiddenSheets ?? []);
  const notOwn = new Set(candidateSheets(workbook.sheets.map((name) => ({ name })), definedNames));
  const left = workbook.sheets.filter((name) => notOwn.has(name) && !checked.has(name) && namesAFiscalYear(name, result.fiscalYearStartMonth));
  return { hidden: left.filter((name) => hiddenSheets.has(name)), unread: left.filter((name) => !hiddenSheets.has(name)) };
}
