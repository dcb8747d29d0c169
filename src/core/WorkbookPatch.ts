import type { NextYearRows } from "./nextYear/NextYearRows";
import type { Rect } from "./Rect";
import type { CellValue } from "./SheetSnapshot";

/** Cell formatting the write plan can set; every part optional. Colours are `#RRGGBB`. */
export interface CellFormat {
  /** `@` on text cells: the adapter must store the string as text, never parse it as a number, date or formula. */
  numberFormat?: string;
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; underline?: boolean; color?: string; size?: number; name?: string };
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  wrapText?: boolean;
  /** Indent from the cell's left edge, in Excel's indent steps (about one wide character each). */
  indent?: number;
  /** Thin borders on the given edges. */
  borders?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean; color?: string };
}

/**
 * One cell to write: 1-based row and column on the target sheet. A string value is literal text (never a
 * formula, even when it starts with `=`).
 */
export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  format?: CellFormat;
  /** An internal link (`#'Sheet'!A1`) or URL. */
  hyperlink?: string;
}

/**
 * Writes to a sheet the add-in creates or replaces as a whole (開示用, 指摘一覧). The adapter deletes the sheet
 * named by `replaces` and puts the new one at its place in the sheet order; without `replaces` the sheet is
 * added after the last sheet. Then it sets the defined name `ownerName` to `ownerRef`.
 */
export interface SheetWrite {
  kind: "replace-sheet";
  /** Name to give the sheet (already chosen so that no user sheet is touched). */
  name: string;
  /** Name of the sheet the add-in wrote earlier and now replaces, if any. */
  replaces?: string;
  cells: CellWrite[];
  merges: Rect[];
  /** Column widths in Excel character units, by 1-based column. */
  columnWidths: Record<number, number>;
  /** Row heights in points, by 1-based row. */
  rowHeights: Record<number, number>;
  /** An Excel Table over a range of this sheet; its header row is the first row of the range. */
  table?: Rect & { name: string; style?: string };
  print?: {
    paperSize: "A4";
    orientation: "portrait" | "landscape";
    /** Fit all columns on one page width (any number of pages tall). */
    fitToWidth: boolean;
    area?: string;
    centerHorizontally?: boolean;
    /** Text of the page header (centred), e.g. the sheet's title. */
    header?: string;
    /** Page numbers in the footer (centred), as `1 / 3`. */
    pageNumbers?: boolean;
  };
  /** Manual page breaks: each row listed starts a new printed page. */
  pageBreaks?: number[];
  /** Rows and columns to keep in view when scrolling (0 = none). */
  freeze?: { rows: number; cols: number };
  showGridLines?: boolean;
  /**
   * Native line charts to draw on the sheet (the 推移 sheet). Only an adapter that can draw charts draws them
   * (Office.js); the exceljs writer cannot and writes the cells alone — the engine is told so
   * (`WriteOptions.trendCharts`) and then plans none.
   */
  charts?: SheetChart[];
  /** Hidden marker: a workbook-scope defined name telling later runs the add-in owns this sheet. */
  ownerName: string;
  /** What `ownerName` refers to, e.g. `'開示用'!$A$1`. */
  ownerRef: string;
}

/**
 * One native Excel line chart on a sheet the add-in writes: its data is a block of that sheet — categories
 * (the fiscal years) in the block's first column, one series per further column, the series' names in its first
 * row — and it covers the cells `at`. Colours are `#RRGGBB`.
 *
 * @example { name: "KpiCheckTrend1", title: "お客様アンケートの収集（回答数）", source: { top: 5, left: 1, bottom: 8, right: 3 },
 *   at: { top: 4, left: 8, bottom: 15, right: 14 }, valueAxisTitle: "件", series: [{ color: "#404040", line: "dash", marker: "circle" }, …] }
 */
export interface SheetChart {
  /** Unique on the sheet: later runs find the add-in's charts by it. */
  name: string;
  title: string;
  source: Rect;
  at: Rect;
  /** The value axis' title (the figures' unit), if any. */
  valueAxisTitle?: string;
  /** Each series' look, in the order of the source's columns after the first. */
  series: ChartSeriesLook[];
}

/** A marker's shape on a line chart. */
export type ChartMarker = "circle" | "triangle" | "x" | "none";

/**
 * How one series of a chart looks: its line (dashed, solid or none) and markers, and optionally each point's own
 * marker (results shaped and coloured by status).
 */
export interface ChartSeriesLook {
  color: string;
  line: "solid" | "dash" | "none";
  marker: ChartMarker;
  /** Per point (one per category, in order), overriding the series' marker; null leaves a point as the series. */
  points?: ({ marker: ChartMarker; color: string } | null)[];
}

/**
 * Writes to one column the add-in owns on a user's KPI sheet (its status column; one per fiscal year on a sheet
 * with several years per row). The adapter first empties the `clear` rows of the column (values and formats: the
 * column's earlier contents), then writes `header` and `cells`, and sets the defined name `ownerName` to `ownerRef`.
 */
