import type ExcelJS from "exceljs";
import { cellAddress } from "../../core/cellAddress";
import { movedRect } from "../../core/nextYear/afterInserts";
import type { LineInsert, NextYearRows } from "../../core/nextYear/NextYearRows";
import type { Rect } from "../../core/Rect";
import type { CellValue } from "../../core/SheetSnapshot";
import { mergeDisjoint, sheetMerges, tableModel } from "./exceljsInternals";

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  return value !== null && typeof value === "object" ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
}

/**
 * Inserts lines, last first so that each `at` is as read: exceljs moves the cells, their styles, the row heights
 * or column widths and the defined names, but not the merges: they are moved here.
 */
function insertLines(ws: ExcelJS.Worksheet, inserts: readonly LineInsert[], axis: "row" | "col"): void {
  if (inserts.length === 0) return;
  const merges = sheetMerges(ws);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  for (const i of [...inserts].sort((a, b) => b.at - a.at)) {
    const empty = Array.from({ length: i.count }, () => []);
    if (axis === "row") ws.spliceRows(i.at, 0, ...empty);
    else ws.spliceColumns(i.at, 0, ...empty);
  }
  mergeDisjoint(ws, merges.map((m) => (axis === "row" ? movedRect(m, inserts, []) : movedRect(m, [], inserts))));
}

/** Widens the Excel Table over the new rows or columns; a new column is named by its header cell. */
function extendTableTo(ws: ExcelJS.Worksheet, name: string, ref: Rect): void {
  const table = tableModel(ws, name);
  if (!table) return;
  const address = `${cellAddress(ref.top, ref.left)}:${cellAddress(ref.bottom, ref.right)}`;
  const filterButton = table.columns.some((c) => c.filterButton);
  const names = new Set(table.columns.map((c) => c.name));
  for (let col = ref.left + table.columns.length; col <= ref.right; col++) {
    let header = String(ws.getCell(ref.top, col).text || `列${col - ref.left + 1}`);
    while (names.has(header)) header += "_";
    names.add(header);
    table.columns.push({ name: header, filterButton, totalsRowFunction: "none" });
  }
  table.tableRef = address;
  table.ref = address;
  if (table.autoFilterRef) table.autoFilterRef = address;
}

/**
 * Adds the next fiscal year's rows (新年度の準備) to an exceljs workbook as the plan says: the new sheet after the
 * one it copies, or rows and columns inserted; then the new cells with the style of the cells they copy, the merges
 * (each replacing those it covers), row heights and column widths, and the Excel Table widened over them.
 *
 * @example applyNextYearRows(workbook, planNextYear(result, snapshot))
 */
export function applyNextYearRows(wb: ExcelJS.Workbook, plan: NextYearRows): void {
  const source = wb.getWorksheet(plan.newSheet?.copyOf ?? plan.sheet);
  if (!source) throw new Error(`applyPatch: no sheet named ${plan.newSheet?.copyOf ?? plan.sheet}`);
  const ws = plan.newSheet ? wb.addWorksheet(plan.sheet, { views: (source.views ?? []).map((v) => ({ ...v })) }) : source;
  insertLines(ws, plan.insertRows ?? [], "row");
  insertLines(ws, plan.insertColumns ?? [], "col");
  for (const [row, from] of Object.entries(plan.rowHeightsFrom)) {
    const height = source.getRow(from).height;
    if (height) ws.getRow(Number(row)).height = height;
  }
  for (const [col, from] of Object.entries(plan.columnWidthsFrom ?? {})) {
    const width = source.getColumn(from).width;
    if (width) ws.getColumn(Number(col)).width = width;
  }
  for (const c of plan.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = toExcelValue(c.value);
    cell.style = { ...source.getCell(c.formatFrom.row, c.formatFrom.col).style };
  }
  const existing = sheetMerges(ws);
  for (const m of plan.merges) {
    for (const e of existing) {
      if (e.top >= m.top && e.bottom <= m.bottom && e.left >= m.left && e.right <= m.right) ws.unMergeCells(e.top, e.left, e.bottom, e.right);
    }
  }
  mergeDisjoint(ws, plan.merges);
  if (plan.extendTable) extendTableTo(ws, plan.extendTable.name, plan.extendTable.ref);
}
