import type { SheetSnapshot } from "./SheetSnapshot";
import type { WorkbookPatch } from "./WorkbookPatch";

/**
 * A workbook-scope defined name as a port reads it: the add-in's ownership markers are defined names
 * (`ColumnWrite.ownerName`, `SheetWrite.ownerName`).
 *
 * @example { name: "KpiCheck.StatusColumn", ref: "='KPI'!$J$1:$J$25" }
 */
export interface DefinedName {
  name: string;
  /** What the name refers to, as Excel writes it (`='KPI'!$J$1:$J$25`, `=#REF!` once its sheet is gone). */
  ref: string;
}

/**
 * What a port knows about the workbook around the sheet it read: enough for the engine to choose names that
 * never touch a user's sheet and to find what the add-in wrote on an earlier run.
 *
 * @example { sheets: ["KPI", "開示用"], activeSheet: "KPI", names: [], tables: [], sheetProtected: false, structureProtected: false }
 */
export interface WorkbookInfo {
  /** Sheet names in workbook order. */
  sheets: string[];
  /** The sheet the user is looking at. */
  activeSheet: string;
  /** The hidden and very hidden sheets among `sheets` (absent when none, or not known). */
  hiddenSheets?: string[];
  names: DefinedName[];
  /** Every Excel Table of the workbook (table names are unique across it) and its sheet. */
  tables: { name: string; sheet: string }[];
  /** The charts of the workbook by sheet (absent when it has none): the add-in's own sheets' charts are replaced. */
  charts?: { name: string; sheet: string }[];
  /** The read sheet is protected: the add-in cannot write its status column. */
  sheetProtected: boolean;
  /**
   * With `ReadOptions.all`: the sheets read (the chosen one and `others`) that are protected, in workbook order —
   * their status lines cannot be written (absent when none, or not known).
   */
  protectedSheets?: string[];
  /** The workbook structure is protected: the add-in cannot add or delete sheets. */
  structureProtected: boolean;
  /**
   * The host could not say which cells are merged (Excel before ExcelApi 1.13 has no `getMergedAreasOrNullObject`):
   * a merged cell was read as its top-left cell alone, and the pane says so. Absent where merges were read.
   */
  mergesUnread?: boolean;
}

/**
 * One read of a sheet through a port: the snapshot the engine checks and the workbook around it.
 *
 * @example const { snapshot, workbook } = await port.readSnapshot();
 */
export interface WorkbookReading {
  snapshot: SheetSnapshot;
  workbook: WorkbookInfo;
  /**
   * With `ReadOptions.all`: the other sheets that may hold a KPI table, cells read as `snapshot`'s, in workbook
   * order — visible, not empty and not the add-in's own (`candidateSheets`); absent when not asked.
   */
  others?: SheetSnapshot[];
}

/**
 * What applying a patch did: how many cells and sheets it wrote, and how many round trips it took.
 *
 * @example { cells: 31, sheets: 1, requests: 1, largestRequestBytes: 18342 }
 */
export interface ApplyReport {
  cells: number;
  sheets: number;
  /** Round trips to the host (`context.sync()` calls for Office.js; 0 for an in-memory workbook). */
  requests: number;
  /** The largest request sent, in bytes of UTF-8 JSON as estimated by the port. */
  largestRequestBytes: number;
}

/** Why a port could not do what was asked; front ends show a message for each kind. */
export type WorkbookErrorKind =
  /** The user is editing a cell: Excel refuses API calls until they press Enter or Esc. */
  | "cell-edit-mode"
  /** The sheet or the workbook structure is protected. */
  | "protected"
  /** The sheet is larger than the port can read or write in its request limits. */
  | "too-large"
  /** The host lacks an API set the add-in needs (old Excel). */
  | "unsupported"
  /** The named sheet does not exist (any more). */
  | "sheet-not-found"
  /** The workbook changed since it was read (cells typed where the add-in would write, rows inserted, a sheet
   *  added): nothing was written; check again. */
  | "changed"
  /** Rows or columns cannot be inserted: a value in the sheet's last row or column would be pushed off the sheet
   *  (a stray value far from the table); nothing was written. */
  | "sheet-full"
  /** The next year's rows or columns cannot be inserted through what lies across them (an array formula, a
   *  PivotTable, a filter, merged cells). */
  | "insert-conflict"
  /** Excel refused the change as clashing with another one made at the same time (a co-author, another add-in). */
  | "conflict"
  /** Anything else; `detail` carries the host's message. */
  | "unknown";

