import type { ApplyReport, ReadOptions, WorkbookPort, WorkbookReading } from "../core/WorkbookPort";
import type { WorkbookPatch } from "../core/WorkbookPatch";
import { needsStructure } from "../core/writeback/needsStructure";
import { checkUnchanged, type PlannedFrom } from "./_lib/checkUnchanged";
import type { SheetRules } from "./_lib/SheetRules";
import { pushesOffSheet } from "./_lib/pushesOffSheet";
import { tableStripFree } from "./_lib/tableStripFree";
import { applyWorkbookPatch } from "./applyWorkbookPatch";
import { readSheetSnapshot, type ExcelSheetRead } from "./readSheetSnapshot";
import { selectCell } from "./selectCell";
import { toWorkbookError, workbookError } from "./toWorkbookError";

/** The options of one `Excel.run` the port asks for (`Excel.RunOptions`). */
export interface ExcelRunOptions {
  /** Merge the run's changes into one undo step (ExcelApi 1.20). */
  mergeUndoGroup?: boolean;
  /** Wait until the user leaves cell-edit mode instead of failing (ExcelApi 1.11). */
  delayForCellEdit?: boolean;
}

/** `Excel.run` as the port uses it (Office's own, or a test double): the batch, then the run's options. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ExcelRunOptions) => Promise<T>;

/** Options of {@link ExcelWorkbookPort}. */
export interface ExcelPortOptions {
  /** Read merged areas too (ExcelApi 1.13). */
  mergedAreas?: boolean;
  /** Request budget in bytes for writes (default 4 MiB). */
  budgetBytes?: number;
  /**
   * Group each write into one undo step; only where `ExcelApi 1.20` is supported (`supportsUndoGroup`). The
   * add-in leaves it off until it is checked in real Excel (docs/testing-in-excel.md §4): a grouped run that
   * calls any API without undo support fails as a whole with `UndoNotSupported` ("Undo capabilities with the
   * Excel JavaScript API"), and the write uses page layout, page breaks, frozen panes, names and tables, whose
   * undo support no source here settles — a failing write is worse than several undo steps.
   */
  mergeUndoGroup?: boolean;
  /** Let Excel wait for the user to leave a cell being edited (the ribbon command; ExcelApi 1.11). */
  delayForCellEdit?: boolean;
  /**
   * How long after a read a write may rely on it without reading again, in ms (default 10,000: the read, check
   * and write of one click). A write planned from an older read checks first that the workbook is as read.
   */
  freshMs?: number;
  /**
   * Resize an Excel Table over the next year's rows or columns (`Table.resize`, ExcelApi 1.13); without it the
   * new rows are written below the table, which stays as it was.
   */
  resizeTables?: boolean;
  /** The clock (default `Date.now`). */
  now?: () => number;
}

/**
 * The {@link WorkbookPort} of the add-in: Office.js through `Excel.run`. A click reads in two syncs (the used
 * range's address, then only the block that holds the table) and writes in one. It remembers what it read, so
 * that the write needs no extra round trip in the same click; a write planned from an earlier read (another
 * click, or any second write) first reads again what it relies on and stops with a `changed` error if the
 * sheet is no longer as read. The KPI sheet's conditional formats are read in the block's sync, so that the write
 * replaces the status rules of an earlier run without a round trip of its own. It refuses up front to write to a protected sheet (naming it) or to add a sheet to a workbook whose
 * structure is protected (an add-in sheet already there is written in place), and extends the user's Excel Table only when nothing stands right of it.
 *
 * @example
 * const port = new ExcelWorkbookPort(officeExcelRun, { mergedAreas: true });
 * const { snapshot } = await port.readSnapshot();
 */
export class ExcelWorkbookPort implements WorkbookPort {
  private lastRead?: PlannedFrom & { sheet: string; at: number; used: boolean; rules?: SheetRules | null; otherReads?: ExcelSheetRead[] };

  constructor(
    private readonly run: ExcelRun,
    private readonly options: ExcelPortOptions = {},
  ) {}

  private runOptions(write: boolean): ExcelRunOptions | undefined {
    const o: ExcelRunOptions = {};
    if (this.options.delayForCellEdit) o.delayForCellEdit = true;
    if (write && this.options.mergeUndoGroup) o.mergeUndoGroup = true;
    return Object.keys(o).length > 0 ? o : undefined;
  }

  async readSnapshot(options: ReadOptions = {}): Promise<WorkbookReading> {
    try {
      const { mergedAreas } = this.options;
      const reading = await this.run((context) => readSheetSnapshot(context, { ...options, mergedAreas }), this.runOptions(false));
      const at = (this.options.now ?? Date.now)();
      const { snapshot, workbook, usedAddress, totalsRows, rules, otherReads } = reading;
      this.lastRead = { sheet: snapshot.sheetName, workbook, snapshot, usedAddress, totalsRows, rules, at, used: false, otherReads, others: otherReads };
      // below ExcelApi 1.13 no merged area is read: the reading says so, for the pane to tell
      const told = mergedAreas ? workbook : { ...workbook, mergesUnread: true };
      return { snapshot: reading.snapshot, workbook: told, ...(reading.others ? { others: reading.others } : {}) };
    } catch (e) {
      throw toWorkbookError(e);
    }
  }

