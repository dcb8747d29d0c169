import type { Rect } from "../Rect";
import type { CellValue } from "../SheetSnapshot";

/** One cell of the next fiscal year's rows: its value, and the cell whose format it takes (both after insertion). */
export interface NextYearCell {
  row: number;
  col: number;
  value: CellValue;
  /** The cell of this year whose format (number format, font, fill, borders) the new cell copies (on `newSheet.copyOf` for a new sheet). */
  formatFrom: { row: number; col: number };
}

/** Empty lines (rows or columns) to insert before line `at` of the sheet as read; `count` of them. */
export interface LineInsert {
  at: number;
  count: number;
}

/**
 * The next fiscal year's rows for the user's KPI sheet, in the table's own layout (新年度の準備): plain data an
 * adapter applies in one step. No existing cell's content changes: the new cells are on rows or columns that
 * were empty, on rows or columns inserted first (which move what is below or right of them unchanged), or on a
 * new sheet.
 *
 * An adapter applies it in this order: the new sheet (`newSheet`), the inserted rows and columns (each list from
 * its last entry back, so that every `at` is as read), then the cells with the formats they copy, the merges
 * (each replacing any merge it covers), the sizes and the Excel Table's new range. Every other coordinate is
 * after insertion.
 *
 * @example { sheet: "KPI", fiscalYear: 2025, rows: { top: 26, bottom: 31 }, cells: [{ row: 26, col: 1, value: "2025年度", … }], merges: [] }
 */
export interface NextYearRows {
  /** The sheet the new cells go on: the KPI sheet, or the new sheet's name. */
  sheet: string;
  /** The fiscal year the rows are for. */
  fiscalYear: number;
  /** The fiscal year they are copied from. */
  fromYear: number;
  /** A sheet to add after the last one (named `sheet`, formats and sizes from `copyOf`), where the year lives in the sheet's name or title. */
  newSheet?: { copyOf: string };
  /** Rows to insert first; absent when the rows are free already. */
  insertRows?: LineInsert[];
  /** Columns to insert first (a year's columns of a wide table with something right of them). */
  insertColumns?: LineInsert[];
  /** The rows the new cells occupy (after insertion). */
  rows: { top: number; bottom: number };
  /** The columns the new cells occupy (after insertion). */
  columns: { left: number; right: number };
  cells: NextYearCell[];
  /** Merged ranges on the new cells (copies of this year's), and earlier merges widened over them. */
  merges: Rect[];
  /** Row heights to copy: new row → this year's row (after insertion; on `newSheet.copyOf` for a new sheet). */
  rowHeightsFrom: Record<number, number>;
  /** Column widths to copy: new column → this year's column (after insertion; on `newSheet.copyOf` for a new sheet). */
  columnWidthsFrom?: Record<number, number>;
  /** The Excel Table (ListObject) that holds the KPIs, to extend over the new rows or columns. */
  extendTable?: { name: string; ref: Rect };
  /** How many KPIs the rows hold. */
  kpis: number;
}

/** Why the next year's rows cannot be planned: typed, the message rendered by the front end. */
export type NextYearRefusal =
  | { code: "next-year-no-kpis" }
  | { code: "next-year-layout"; layout: string }
  | { code: "next-year-no-space"; range: string }
  | { code: "next-year-exists"; fiscalYear: number };
