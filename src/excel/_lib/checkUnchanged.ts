import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { WorkbookInfo } from "../../core/WorkbookPort";
import { boundingRect } from "../../core/Rect";
import { statusWrites, type WorkbookPatch } from "../../core/WorkbookPatch";
import { cellAddress, rangeAddress } from "../../core/cellAddress";
import { workbookError } from "../toWorkbookError";
import { queueSheetRules } from "./queueSheetRules";
import { definedNamesOf } from "./workbookQuery";
import type { SheetRules } from "./SheetRules";

/** What a write was planned from: the read's workbook, snapshot and used range address. */
export interface PlannedFrom {
  workbook: WorkbookInfo;
  snapshot: SheetSnapshot;
  usedAddress: string | null;
  /** Rows that are an Excel Table's total row. */
  totalsRows: number[];
  /** The other sheets read with it (a check of all sheets), each with its used range address as read. */
  others?: { snapshot: SheetSnapshot; usedAddress: string | null }[];
}

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === "" || v === undefined ? null : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/**
 * Reads again, in ONE `context.sync()`, what a write plan relies on, and rejects with a `changed` error when the
 * workbook is no longer as read: the sheet list (a sheet named like the add-in's appeared or went), the
 * add-in's defined names, the KPI sheet's used range (rows or columns inserted or deleted, cells typed beyond the
 * table where the next year's rows would go) and the cells of the status lines on it (the user typed where the
 * add-in would write) — on every KPI sheet read, in a check of all sheets. Nothing is written then. The same sync
 * reads afresh the conditional formats of every sheet the plan has status lines on (each year's sheet of a check of
 * all sheets) and returns them in plan order (empty when it has none; null when Excel refuses them: the check is
 * then made again without, `rules` false).
 *
 * @example await checkUnchanged(context, plannedFrom, patch); // then apply the patch
 */
export async function checkUnchanged(context: Excel.RequestContext, from: PlannedFrom, patch: WorkbookPatch, rules = true): Promise<SheetRules[] | null> {
  const book = context.workbook;
  const sheets = book.worksheets;
  sheets.load("items/name");
  const names = book.names;
  names.load("items/name, items/formula");
  // each sheet's formats once, in plan order
  const ruled = rules ? [...new Set((patch.statusLines ?? []).map((l) => l.sheet))] : [];
  const readRules = ruled.map((name) => queueSheetRules(sheets.getItem(name), name));
  // the status lines on the sheets as read (the cells the add-in is about to write)
  const onSheets = [from, ...(from.others ?? [])].flatMap((read) => {
    const lines = statusWrites(patch).filter((l) => l.sheet === read.snapshot.sheetName);
    if (lines.length === 0) return [];
    const ws = sheets.getItem(read.snapshot.sheetName);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address");
    const areas = lines.map((l) => {
      const rect = boundingRect([l.header, ...l.cells]);
      const range = ws.getRange(rangeAddress(rect.top, rect.left, rect.bottom, rect.right));
      range.load("values");
      return { range, rect };
    });
    return [{ read, used, areas }];
  });
  // the next year's rows rely on their KPI sheet as read (any sheet read): its used range and the cells they fill still empty
  const rowsOn = patch.rows && !patch.rows.newSheet ? [from, ...(from.others ?? [])].find((r) => r.snapshot.sheetName === patch.rows?.sheet) : undefined;
  const rows = rowsOn ? patch.rows : undefined;
  let nextYear: { used: Excel.Range } | undefined;
  if (rows && !onSheets.some((o) => o.read === rowsOn)) {
    const used = sheets.getItem(rows.sheet).getUsedRangeOrNullObject(true);
    used.load("address");
    nextYear = { used };
  }
  try {
    await context.sync();
  } catch (e) {
    if (readRules.length === 0) throw e;
    await checkUnchanged(context, from, patch, false);
    return null;
  }

  const changed = (what: string): never => {
    throw workbookError("changed", what);
  };
  if (!same(sheets.items.map((s) => s.name), from.workbook.sheets)) changed("the sheets");
  const owners = new Set([...patch.sheets, ...(patch.statusLines ?? [])].map((s) => s.ownerName.toLowerCase()));
  const ownNames = (list: { name: string; ref: string }[]) =>
    list.filter((n) => owners.has(n.name.toLowerCase())).map((n) => `${n.name}=${n.ref}`).sort();
  const now = definedNamesOf(names);
  if (!same(ownNames(now), ownNames(from.workbook.names))) changed("the add-in's names");
  if (nextYear) {
    const now = nextYear.used.isNullObject ? null : nextYear.used.address;
    if (!same(now, rowsOn?.usedAddress)) changed(`the used range of ${rows!.sheet}`);
  }
  for (const { read, used, areas } of onSheets) {
    let usedNow: string | null = null;
    if (!used.isNullObject) usedNow = used.address;
    if (!same(usedNow, read.usedAddress)) changed(`the used range of ${read.snapshot.sheetName}`);
    const snap = read.snapshot;
    for (const { range, rect } of areas) {
      range.values.forEach((line, i) =>
        line.forEach((value, j) => {
          const row = rect.top + i;
          const col = rect.left + j;
          const before = snap.values[row - snap.origin.row]?.[col - snap.origin.col] ?? null;
          const was = typeof before === "object" && before !== null ? before.error : before;
          if (!same(value, was)) changed(`cell ${cellAddress(row, col)}`);
        }),
      );
    }
  }
  return readRules.map((read) => read());
}