  async applyPatch(patch: WorkbookPatch): Promise<ApplyReport> {
    const read = this.lastRead;
    const writesOn = (sheet: string) => (patch.statusLines ?? []).some((l) => l.sheet === sheet) || (patch.rows !== undefined && !patch.rows.newSheet && patch.rows.sheet === sheet);
    const locked = read ? [...(read.workbook.sheetProtected ? [read.sheet] : []), ...(read.otherReads ?? []).filter((o) => o.sheetProtected).map((o) => o.snapshot.sheetName)] : [];
    const lockedWrite = locked.find(writesOn);
    if (lockedWrite !== undefined) throw workbookError("protected", `sheet ${lockedWrite} is protected`, { sheet: lockedWrite });
    if (read?.workbook.structureProtected) {
      // a protected structure refuses sheets to add (or rename) only: an add-in sheet already there is written in place
      const { sheets } = read.workbook;
      if (patch.sheets.some((s) => needsStructure(s, sheets)) || patch.rows?.newSheet) throw workbookError("protected", "workbook structure", { structure: true });
    }
    const rowsRead = patch.rows && !patch.rows.newSheet && read ? [read, ...(read.otherReads ?? [])].find((r) => r.snapshot.sheetName === patch.rows?.sheet) : undefined;
    if (patch.rows && rowsRead && pushesOffSheet(patch.rows, rowsRead.usedAddress)) throw workbookError("sheet-full", `${rowsRead.usedAddress} reaches the sheet's edge`);
    const fresh = read !== undefined && !read.used && (this.options.now ?? Date.now)() - read.at <= (this.options.freshMs ?? 10_000);
    if (read) read.used = true;
    const plan = withoutTableResize(read ? safePlan(patch, read) : patch, this.options.resizeTables === true);
    try {
      return await this.run(async (context) => {
        // The rules as read go with a fresh read only; after an older one those of every sheet written are read again
        // with the check, in its one sync
        let rules = fresh ? read.rules : undefined;
        let otherRules = fresh ? (read.otherReads ?? []).flatMap((o) => (o.rules ? [o.rules] : [])) : undefined;
        if (read && !fresh) {
          const again = await checkUnchanged(context, read, plan);
          rules = again === null ? null : again[0];
          otherRules = again?.slice(1);
        }
        return applyWorkbookPatch(context, plan, { workbook: read?.workbook, budgetBytes: this.options.budgetBytes, rules, otherRules });
      }, this.runOptions(true));
    } catch (e) {
      throw toWorkbookError(e);
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await this.run((context) => selectCell(context, sheet, cell), this.runOptions(false));
    } catch (e) {
      throw toWorkbookError(e);
    }
  }
}

/** The plan without the next year's table resize where this Excel cannot resize a table. */
function withoutTableResize(patch: WorkbookPatch, canResize: boolean): WorkbookPatch {
  if (canResize || !patch.rows?.extendTable) return patch;
  const { extendTable: _dropped, ...rows } = patch.rows;
  void _dropped;
  return { ...patch, rows };
}

/**
 * The plan as it can go to Excel safely: no status in a table's total row, and no table extension when adding a
 * table column would move the user's cells right of the table — on each KPI sheet read.
 */
function safePlan(patch: WorkbookPatch, read: PlannedFrom & { otherReads?: ExcelSheetRead[] }): WorkbookPatch {
  const lines = patch.statusLines;
  if (!lines) return patch;
  const reads = new Map([read, ...(read.otherReads ?? [])].map((r) => [r.snapshot.sheetName, { totals: new Set(r.totalsRows), stripFree: tableStripFree(r.snapshot, r.usedAddress) }]));
  let changed = false;
  const safe = lines.map((line) => {
    const sheet = line.kind === "owned-column" ? reads.get(line.sheet) : undefined;
    if (line.kind !== "owned-column" || !sheet) return line;
    const { totals, stripFree } = sheet;
    const cells = totals.size > 0 ? line.cells.filter((c) => !totals.has(c.row)) : line.cells;
    const keepTable = line.extendTable !== undefined && stripFree;
    if (cells === line.cells && (keepTable || !line.extendTable)) return line;
    changed = true;
    const { extendTable, ...rest } = line;
    return keepTable ? { ...rest, extendTable, cells } : { ...rest, cells };
  });
  return changed ? { ...patch, statusLines: safe } : patch;
}
