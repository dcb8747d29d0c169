import type { Rect } from "../Rect";
import type { CellValue } from "../SheetSnapshot";

/** One cell of the next fiscal year's rows: its value, and the cell whose format it takes (both after insertion). */
export interface NextYearCell {
  row: number;
  col: number;
  value: CellValue;
  /** The cell of this year whose format (number format, font, fill, borders) the new cell copies. */
  formatFrom: { row: number; col: number };
}

/**
 * The next fiscal year's rows for the user's KPI sheet, in the table's own layout (新年度の準備): plain data an
 * adapter applies in one step. No existing cell's content changes: the new cells are on rows that were empty, or
 * on rows inserted first (a newest-first blocks sheet), which move the rows below them down unchanged.
 *
 * @example { sheet: "KPI", fiscalYear: 2025, rows: { top: 26, bottom: 31 }, cells: [{ row: 26, col: 1, value: "2025年度", … }], merges: [] }
 */
export interface NextYearRows {
  sheet: string;
  /** The fiscal year the rows are for. */
  fiscalYear: number;
  /** The fiscal year they are copied from. */
  fromYear: number;
  /** Insert this many empty rows before row `at` first; absent when the rows are free already. */
  insert?: { at: number; count: number };
  /** The rows the new cells occupy (after insertion). */
  rows: { top: number; bottom: number };
  cells: NextYearCell[];
  /** Merged ranges of this year's rows, repeated on the new rows. */
  merges: Rect[];
  /** Row heights to copy: new row → this year's row (after insertion). */
  rowHeightsFrom: Record<number, number>;
  /** The Excel Table (ListObject) that holds the KPI rows, to extend over the new rows (table layout). */
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
