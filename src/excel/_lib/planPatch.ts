import { columnLetters, rangeAddress } from "../../core/cellAddress";
import type { WorkbookInfo } from "../../core/WorkbookPort";
import type { CellWrite, SheetWrite, WorkbookPatch } from "../../core/WorkbookPatch";
import { toExcelInput } from "./cellValue";
import { estimateBytes } from "./byteSize";
import type { AreaFormat, ExcelInput, PatchOp } from "./PatchOp";
import { cellsToRects, chunkAddresses, rectAddress } from "./rectangles";

/** Target size of one values or number-format step, so that steps pack tightly into requests. */
const BAND_BYTES = 256 * 1024;

/**
 * Points of an Excel column width given in characters (the width of "0" in the default font, 7 px, plus 5 px of
 * padding, at 96 dpi): Office.js sets widths in points.
 *
 * @example widthToPoints(10) // 56.25
 */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Turns a write plan into the ordered steps that apply it with Office.js: structure first (names and sheets the
 * add-in owns are deleted and re-created, the owned column emptied), then number formats and values, then
 * hyperlinks, formats grouped by look over many areas at once, merges, sizes, tables, page setup, the ownership
 * names and the selection. The workbook read before (if known) says which old sheets and names exist.
 *
 * @example planPatch({ sheets: [], column: { … } }, workbook).map((op) => op.kind)
 * // ["delete-name", "clear", "number-formats", "values", "format", "column-width", "add-name"]
 */
export function planPatch(patch: WorkbookPatch, workbook?: WorkbookInfo): PatchOp[] {
  const structure: PatchOp[] = [];
  const content: PatchOp[] = [];
  const links: PatchOp[] = [];
  const looks: PatchOp[] = [];
  const layout: PatchOp[] = [];
  const names: PatchOp[] = [];
  const hasName = (name: string) => !workbook || workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  const hasSheet = (name: string) => !workbook || workbook.sheets.includes(name);
  const owners = [...patch.sheets.map((s) => s.ownerName), ...(patch.column ? [patch.column.ownerName] : [])];
  for (const name of owners) if (hasName(name)) structure.push({ kind: "delete-name", name });

  for (const sheet of patch.sheets) {
    let position: number | undefined;
    if (sheet.replaces && hasSheet(sheet.replaces)) {
      structure.push({ kind: "delete-sheet", sheet: sheet.replaces });
      const at = workbook?.sheets.indexOf(sheet.replaces) ?? -1;
      if (at >= 0) position = at;
    }
    structure.push(position === undefined ? { kind: "add-sheet", sheet: sheet.name } : { kind: "add-sheet", sheet: sheet.name, position });
    if (sheet.showGridLines !== undefined || sheet.freeze) {
      structure.push({ kind: "sheet-options", sheet: sheet.name, showGridLines: sheet.showGridLines, freeze: sheet.freeze });
    }
    cellOps(sheet.name, sheet.cells, content, links, looks);
    layoutOps(sheet, layout);
    names.push({ kind: "add-name", name: sheet.ownerName, ref: sheet.ownerRef });
  }

  const column = patch.column;
  if (column) {
    if (column.clear) {
      const letters = columnLetters(column.col);
      structure.push({ kind: "clear", sheet: column.sheet, address: `${letters}${column.clear.top}:${letters}${column.clear.bottom}` });
    }
    if (column.extendTable) structure.push({ kind: "extend-table", table: column.extendTable, header: String(column.header.value ?? "") });
    cellOps(column.sheet, [column.header, ...column.cells], content, links, looks);
    if (column.width !== undefined) {
      const letters = columnLetters(column.col);
      layout.push({ kind: "column-width", sheet: column.sheet, address: `${letters}:${letters}`, points: widthToPoints(column.width) });
    }
    names.push({ kind: "add-name", name: column.ownerName, ref: column.ownerRef });
  }

  const tail: PatchOp[] = patch.select ? [{ kind: "select", sheet: patch.select.sheet, address: patch.select.cell }] : [];
  return [...structure, ...content, ...links, ...looks, ...layout, ...names, ...tail];
}

