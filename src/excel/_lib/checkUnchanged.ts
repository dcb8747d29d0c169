import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { WorkbookInfo } from "../../core/WorkbookPort";
import type { WorkbookPatch } from "../../core/WorkbookPatch";
import { cellAddress, rangeAddress } from "../../core/cellAddress";
import { workbookError } from "../toWorkbookError";

/** What a write was planned from: the read's workbook, snapshot and used range address. */
export interface PlannedFrom {
  workbook: WorkbookInfo;
  snapshot: SheetSnapshot;
  usedAddress: string | null;
  /** Rows that are an Excel Table's total row. */
  totalsRows: number[];
}

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === "" || v === undefined ? null : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/**
 * Reads again, in ONE `context.sync()`, what a write plan relies on, and rejects with a `changed` error when the
 * workbook is no longer as read: the sheet list (a sheet named like the add-in's appeared or went), the
 * add-in's defined names, the KPI sheet's used range (rows or columns inserted or deleted, cells typed beyond the
 * table where the next year's rows would go) and the cells of the status column (the user typed where the add-in
 * would write). Nothing is written then.
 *
 * @example await checkUnchanged(context, plannedFrom, patch); // then apply the patch
 */
export async function checkUnchanged(context: Excel.RequestContext, from: PlannedFrom, patch: WorkbookPatch): Promise<void> {
  const book = context.workbook;
  const sheets = book.worksheets;
  sheets.load("items/name");
  const names = book.names;
  names.load("items/name, items/formula");
  const column = patch.column;
  let onSheet: { used: Excel.Range; cells: Excel.Range; top: number } | undefined;
  if (column) {
    const ws = sheets.getItem(column.sheet);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    const top = Math.min(column.header.row, ...column.cells.map((c) => c.row));
    const bottom = Math.max(column.header.row, ...column.cells.map((c) => c.row));
    const cells = ws.getRange(rangeAddress(top, column.col, bottom, column.col));
    cells.load("values");
    onSheet = { used, cells, top };
  }
  // the next year's rows rely on the KPI sheet as read: its used range and the cells they fill still empty
  const rows = patch.rows && !patch.rows.newSheet && patch.rows.sheet === from.snapshot.sheetName ? patch.rows : undefined;
  let nextYear: { used: Excel.Range } | undefined;
  if (rows && !column) {
    const used = sheets.getItem(rows.sheet).getUsedRangeOrNullObject(true);
    used.load("address");
    nextYear = { used };
  }
  await context.sync();

  const changed = (what: string): never => {
    throw workbookError("changed", what);
  };
  if (!same(sheets.items.map((s) => s.name), from.workbook.sheets)) changed("the sheets");
  const owners = new Set([...patch.sheets.map((s) => s.ownerName), ...(column ? [column.ownerName] : [])].map((n) => n.toLowerCase()));
  const ownNames = (list: { name: string; ref: string }[]) =>
    list.filter((n) => owners.has(n.name.toLowerCase())).map((n) => `${n.name}=${n.ref}`).sort();
  const now = names.items.map((n) => ({ name: n.name, ref: String(n.formula ?? "") }));
  if (!same(ownNames(now), ownNames(from.workbook.names))) changed("the add-in's names");
  if (nextYear) {
    const now = nextYear.used.isNullObject ? null : nextYear.used.address;
    if (!same(now, from.usedAddress)) changed(`the used range of ${rows!.sheet}`);
  }
  if (column && onSheet) {
    const { used, cells, top } = onSheet;
    let usedNow: string | null = null;
    if (!used.isNullObject) usedNow = used.address;
    if (!same(usedNow, from.usedAddress)) changed(`the used range of ${column.sheet}`);
    const snap = from.snapshot;
    cells.values.forEach((line, i) => {
      const row = top + i;
      const before = snap.values[row - snap.origin.row]?.[column.col - snap.origin.col] ?? null;
      const was = typeof before === "object" && before !== null ? before.error : before;
      if (!same(line[0], was)) changed(`cell ${cellAddress(row, column.col)}`);
    });
  }
}
