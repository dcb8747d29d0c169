import { pageHeaderFooter } from "../core/writeback/pageHeaderFooter";
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/SheetSnapshot";
import type { Rect } from "../core/Rect";
import type { CellFormat, CellWrite, ColumnWrite, RowWrite, SheetWrite, StatusConditionalFormat, StatusLineWrite, WorkbookPatch } from "../core/WorkbookPatch";
import { cellAddress, parseCellAddress } from "../core/cellAddress";
import { isStatusRuleFormula, type StatusLine } from "../core/writeback/statusConditionalFormat";
import { statusLineOf } from "../core/writeback/statusLineOf";
import { applyNextYearRows } from "./_lib/applyNextYearRows";
import { mergeDisjoint, setSheetOrderNo, sheetOrderNo, tableModel, type TableModel } from "./_lib/exceljsInternals";

const argb = (hex: string): { argb: string } => ({ argb: `FF${hex.replace(/^#/, "").toUpperCase()}` });

/**
 * The exceljs style of a write plan's cell format.
 *
 * @example toExcelStyle({ fill: "#C6EFCE", font: { bold: true } }).fill // { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } }
 */
export function toExcelStyle(format: CellFormat = {}): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;
  if (format.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: argb(format.fill) };
  if (format.font) {
    const { bold, italic, underline, color, size, name } = format.font;
    const font: Partial<ExcelJS.Font> = {};
    if (bold !== undefined) font.bold = bold;
    if (italic !== undefined) font.italic = italic;
    if (underline !== undefined) font.underline = underline;
    if (color) font.color = argb(color);
    if (size !== undefined) font.size = size;
    if (name) font.name = name;
    style.font = font;
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (format.horizontalAlignment) alignment.horizontal = format.horizontalAlignment;
  if (format.verticalAlignment) alignment.vertical = format.verticalAlignment === "center" ? "middle" : format.verticalAlignment;
  if (format.wrapText !== undefined) alignment.wrapText = format.wrapText;
  if (format.indent) alignment.indent = format.indent;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (format.borders) {
    const edge = { style: "thin" as const, ...(format.borders.color ? { color: argb(format.borders.color) } : {}) };
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ["top", "bottom", "left", "right"] as const) if (format.borders[side]) border[side] = edge;
    style.border = border;
  }
  return style;
}

function cellValue(value: CellValue, hyperlink?: string): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return { error: value.error } as ExcelJS.CellErrorValue;
  if (hyperlink && typeof value === "string") {
    // An in-workbook link as a HYPERLINK formula: exceljs writes `#…` targets as broken external relationships.
    if (!hyperlink.startsWith("#")) return { text: value, hyperlink } as ExcelJS.CellHyperlinkValue;
    const q = (t: string): string => `"${t.replace(/"/g, '""')}"`;
    return { formula: `HYPERLINK(${q(hyperlink)},${q(value)})`, result: value } as ExcelJS.CellFormulaValue;
  }
  return value;
}

// One exceljs style object per plan format object: exceljs gives cells sharing a style object one style id
// without comparing styles again (its writer's weak map), which makes writing large sheets several times faster.
// The shared objects are never changed afterwards.
const NO_FORMAT: CellFormat = {};
let styles = new WeakMap<CellFormat, Partial<ExcelJS.Style>>();

function styleOf(format: CellFormat = NO_FORMAT): Partial<ExcelJS.Style> {
  let style = styles.get(format);
  if (!style) styles.set(format, (style = toExcelStyle(format)));
  return style;
}

function writeCell(ws: ExcelJS.Worksheet, w: CellWrite): void {
  const cell = ws.getCell(w.row, w.col);
  cell.value = cellValue(w.value, w.hyperlink);
  cell.style = styleOf(w.format);
}

function deleteName(wb: ExcelJS.Workbook, name: string): void {
  const key = name.toLowerCase();
  wb.definedNames.model = wb.definedNames.model.filter((n) => n.name.toLowerCase() !== key);
}

function setName(wb: ExcelJS.Workbook, name: string, ref: string): void {
  deleteName(wb, name);
  wb.definedNames.add(ref, name);
}

/**
 * Applies one sheet's status lines: empties the lines given up and the earlier cells of the lines rewritten, writes
 * the lines (extending the KPI Table where asked), sets and deletes the ownership names, and replaces the status
 * rules: those reading any of the sheet's lines (recognised by their formula) are removed and the plan's added,
 * after the user's own rules in priority; the user's rules are kept as they are.
 */
function applyStatusLines(wb: ExcelJS.Workbook, sheet: string, lines: StatusLineWrite[]): void {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`applyPatch: no sheet named ${sheet}`);
  const emptyRect = (r: Rect) => {
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) writeCell(ws, { row, col, value: null });
  };
  for (const l of lines) {
    if (l.kind === "release-line") {
      if (!l.keep) emptyRect(l.clear);
      deleteName(wb, l.ownerName);
    } else if (l.kind === "owned-column" && l.clear) emptyRect({ top: l.clear.top, bottom: l.clear.bottom, left: l.col, right: l.col });
    else if (l.kind === "owned-row" && l.clear) emptyRect({ top: l.row, bottom: l.row, left: l.clear.left, right: l.clear.right });
  }
  const writes = lines.filter((l): l is ColumnWrite | RowWrite => l.kind !== "release-line");
  for (const l of writes) {
    writeCell(ws, l.header);
    for (const w of l.cells) writeCell(ws, w);
    if (l.kind === "owned-column") {
      if (l.width !== undefined) ws.getColumn(l.col).width = l.width;
      if (l.extendTable) {
        const table = tableModel(ws, l.extendTable);
        if (table) extendTable(table, String(l.header.value ?? ""));
      }
    }
    setName(wb, l.ownerName, l.ownerRef);
  }
  applyStatusFormats(ws, lines.map(statusLineOf), writes.flatMap((l) => (l.resultFormat ? [l.resultFormat] : [])));
}


