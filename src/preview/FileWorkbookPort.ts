import type { SheetSnapshot } from "../core/SheetSnapshot";
import { rangeAddress } from "../core/cellAddress";
import { candidateSheets } from "../core/layout/chooseKpiSheet";
import type { ApplyReport, ReadOptions, SheetOutline, WorkbookError, WorkbookPort, WorkbookReading } from "../core/WorkbookPort";
import { statusWrites, type WorkbookPatch } from "../core/WorkbookPatch";
import { writablePatch } from "../core/writeback/writablePatch";
import { protectedError } from "../core/writeback/protectedError";
import { refusedRows } from "../core/writeback/refusedRows";

/** What a {@link FileWorkbookPort} holds: the file's sheets as read, its defined names and the sheet to check. */
export interface FileWorkbook {
  /** Every sheet of the file, in workbook order. */
  sheets: SheetSnapshot[];
  /** The sheet checked when none is named. */
  activeSheet: string;
  /** Workbook-scope defined names and what they refer to (without the leading `=`). */
  definedNames?: Record<string, string>;
  /** What the file protects (Review > Protect Sheet, Protect Workbook); nothing when absent. */
  protection?: { readonly structure: boolean; readonly sheets: readonly string[] };
}

function sheetNotFound(sheet: string): WorkbookError {
  return Object.assign(new Error(`sheet-not-found: ${sheet}`), { kind: "sheet-not-found" as const, detail: sheet });
}

/**
 * The workbook port of the browser preview: a file read into memory. Reading returns the snapshot the file reader
 * made; applying a patch writes nothing but keeps it as the plan of the download (the file itself is written by
 * `writeCheckedWorkbook` when the user asks for it); selecting a cell records it and tells `onSelect`, since
 * there is no grid to select in. With `all`, the reading carries the file's other sheets that may hold a KPI table.
 * The file's protection counts as in Excel: the reading names the protected sheets, and a plan that writes on one,
 * or adds a sheet to a workbook whose structure is protected, is refused as Excel's port refuses it.
 *
 * @example
 * const port = new FileWorkbookPort({ sheets, activeSheet: "KPI" });
 * const { snapshot } = await port.readSnapshot(); // the KPI sheet
 */
export class FileWorkbookPort implements WorkbookPort {
  /** The last patch applied: what the download will write. */
  lastPatch: WorkbookPatch | null = null;
  /** The last cell selected, if any. */
  selection: { sheet: string; cell: string } | null = null;

  constructor(
    readonly workbook: FileWorkbook,
    private readonly onSelect: (sheet: string, cell: string) => void = () => {},
  ) {}

  async readSnapshot(options: ReadOptions = {}): Promise<WorkbookReading> {
    const name = options.sheet ?? options.choose?.(this.outlines(), this.workbook.activeSheet, this.workbook.definedNames ?? {}) ?? this.workbook.activeSheet;
    const snapshot = this.workbook.sheets.find((s) => s.sheetName === name);
    if (!snapshot) throw sheetNotFound(name);
    const hidden = this.workbook.sheets.filter((s) => (s.visibility ?? "visible") !== "visible").map((s) => s.sheetName);
    const others = options.all ? this.others(name) : undefined;
    const locked = this.workbook.protection?.sheets ?? [];
    const read = new Set([name, ...(others ?? []).map((s) => s.sheetName)]);
    const protectedSheets = others ? this.workbook.sheets.map((s) => s.sheetName).filter((n) => read.has(n) && locked.includes(n)) : [];
    return {
      snapshot,
      ...(others ? { others } : {}),
      workbook: {
        sheets: this.workbook.sheets.map((s) => s.sheetName),
        activeSheet: name,
        ...(hidden.length > 0 ? { hiddenSheets: hidden } : {}),
        names: Object.entries(this.workbook.definedNames ?? {}).map(([n, ref]) => ({ name: n, ref: `=${ref}` })),
        tables: this.workbook.sheets.flatMap((s) => (s.table ? [{ name: s.table.name, sheet: s.sheetName }] : [])),
        sheetProtected: locked.includes(name),
        ...(protectedSheets.length > 0 ? { protectedSheets } : {}),
        structureProtected: this.workbook.protection?.structure ?? false,
      },
    };
  }

  /** The other visible sheets that may hold a KPI table and are not empty, in workbook order (`ReadOptions.all`). */
  private others(read: string): SheetSnapshot[] {
    const visible = this.workbook.sheets.filter((s) => (s.visibility ?? "visible") === "visible" && s.values.length > 0);
    const names = new Set(candidateSheets(visible.map((s) => ({ name: s.sheetName })), this.workbook.definedNames ?? {}));
    return visible.filter((s) => s.sheetName !== read && names.has(s.sheetName));
  }

  /** Every sheet's outline, as Excel's port gives it before reading cells. */
  private outlines(): SheetOutline[] {
    return this.workbook.sheets.map((s) => {
      const rows = s.values.length;
      const cols = rows > 0 ? Math.max(...s.values.map((r) => r.length)) : 0;
      const sheet = /^[A-Za-z0-9_]+$/.test(s.sheetName) ? s.sheetName : `'${s.sheetName.replace(/'/g, "''")}'`;
      const usedRange = rows > 0 && cols > 0 ? `${sheet}!${rangeAddress(s.origin.row, s.origin.col, s.origin.row + rows - 1, s.origin.col + cols - 1)}` : null;
      return { name: s.sheetName, visible: (s.visibility ?? "visible") === "visible", usedRange, tables: s.table ? [s.table.name] : [] };
    });
  }

  async applyPatch(patch: WorkbookPatch): Promise<ApplyReport> {
    const { protection } = this.workbook;
    if (protection) {
      const sheetNames = this.workbook.sheets.map((s) => s.sheetName);
      const refused = writablePatch(patch, { protectedSheets: protection.sheets, structureProtected: protection.structure, sheetNames });
      const [sheet] = refused.notWritten;
      if (sheet !== undefined) throw protectedError({ sheet });
      if (refused.notAdded.length > 0) throw protectedError({ structure: true });
      const rows = refusedRows(patch.rows, { protectedSheets: protection.sheets, structureProtected: protection.structure });
      if (rows) throw protectedError(rows);
    }
    this.lastPatch = patch;
    const cells = patch.sheets.reduce((n, s) => n + s.cells.length, 0) + statusWrites(patch).reduce((n, l) => n + l.cells.length + 1, 0);
    return { cells, sheets: patch.sheets.length, requests: 0, largestRequestBytes: 0 };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!this.workbook.sheets.some((s) => s.sheetName === sheet)) throw sheetNotFound(sheet);
    this.selection = { sheet, cell };
    this.onSelect(sheet, cell);
  }
}
