import type { Rect } from "./Rect";

/**
 * An Excel error value as a cell holds it (`#N/A`, `#DIV/0!`, `#REF!`, …).
 *
 * @example { error: "#DIV/0!" }
 */
export interface CellError {
  error: string;
  /** True when the cell holds the error as text (pasted as values, a CSV export): still an error, not a figure. */
  pasted?: boolean;
}

/** One cell's raw value: what Office.js `range.values` or exceljs gives, dates as Excel serial numbers. */
export type CellValue = string | number | boolean | null | CellError;

/** A merged range in 1-based sheet coordinates (inclusive). */
export type MergedRange = Rect;

/**
 * A rectangular block of a sheet as read once from Excel, a `.xlsx` or a `.csv`: raw values, the text Excel
 * displays, and number formats, with the sheet coordinates of its top-left cell. The engine reads nothing else.
 *
 * `values[r][c]` is the cell at sheet row `origin.row + r`, column `origin.col + c` (both 1-based).
 *
 * @example
 * const snap: SheetSnapshot = {
 *   sheetName: "KPI", origin: { row: 1, col: 1 },
 *   values: [["年度", "No"], [2023, 1]], texts: [["年度", "No"], ["2023", "1"]],
 *   numberFormats: [["General", "General"], ["General", "General"]],
 * };
 */
export interface SheetSnapshot {
  sheetName: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  texts: string[][];
  numberFormats: string[][];
  /** Merged ranges that touch the block; the value sits in the top-left cell. */
  merges?: MergedRange[];
  /** The Excel Table (ListObject) holding the KPI range, when the sheet has one. */
  table?: Rect & { name: string; totalsRow?: boolean };
  /** Whether the sheet is shown in Excel's sheet tabs (default visible). */
  visibility?: "visible" | "hidden" | "veryHidden";
}
