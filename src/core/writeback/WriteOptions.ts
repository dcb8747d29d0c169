import type { NextYearRows } from "../nextYear/NextYearRows";
import type { SheetSnapshot } from "../SheetSnapshot";
import type { WritebackLabels } from "./WritebackLabels";

/**
 * What the adapter tells about the workbook as it is now, so that the engine writes only where the add-in
 * owns the cells and picks names no user sheet, header or table has.
 *
 * @example
 * { sheetNames: ["KPI", "開示用"], definedNames: { KpiCheck_Status: "'KPI'!$J$1:$J$25" },
 *   tables: [{ name: "KpiTable", sheet: "KPI" }], kpiSheet: snapshot }
 */
export interface ExistingWorkbook {
  /** All sheet names, in workbook order (hidden ones too). */
  sheetNames: string[];
  /** Workbook-scope defined names and what they refer to (`'KPI'!$J$1:$J$25`, a leading `=` is fine). */
  definedNames: Record<string, string>;
  /** All Excel Tables (ListObjects) of the workbook; their names are unique across the workbook. */
  tables?: { name: string; sheet: string }[];
  /**
   * The KPI sheet as read for the check (its used range, with merges and its Excel Table), so that the status
   * column goes where no user cell or header is. Without it the column goes right of `CheckResult.range`.
   */
  kpiSheet?: SheetSnapshot;
  /** With `--all-sheets`: the other checked sheets as read, so that each sheet's status lines avoid its cells. */
  otherKpiSheets?: SheetSnapshot[];
}

/**
 * What `buildWorkbookPatch` writes.
 *
 * @example { labels: writebackLabels("ja"), findingsSheet: true, years: [2024, 2023], existing }
 */
export interface WriteOptions {
  /** The words of the outputs, in the user's language (`writebackLabels(lang)` of `src/i18n`). */
  labels: WritebackLabels;
  /** Fiscal years of the disclosure sheet (default: all). */
  years?: number[];
  /** The status column on the KPI sheet (default true). */
  statusColumn?: boolean;
  /** The disclosure sheet 開示用 / Disclosure (default true). */
  disclosureSheet?: boolean;
  /** The findings sheet 指摘一覧 / Findings (default false: a setting). */
  findingsSheet?: boolean;
  /** The 推移 / Trend sheet: each KPI's targets and results over the years (default false: a setting). */
  trendSheet?: boolean;
  /**
   * Native line charts on the 推移 sheet (default true). False where the writer cannot draw charts (exceljs, the
   * CLI's `--out`): the sheet is then laid out for its cells alone.
   */
  trendCharts?: boolean;
  /** A public status cell (達成, 一部達成, 未達成 only) in the disclosure sheet's target rows (default false). */
  showStatus?: boolean;
  /** The next fiscal year's rows to add to the KPI sheet (`planNextYear`, 新年度の準備); none by default. */
  nextYear?: NextYearRows;
  existing: ExistingWorkbook;
}