function applyStatusFormats(ws: ExcelJS.Worksheet, lines: StatusLine[], formats: StatusConditionalFormat[]): void {
  const ours = (rule: ExcelJS.ConditionalFormattingRule): boolean =>
    rule.type === "expression" && (rule.formulae ?? []).some((f) => lines.some((line) => isStatusRuleFormula(String(f), line)));
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  // exceljs keeps the entries for which the filter is true: each keeps the user's rules only
  ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => {
    cf.rules = cf.rules.filter((r) => !ours(r));
    if (cf.rules.length > 0) kept.push(cf);
    return cf.rules.length > 0;
  });
  let last = Math.max(0, ...kept.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  for (const f of formats) {
    ws.addConditionalFormatting({
      ref: f.ref,
      rules: f.rules.map((r) => ({
        type: "expression",
        priority: ++last,
        formulae: [r.formula],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: argb(r.fill) } },
      })),
    });
  }
}

function extendTable(model: TableModel, header: string): void {
  const widen = (ref: string | undefined): string | undefined =>
    ref?.replace(/[A-Z]+\d+$/, (corner) => {
      const { row, col } = parseCellAddress(corner)!;
      return cellAddress(row, col + 1);
    });
  model.columns.push({ name: header, filterButton: model.columns.some((c) => c.filterButton), totalsRowFunction: "none" });
  model.tableRef = widen(model.tableRef ?? model.ref);
  if (model.ref) model.ref = widen(model.ref);
  if (model.autoFilterRef) model.autoFilterRef = widen(model.autoFilterRef);
}

function applySheet(wb: ExcelJS.Workbook, s: SheetWrite): void {
  const old = s.replaces ? wb.getWorksheet(s.replaces) : undefined;
  const orderNo = old ? sheetOrderNo(old) : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(s.name, {
    views: [
      {
        showGridLines: s.showGridLines ?? true,
        ...(s.freeze && (s.freeze.rows || s.freeze.cols)
          ? { state: "frozen" as const, xSplit: s.freeze.cols, ySplit: s.freeze.rows }
          : {}),
      },
    ],
  });
  if (orderNo !== undefined) setSheetOrderNo(ws, orderNo);
  if (s.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: s.print.orientation,
      fitToPage: s.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: s.print.centerHorizontally ?? false,
      ...(s.print.area ? { printArea: s.print.area } : {}),
    };
    const { header, footer } = pageHeaderFooter(s.print);
    if (header || footer) ws.headerFooter = { ...(header ? { oddHeader: `&C${header}` } : {}), ...(footer ? { oddFooter: `&C${footer}` } : {}) };
  }
  for (const [c, w] of Object.entries(s.columnWidths)) ws.getColumn(Number(c)).width = w;
  for (const [r, h] of Object.entries(s.rowHeights)) ws.getRow(Number(r)).height = h;
  if (s.table) {
    const t = s.table;
    const at = (row: number, col: number): string =>
      String(s.cells.find((w) => w.row === row && w.col === col)?.value ?? "");
    const columns = [];
    for (let c = t.left; c <= t.right; c++) columns.push({ name: at(t.top, c), filterButton: true });
    const rows = [];
    for (let r = t.top + 1; r <= t.bottom; r++) rows.push(columns.map(() => null));
    ws.addTable({
      name: t.name,
      ref: cellAddress(t.top, t.left),
      headerRow: true,
      style: { theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns,
      rows,
    });
  }
  for (const w of s.cells) writeCell(ws, w);
  mergeDisjoint(ws, s.merges);
  for (const r of s.pageBreaks ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
  setName(wb, s.ownerName, s.ownerRef);
}

/**
 * Applies the engine's write plan to an exceljs workbook in memory, as-is: the owned status lines of each KPI
 * sheet (emptied where they were, rewritten, the KPI Table extended when asked, lines given up emptied), then each owned sheet (the earlier one deleted and
 * the new one put at its place in the sheet order), and the defined names that mark what the add-in owns.
 *
 * @example
 * const wb = new ExcelJS.Workbook(); await wb.xlsx.load(bytes);
 * applyPatch(wb, buildWorkbookPatch(result, options));
 */
export function applyPatch(workbook: ExcelJS.Workbook, patch: WorkbookPatch): void {
  styles = new WeakMap();
  if (patch.rows) applyNextYearRows(workbook, patch.rows);
  const lines = patch.statusLines ?? [];
  for (const sheet of new Set(lines.map((l) => l.sheet))) applyStatusLines(workbook, sheet, lines.filter((l) => l.sheet === sheet));
  for (const s of patch.sheets) applySheet(workbook, s);
}
