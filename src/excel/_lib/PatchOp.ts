import type { CellFormat, SheetChart, SheetWrite } from "../../core/WorkbookPatch";

/** A value as Office.js `range.values` takes it; null leaves the cell as it is. */
export type ExcelInput = string | number | boolean | null;

/** A cell format without its number format (number formats go with the values, before them). */
export type AreaFormat = Omit<CellFormat, "numberFormat">;

/**
 * One step of applying a write plan through Office.js, small enough to queue on its own and sized so that steps
 * can be packed into requests under Excel on the web's 5 MB limit. Addresses are local to `sheet`.
 *
 * @example { kind: "values", sheet: "開示用", address: "A1:E40", values: [[…]] }
 */
export type PatchOp =
  | { kind: "delete-name"; name: string }
  | { kind: "reset-sheet"; sheet: string; rename?: string; tables: string[]; charts?: string[] }
  | { kind: "add-sheet"; sheet: string }
  | { kind: "sheet-options"; sheet: string; showGridLines?: boolean; freeze?: { rows: number; cols: number } }
  | { kind: "clear"; sheet: string; address: string }
  | { kind: "extend-table"; table: string; header: string }
  | { kind: "number-formats"; sheet: string; address: string; formats: (string | null)[][] }
  | { kind: "values"; sheet: string; address: string; values: ExcelInput[][] }
  | { kind: "hyperlink"; sheet: string; address: string; link: { address?: string; documentReference?: string; textToDisplay?: string } }
  | { kind: "format"; sheet: string; addresses: string[]; format: AreaFormat; inside?: { rows: boolean; cols: boolean } }
  | { kind: "merge"; sheet: string; address: string; across: boolean }
  | { kind: "column-width"; sheet: string; addresses: string[]; points: number }
  | { kind: "row-height"; sheet: string; addresses: string[]; points: number }
  | { kind: "add-table"; sheet: string; address: string; name: string; style?: string }
  | { kind: "page-layout"; sheet: string; print: NonNullable<SheetWrite["print"]> }
  | { kind: "page-breaks"; sheet: string; rows: number[] }
  | { kind: "add-chart"; sheet: string; chart: SheetChart }
  | { kind: "add-name"; name: string; ref: string }
  | { kind: "select"; sheet: string; address: string }
  /** Whole rows (`5:7`, shifted down) or columns (`E:F`, shifted right) inserted before the address's first line. */
  | { kind: "insert"; sheet: string; address: string; shift: "Down" | "Right" }
  /** The formats of a block (`from`, qualified by its sheet) copied onto a block of the same size. */
  | { kind: "copy-formats"; sheet: string; address: string; from: string }
  | { kind: "unmerge"; sheet: string; address: string }
  /** An Excel Table's range set to `address` (ExcelApi 1.13). */
  | { kind: "resize-table"; table: string; address: string }
  /** Deletes one conditional format of the sheet by Excel's id (ExcelApi 1.6). */
  | { kind: "delete-conditional-format"; sheet: string; id: string }
  /** Adds a custom conditional format over `address` (formula relative to its top-left cell), then moves it to `priority`. */
  | { kind: "add-conditional-format"; sheet: string; address: string; formula: string; fill: string; priority: number };