/** Number formats, values, hyperlinks and grouped formats of the cells of one sheet. */
function cellOps(sheet: string, cells: CellWrite[], content: PatchOp[], links: PatchOp[], looks: PatchOp[]): void {
  if (cells.length === 0) return;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const width = right - left + 1;
  const values: ExcelInput[][] = Array.from({ length: bottom - top + 1 }, () => new Array<ExcelInput>(width).fill(null));
  const formats: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () => new Array<string | null>(width).fill(null));
  let anyFormat = false;
  const groups = new Map<string, { format: AreaFormat; cells: { row: number; col: number }[] }>();
  for (const c of cells) {
    values[c.row - top][c.col - left] = toExcelInput(c.value);
    if (c.format?.numberFormat !== undefined) {
      formats[c.row - top][c.col - left] = c.format.numberFormat;
      anyFormat = true;
    }
    if (c.format) {
      const { numberFormat: _unused, ...look } = c.format;
      void _unused;
      if (Object.keys(look).length > 0) {
        const key = JSON.stringify(look);
        const group = groups.get(key) ?? { format: look, cells: [] };
        group.cells.push({ row: c.row, col: c.col });
        groups.set(key, group);
      }
    }
    if (c.hyperlink) links.push({ kind: "hyperlink", sheet, address: rectAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col }), link: linkOf(c) });
  }
  for (const band of bands(values, top)) {
    if (anyFormat) {
      content.push({ kind: "number-formats", sheet, address: rangeAddress(band.top, left, band.bottom, right), formats: formats.slice(band.top - top, band.bottom - top + 1) });
    }
    content.push({ kind: "values", sheet, address: rangeAddress(band.top, left, band.bottom, right), values: values.slice(band.top - top, band.bottom - top + 1) });
  }
  for (const { format, cells: members } of groups.values()) {
    const rects = cellsToRects(members);
    if (!format.borders) {
      for (const chunk of chunkAddresses(rects.map(rectAddress))) looks.push({ kind: "format", sheet, addresses: chunk, format });
      continue;
    }
    // Borders between the cells of a block are "inside" borders, which only blocks of 2+ rows / columns have.
    const shapes = new Map<string, { rows: boolean; cols: boolean; addresses: string[] }>();
    for (const r of rects) {
      const inside = { rows: r.bottom > r.top, cols: r.right > r.left };
      const key = `${inside.rows}:${inside.cols}`;
      const shape = shapes.get(key) ?? { ...inside, addresses: [] };
      shape.addresses.push(rectAddress(r));
      shapes.set(key, shape);
    }
    for (const { rows, cols, addresses } of shapes.values()) {
      for (const chunk of chunkAddresses(addresses)) looks.push({ kind: "format", sheet, addresses: chunk, format, inside: { rows, cols } });
    }
  }
}

/** Row bands of a values grid of about {@link BAND_BYTES} each. */
function bands(values: ExcelInput[][], top: number): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, i) => {
    const size = estimateBytes(row) * 2;
    if (i > start && bytes + size > BAND_BYTES) {
      out.push({ top: top + start, bottom: top + i - 1 });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  out.push({ top: top + start, bottom: top + values.length - 1 });
  return out;
}

function linkOf(c: CellWrite): { address?: string; documentReference?: string; textToDisplay?: string } {
  const link = c.hyperlink ?? "";
  const text = typeof c.value === "string" || typeof c.value === "number" ? String(c.value) : undefined;
  const target = link.startsWith("#") ? { documentReference: link.slice(1) } : { address: link };
  return text === undefined ? target : { ...target, textToDisplay: text };
}

/** Merges, column widths, row heights, the table and page setup of a sheet the add-in writes. */
function layoutOps(sheet: SheetWrite, out: PatchOp[]): void {
  const rowMerges = new Map<string, { top: number; bottom: number; left: number; right: number }[]>();
  for (const m of sheet.merges) {
    if (m.top !== m.bottom) {
      out.push({ kind: "merge", sheet: sheet.name, address: rangeAddress(m.top, m.left, m.bottom, m.right), across: false });
      continue;
    }
    const key = `${m.left}:${m.right}`;
    const list = rowMerges.get(key) ?? [];
    const last = list[list.length - 1];
    if (last && last.bottom + 1 === m.top) last.bottom = m.top;
    else list.push({ ...m });
    rowMerges.set(key, list);
  }
  for (const list of rowMerges.values()) {
    for (const m of list) out.push({ kind: "merge", sheet: sheet.name, address: rangeAddress(m.top, m.left, m.bottom, m.right), across: true });
  }
  for (const run of runsOf(sheet.columnWidths)) {
    const a = columnLetters(run.from);
    const b = columnLetters(run.to);
    out.push({ kind: "column-width", sheet: sheet.name, address: `${a}:${b}`, points: widthToPoints(run.value) });
  }
  for (const run of runsOf(sheet.rowHeights)) {
    out.push({ kind: "row-height", sheet: sheet.name, address: `${run.from}:${run.to}`, points: run.value });
  }
  if (sheet.table) {
    const t = sheet.table;
    out.push({ kind: "add-table", sheet: sheet.name, address: rangeAddress(t.top, t.left, t.bottom, t.right), name: t.name, ...(t.style ? { style: t.style } : {}) });
  }
  if (sheet.print) out.push({ kind: "page-layout", sheet: sheet.name, print: sheet.print });
}

/** Adjacent indexes with the same value, e.g. column widths B:D of 12. */
function runsOf(sizes: Record<number, number>): { from: number; to: number; value: number }[] {
  const keys = Object.keys(sizes).map(Number).sort((a, b) => a - b);
  const runs: { from: number; to: number; value: number }[] = [];
  for (const k of keys) {
    const last = runs[runs.length - 1];
    if (last && last.to + 1 === k && last.value === sizes[k]) last.to = k;
    else runs.push({ from: k, to: k, value: sizes[k] });
  }
  return runs;
}
