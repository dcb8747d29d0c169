import type ExcelJS from "exceljs";

// What the writer reads and sets of exceljs beyond its typed API, in one place: each accessor names the internal
// it relies on. `tests/xlsx/exceljsInternals.test.ts` pins them to the exceljs version below; on an upgrade, that
// test says whether they still hold.

/** The exceljs version these internals were checked against (package.json pins it exactly). */
export const EXCELJS_VERSION = "4.4.0";

/** The parts of exceljs's model of a loaded table (`table.table`) that the writer reads or changes. */
export interface TableModel {
  name?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  /** True when the table has a total row. */
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string }[];
  style?: { theme?: string; showFirstColumn?: boolean; showLastColumn?: boolean; showRowStripes?: boolean; showColumnStripes?: boolean } | null;
}

/**
 * The model of each Excel Table of a sheet (`Table.table`, which `getTables()` types as the Table itself).
 *
 * @example tableModels(ws).map((t) => t.name) // ["KpiTable"]
 */
export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return (ws.getTables() as unknown as { table?: TableModel }[]).flatMap((t) => (t.table ? [t.table] : []));
}

/**
 * The model of the sheet's table of that name, if any.
 *
 * @example tableModel(ws, "KpiTable")?.columns.length // 8
 */
export function tableModel(ws: ExcelJS.Worksheet, name: string): TableModel | undefined {
  return (ws.getTable(name) as unknown as { table?: TableModel } | undefined)?.table;
}

/**
 * Merges ranges that overlap no other merge of the sheet, each checked against none: exceljs's `mergeCells`
 * checks a merge against every earlier one of the sheet (`Worksheet._merges`, quadratic: minutes for the 40,000
 * merges of 10,000 KPIs), so the index is swapped for an empty one during each call and then joined.
 *
 * @example mergeDisjoint(ws, [{ top: 1, left: 1, bottom: 1, right: 3 }])
 */
export function mergeDisjoint(ws: ExcelJS.Worksheet, merges: readonly { top: number; left: number; bottom: number; right: number }[]): void {
  const sheet = ws as unknown as { _merges?: Record<string, unknown> };
  const all = sheet._merges;
  if (!all || typeof all !== "object") {
    for (const m of merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    return;
  }
  for (const m of merges) {
    sheet._merges = {};
    ws.mergeCells(m.top, m.left, m.bottom, m.right);
    Object.assign(all, sheet._merges);
  }
  sheet._merges = all;
}

/**
 * The merged ranges of a sheet (`Worksheet._merges`, each a range whose `model` holds its corners): exceljs moves
 * cells when rows are inserted (`spliceRows`) but not the merges, which the caller moves with these.
 *
 * @example sheetMerges(ws) // [{ top: 7, left: 2, bottom: 7, right: 4 }, …]
 */
export function sheetMerges(ws: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  const all = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  return Object.values(all ?? {}).map((m) => ({ top: m.model.top, left: m.model.left, bottom: m.model.bottom, right: m.model.right }));
}

/**
 * A sheet's place among the workbook's sheets (`Worksheet.orderNo`), to put a new sheet where the one it replaces
 * was.
 *
 * @example const at = sheetOrderNo(old); wb.removeWorksheet(old.id); setSheetOrderNo(wb.addWorksheet("開示用"), at);
 */
export function sheetOrderNo(ws: ExcelJS.Worksheet): number {
  return (ws as unknown as { orderNo: number }).orderNo;
}

/** Sets a sheet's place among the workbook's sheets (see {@link sheetOrderNo}). */
export function setSheetOrderNo(ws: ExcelJS.Worksheet, orderNo: number): void {
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
}
