import type { CellValue } from "./SheetSnapshot";

/** Cell formatting the write plan can set; every part optional. Colours are `#RRGGBB`. */
export interface CellFormat {
  numberFormat?: string;
  fill?: string;
  font?: { bold?: boolean; color?: string; size?: number; name?: string };
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  wrapText?: boolean;
  /** Thin borders on the given edges. */
  borders?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean; color?: string };
}

/** One cell to write: 1-based row and column on the target sheet. */
export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  format?: CellFormat;
  /** An internal link (`#'Sheet'!A1`) or URL. */
  hyperlink?: string;
}

/** Writes to a sheet the add-in creates or replaces as a whole (開示用, 検証結果). */
export interface SheetWrite {
  kind: "replace-sheet";
  /** Name to give the sheet (already chosen so that no user sheet is touched). */
  name: string;
  /** Name of the sheet the add-in wrote earlier and now replaces, if any. */
  replaces?: string;
  cells: CellWrite[];
  merges: { top: number; left: number; bottom: number; right: number }[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** An Excel Table over a range of this sheet. */
  table?: { name: string; top: number; left: number; bottom: number; right: number };
  print?: { paperSize: "A4"; orientation: "portrait" | "landscape"; fitToWidth: boolean; area?: string };
  /** Hidden marker telling later runs the add-in owns this sheet. */
  ownerName: string;
}

/** Writes to the one column the add-in owns on the user's KPI sheet. */
export interface ColumnWrite {
  kind: "owned-column";
  sheet: string;
  col: number;
  header: CellWrite;
  cells: CellWrite[];
  /** Hidden marker (a defined name) telling later runs the add-in owns this column. */
  ownerName: string;
  width?: number;
}

/**
 * The write plan: everything the add-in writes, computed purely by the engine and applied as-is by an adapter
 * (Office.js or exceljs). It never names a cell the user wrote.
 */
export interface WorkbookPatch {
  column?: ColumnWrite;
  sheets: SheetWrite[];
  /** The cell to select afterwards, e.g. `{ sheet: "KPI", cell: "J1" }`. */
  select?: { sheet: string; cell: string };
}
