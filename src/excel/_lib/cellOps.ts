import { cellAddress, rangeAddress } from "../../core/cellAddress";
import type { CellWrite } from "../../core/WorkbookPatch";
import { estimateBytes } from "./byteSize";
import { isText, toExcelInput } from "./cellValue";
import type { AreaFormat, ExcelInput, PatchOp } from "./PatchOp";
import { cellsToRects, chunkAddresses, rectAddress } from "./rectangles";

/** Target size of one values or number-format step, so that steps pack tightly into requests. */
const BAND_BYTES = 256 * 1024;

/**
 * The steps that write the cells of one sheet: number formats and values over the cells' bounding box in row
 * bands (null leaves a cell as it is), links, and formats grouped by look over many areas at once. Every text
 * cell is formatted as text (`@`) before its value is written, whatever the plan's format says.
 *
 * @example cellOps("KPI", [{ row: 1, col: 9, value: "達成状況" }], content, links, looks) // content: one "values" step
 */
export function cellOps(sheet: string, cells: CellWrite[], content: PatchOp[], links: PatchOp[], looks: PatchOp[]): void {
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
    const formula = c.hyperlink ? hyperlinkFormula(c.hyperlink, c.value) : undefined;
    values[c.row - top][c.col - left] = formula ?? toExcelInput(c.value);
    // One mechanism per cell: text goes into a cell formatted as text, as typed (no apostrophe); a link formula
    // into a General cell, since a text cell would show the formula itself rather than the link.
    const numberFormat = formula ? "General" : isText(c.value) ? "@" : c.format?.numberFormat;
    if (numberFormat !== undefined) {
      formats[c.row - top][c.col - left] = numberFormat;
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
    if (c.hyperlink && !formula) links.push({ kind: "hyperlink", sheet, address: cellAddress(c.row, c.col), link: linkOf(c) });
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

/**
 * A link as a `HYPERLINK` formula (about 40 bytes in the values array, instead of an action of its own per
 * cell); undefined when Excel would refuse it (a target over 255 characters) or the shown value is not text or
 * a number.
 */
function hyperlinkFormula(link: string, value: CellWrite["value"]): string | undefined {
  if (link.length > 255 || !(typeof value === "string" || typeof value === "number")) return undefined;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const shown = typeof value === "number" ? String(value) : quote(value);
  if (typeof value === "string" && value.length > 255) return undefined;
  return `=HYPERLINK(${quote(link)},${shown})`;
}

function linkOf(c: CellWrite): { address?: string; documentReference?: string; textToDisplay?: string } {
  const link = c.hyperlink ?? "";
  const text = typeof c.value === "string" || typeof c.value === "number" ? String(c.value) : undefined;
  const target = link.startsWith("#") ? { documentReference: link.slice(1) } : { address: link };
  return text === undefined ? target : { ...target, textToDisplay: text };
}

