import type ExcelJS from "exceljs";
import { cellAddress, columnLetters, parseCellAddress } from "../../core/cellAddress";
import { afterInserts, movedRect } from "../../core/nextYear/afterInserts";
import type { LineInsert, NextYearRows } from "../../core/nextYear/NextYearRows";
import type { Rect } from "../../core/Rect";
import type { CellValue } from "../../core/SheetSnapshot";
import { mergeDisjoint, sheetMerges, tableModel } from "./exceljsInternals";
import { unescapeXml } from "./workbookXml";

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  return value !== null && typeof value === "object" ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
}

/**
 * Inserts lines, last first so that each `at` is as read: exceljs moves the cells, their styles, the row heights
 * or column widths, but not the merges: they are moved here.
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

/** A reference's cells (`$I$3`, `$I`, `3`) moved by the inserted lines, as Excel moves them. */
function movedReference(ref: string, rows: readonly LineInsert[], cols: readonly LineInsert[]): string {
  return ref.replace(/(\$?)([A-Z]{1,3})?(\$?)(\d+)?(?![A-Za-z(])/g, (whole, d1: string, letters: string | undefined, d2: string, digits: string | undefined) => {
    if (!letters && !digits) return whole;
    const col = letters ? columnLetters(afterInserts(columnNumber(letters), cols)) : "";
    const row = digits ? String(afterInserts(Number(digits), rows)) : "";
    return `${letters ? d1 + col : d1}${d2}${row}`;
  });
}

function columnNumber(letters: string): number {
  return parseCellAddress(`${letters}1`)!.col;
}

/**
 * The defined names of a workbook.xml moved over the lines the plan inserted on its sheet (the add-in's own status
 * lines among them), as Excel moves them: the writer takes the names from the file it was given, where they were.
 *
 * @example moveNamesXml(xml, plan) // `'KPI'!$I$3:$I$6` → `'KPI'!$K$3:$K$6` after two columns inserted at I
 */
export function moveNamesXml(xml: string, plan: NextYearRows | undefined): string {
  const rows = plan?.insertRows ?? [];
  const cols = plan?.insertColumns ?? [];
  if (!plan || plan.newSheet || (rows.length === 0 && cols.length === 0)) return xml;
  const prefixes = [`'${plan.sheet.replace(/'/g, "''")}'!`, `${plan.sheet}!`];
  const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;");
  return xml.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_m, open: string, text: string, close: string) => {
    const areas = unescapeXml(text).split(",").map((area) => {
      const prefix = prefixes.find((p) => area.startsWith(p));
      return prefix ? prefix + movedReference(area.slice(prefix.length), rows, cols) : area;
    });
    return open + escape(areas.join(",")) + close;
  });
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