export interface ColumnWrite {
  kind: "owned-column";
  sheet: string;
  col: number;
  header: CellWrite;
  cells: CellWrite[];
  /** Rows of the column the add-in wrote on an earlier run, to empty before writing. */
  clear?: { top: number; bottom: number };
  /**
   * The Excel Table (ListObject) holding the KPI range, when the column extends it: the column becomes the
   * table's last column, named by the header text. Absent when the table already holds the column. Several
   * columns extending one table come in the plan left to right, each right next to the one before.
   */
  extendTable?: string;
  /** Hidden marker (a workbook-scope defined name) telling later runs the add-in owns this column. */
  ownerName: string;
  /** What `ownerName` refers to: the column from header to last KPI row, e.g. `'KPI'!$J$1:$J$25`. */
  ownerRef: string;
  width?: number;
  /** Conditional formats colouring the KPIs' result cells by the status this column shows. */
  resultFormat?: StatusConditionalFormat;
}

/**
 * Writes to one row the add-in owns on a transposed KPI sheet (one status row per fiscal year, KPIs across
 * columns): `header` is the row's label cell (`達成状況(2023年度)`) in the table's label column, `cells` one per KPI
 * column. The adapter first empties the `clear` columns of the row (its earlier contents), then writes, and sets
 * the defined name `ownerName` to `ownerRef`.
 */
export interface RowWrite {
  kind: "owned-row";
  sheet: string;
  row: number;
  header: CellWrite;
  cells: CellWrite[];
  /** Columns of the row the add-in wrote on an earlier run, to empty before writing. */
  clear?: { left: number; right: number };
  /** Hidden marker (a workbook-scope defined name) telling later runs the add-in owns this row. */
  ownerName: string;
  /** What `ownerName` refers to: the row from label to last KPI column, e.g. `'KPI'!$A$8:$D$8`. */
  ownerRef: string;
  /** Conditional formats colouring the KPIs' result cells (that year's result row) by the status this row shows. */
  resultFormat?: StatusConditionalFormat;
}

/**
 * A status line the add-in wrote on an earlier run and no longer needs (its fiscal year is gone from the sheet, or
 * the sheet is read in another layout): the adapter empties `clear` (values and formats), removes the status rules
 * reading that line, and deletes the defined name `ownerName`.
 */
export interface LineRelease {
  kind: "release-line";
  sheet: string;
  ownerName: string;
  /** The cells the line held (its marker's reference): one column or one row. */
  clear: Rect;
  /** The user wrote over the line (its header holds their text): its cells are kept, only its name and rules go. */
  keep?: boolean;
}

/** One entry of the status lines of a plan: an owned column or row to write, or an owned line to give up. */
export type StatusLineWrite = ColumnWrite | RowWrite | LineRelease;

/**
 * Add-in-owned conditional-format rules over the KPI sheet's result cells (disclosure-output.md §1): each rule
 * fills a result cell when the status cell of its row starts with one status mark. They change no cell value or
 * direct format; an adapter first removes the rules an earlier run added (recognised by
 * `isStatusRuleFormula`), so re-runs never duplicate them.
 */
export interface StatusConditionalFormat {
  /**
   * The result cells, e.g. `E2:E30` (rows between KPIs whose status cell is empty stay unfilled), or several areas
   * separated by a space as in OOXML's `sqref` (`D5:D9 B12`; the first area holds the topmost cell).
   */
  ref: string;
  /**
   * One rule per status colour, formulas relative to the first cell of `ref`: `LEFT($F2,1)="◯"` reads a status
   * column (column fixed, row relative), `LEFT(B$8,1)="◯"` a status row (row fixed, column relative).
   */
  rules: { formula: string; fill: string }[];
}

/**
 * The write plan: everything the add-in writes, computed purely by the engine and applied as-is by an adapter
 * (Office.js or exceljs). It never names a cell the user wrote.
 */
export interface WorkbookPatch {
  /** The next fiscal year's rows on the user's KPI sheet (新年度の準備), applied first: rows it inserts move the rest. */
  rows?: NextYearRows;
  /**
   * The status lines on the user's KPI sheets (disclosure-output.md §1), in the order to apply: per sheet the one
   * status column (table, blocks), a column per fiscal year (wide, two-row header, next target; left to right) or
   * a row per fiscal year (transposed), and the lines of earlier runs to give up. Every checked sheet with
   * `--all-sheets`.
   */
  statusLines?: StatusLineWrite[];
  sheets: SheetWrite[];
  /** The cell to select afterwards, e.g. `{ sheet: "KPI", cell: "J1" }`. */
  select?: { sheet: string; cell: string };
}

/**
 * The status lines a plan writes (its owned columns and rows, without the lines it gives up), in plan order.
 *
 * @example statusWrites(patch).reduce((n, l) => n + l.cells.length + 1, 0) // status cells written, headers included
 */
export function statusWrites(patch: WorkbookPatch): (ColumnWrite | RowWrite)[] {
  return (patch.statusLines ?? []).filter((l): l is ColumnWrite | RowWrite => l.kind !== "release-line");
}

/**
 * True when a plan writes nothing at all (every part of it left out): no round trip to the workbook is needed.
 *
 * @example isEmptyPatch({ sheets: [] }) // true
 */
export function isEmptyPatch(patch: WorkbookPatch): boolean {
  return patch.sheets.length === 0 && (patch.statusLines ?? []).length === 0 && patch.rows === undefined;
}