/**
 * The error a port throws: an `Error` whose `kind` says what went wrong, `detail` the host's own words.
 *
 * @example if (isWorkbookError(e) && e.kind === "cell-edit-mode") showMessage("…");
 */
export interface WorkbookError extends Error {
  kind: WorkbookErrorKind;
  detail?: string;
  /** With `protected`: the protected sheet that stopped the write (absent when it is the workbook's structure, or not known). */
  sheet?: string;
  /** With `protected`: the workbook's structure is protected and the write needed it (a sheet to add). */
  structure?: boolean;
}

/**
 * What a port tells about a sheet before reading any of its cells: enough for the engine to choose the KPI sheet
 * among many without loading every sheet's values.
 *
 * @example { name: "KPI", visible: true, usedRange: "KPI!A1:H25", tables: ["KpiTable"] }
 */
export interface SheetOutline {
  name: string;
  /** False for hidden and very hidden sheets. */
  visible: boolean;
  /** The sheet's used range (values only) as an address, or null when the sheet is empty. */
  usedRange: string | null;
  /** The Excel Tables on the sheet. */
  tables: string[];
}

/**
 * What to read: a named sheet, the active one, or the one `choose` picks from every sheet's outline; with `all`, every
 * other sheet that may hold a KPI table too (one sheet per fiscal year, checked together).
 */
export interface ReadOptions {
  /** The sheet to read. */
  sheet?: string;
  /**
   * Picks the sheet to read when no `sheet` is named, from sheet outlines (workbook order) and the workbook's
   * defined names (the add-in's ownership markers). A port may ask first with the active sheet's outline alone
   * (no further round trip when that settles it), then with every sheet's; undefined from the last call keeps the
   * active sheet. Only the chosen sheet's cells are loaded.
   */
  choose?: (outlines: SheetOutline[], activeSheet: string, definedNames: Record<string, string>) => string | undefined;
  /**
   * Also read the other visible sheets that may hold a KPI table (`candidateSheets`: never hidden sheets nor the
   * add-in's own; empty sheets are left out) into the reading's `others`: the pane's "all sheets", as the CLI's
   * `--all-sheets`. A port loads their cells with the chosen sheet's.
   */
  all?: boolean;
}

/**
 * The small interface every front end reaches a workbook through, so that the same task pane runs in Excel
 * (Office.js, `src/excel/`) and in a browser preview of a `.xlsx` file (exceljs): read the KPI sheet once, apply
 * the engine's write plan, select a cell. Methods reject with a {@link WorkbookError}.
 *
 * @example
 * const { snapshot, workbook } = await port.readSnapshot();
 * const result = checkSheet(snapshot, { asOf: "2026-11-29" });
 * await port.applyPatch(patch);
 * await port.selectCell("KPI", "G27");
 */
export interface WorkbookPort {
  /**
   * Reads the named sheet, the chosen one, or the active one into a snapshot (values, shown texts, number formats);
   * with `all`, the other sheets that may hold a KPI table too.
   */
  readSnapshot(options?: ReadOptions): Promise<WorkbookReading>;
  /** Applies the engine's write plan as-is. */
  applyPatch(patch: WorkbookPatch): Promise<ApplyReport>;
  /** Activates the sheet and selects the cell (an A1 address). */
  selectCell(sheet: string, cell: string): Promise<void>;
}
