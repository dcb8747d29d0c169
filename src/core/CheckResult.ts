import type { Finding } from "./Finding";
import type { JudgedKpi } from "./JudgedKpi";
import type { KpiSchema } from "./KpiSchema";
import type { KpiField, Layout } from "./KpiRecord";
import type { SkippedRow } from "./layout/ReadTable";
import type { KpiSeries } from "./series/KpiSeries";

/** Options of one check. The as-of date is always given: the engine has no clock. */
export interface CheckOptions {
  /** `YYYY-MM-DD`: decides `pending` vs `missing_result`. */
  asOf: string;
  /** First month of the fiscal year, 1–12 (default: the schema's, 4). */
  fiscalYearStartMonth?: number;
  /** The KPI schema (default: the built-in one). */
  schema?: KpiSchema;
  /**
   * The workbook's defined names (`{ KpiCheck_Status: "'KPI'!$J$1:$J$25" }`): the column the add-in owns on this
   * sheet (its status column, headed 達成状況, an alias of 結果) is not read as data.
   */
  definedNames?: Record<string, string>;
  /** The layout to read instead of detecting one (`--layout`, the pane's setting). */
  layout?: Layout;
}

/**
 * Where one checked sheet's KPI table is: what the status lines of that sheet are placed by, and its next year planned from.
 *
 * @example { sheetName: "R6", layout: "table", range: "A3:E9", header: { row: 3, columns: { no: 1, … } } }
 */
export type SheetTable = Pick<CheckResult, "sheetName" | "layout" | "range" | "header" | "headerRows" | "yearLines">;

/**
 * What `checkSheet` returns (and `checkWorkbook`, for several sheets as one check): the layout found, the KPI
 * range, the judged KPIs in sheet order, their series and all findings. Plain data.
 */
export interface CheckResult {
  sheetName: string;
  layout: Layout | null;
  /** A1 range of the KPI table on the sheet, null when none was found. */
  range: string | null;
  /** For the table layout: the header row and the column of each recognised field (1-based). */
  header?: { row: number; columns: Partial<Record<string, number>>; qualifiers?: { unit?: number; comparator?: number } };
  /** The header rows used (two for a two-row header; none for blocks and transposed tables). */
  headerRows?: number[];
  /** Per field, the columns (transposed: rows) it was read from, one per fiscal year in a wide table. */
  fields?: Partial<Record<KpiField, string[]>>;
  /** Rows of the KPI range that are not KPIs (totals, repeated headers, headings, units, footnotes). */
  skippedRows?: SkippedRow[];
  /** Wide / two-row-header tables: the result column of each year; transposed tables: the result row of each year. */
  yearLines?: { year: number; line: number }[];
  /** Other sheets of the workbook that also hold a KPI table (filled by the caller that chose the sheet). */
  otherKpiSheets?: string[];
  /** The sheets checked as one (`--all-sheets`): each KPI and finding then names its `sheet`. */
  sheets?: string[];
  /** With `sheets`: where each checked sheet's KPI table is, in the same order (the first is this result's own). */
  sheetTables?: SheetTable[];
  /**
   * The judged KPIs in sheet order (`checkWorkbook`: the sheets in order). A target relative to last year's result
   * (`前年度実績以上`) is judged against last year's KPI of its series — with `sheets`, on whichever sheet that is.
   */
  kpis: JudgedKpi[];
  /** The same KPIs across fiscal years (`buildSeries`), newest first. */
  series: KpiSeries[];
  findings: Finding[];
  asOf: string;
  fiscalYearStartMonth: number;
}
