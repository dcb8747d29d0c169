import { columnLetters, rangeAddress } from "../../core/cellAddress";
import { beforeInserts } from "../../core/nextYear/afterInserts";
import type { NextYearRows } from "../../core/nextYear/NextYearRows";
import type { Rect } from "../../core/Rect";
import { cellOps } from "./cellOps";
import type { PatchOp } from "./PatchOp";
import { cellsToRects, chunkAddresses, rectAddress } from "./rectangles";

/** Row heights (points) and column widths (characters) of the rows and columns the new ones copy, read first. */
export interface NextYearSizes {
  /** New row → height in points. */
  rows: Record<number, number>;
  /** New column → width in points. */
  cols: Record<number, number>;
}

/** A sheet name quoted for an address (`'2024年度'!A1`). */
function qualify(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * The steps that add the next fiscal year's rows (新年度の準備) through Office.js, as the plan says: the new sheet, or
 * whole rows and columns inserted (last first, so that each address is as read; Excel moves the cells, merges,
 * names and tables beyond them); the formats copied from this year's cells block by block (`Range.copyFrom`,
 * ExcelApi 1.9); the values (text as text); the merges (each replacing those it covers); the sizes read before;
 * and the Excel Table resized over the new lines.
 *
 * @example nextYearOps(plan, sizes, structure, content, looks, layout)
 */
export function nextYearOps(plan: NextYearRows, sizes: NextYearSizes | undefined, structure: PatchOp[], content: PatchOp[], looks: PatchOp[], layout: PatchOp[]): void {
  const sheet = plan.sheet;
  if (plan.newSheet) structure.push({ kind: "add-sheet", sheet });
  for (const i of [...(plan.insertRows ?? [])].sort((a, b) => b.at - a.at)) {
    structure.push({ kind: "insert", sheet, address: `${i.at}:${i.at + i.count - 1}`, shift: "Down" });
  }
  for (const i of [...(plan.insertColumns ?? [])].sort((a, b) => b.at - a.at)) {
    structure.push({ kind: "insert", sheet, address: `${columnLetters(i.at)}:${columnLetters(i.at + i.count - 1)}`, shift: "Right" });
  }
  // one copy per block of cells that take their format from the same offset
  const byOffset = new Map<string, { dr: number; dc: number; cells: { row: number; col: number }[] }>();
  for (const c of plan.cells) {
    const dr = c.row - c.formatFrom.row;
    const dc = c.col - c.formatFrom.col;
    const key = `${dr}:${dc}`;
    const group = byOffset.get(key) ?? { dr, dc, cells: [] };
    group.cells.push(c);
    byOffset.set(key, group);
  }
  const from = plan.newSheet?.copyOf ?? sheet;
  for (const { dr, dc, cells } of byOffset.values()) {
    for (const r of cellsToRects(cells)) {
      const source: Rect = { top: r.top - dr, left: r.left - dc, bottom: r.bottom - dr, right: r.right - dc };
      structure.push({ kind: "copy-formats", sheet, address: rectAddress(r), from: qualify(from, rectAddress(source)) });
    }
  }
  cellOps(sheet, plan.cells.map((c) => ({ row: c.row, col: c.col, value: c.value })), content, [], looks);
  for (const m of plan.merges) {
    const address = rangeAddress(m.top, m.left, m.bottom, m.right);
    layout.push({ kind: "unmerge", sheet, address }, { kind: "merge", sheet, address, across: false });
  }
  for (const [points, addresses] of bySize(sizes?.rows ?? {}, (row) => `A${row}`)) {
    for (const chunk of chunkAddresses(addresses)) layout.push({ kind: "row-height", sheet, addresses: chunk, points });
  }
  for (const [points, addresses] of bySize(sizes?.cols ?? {}, (col) => `${columnLetters(col)}1`)) {
    for (const chunk of chunkAddresses(addresses)) layout.push({ kind: "column-width", sheet, addresses: chunk, points });
  }
  if (plan.extendTable) {
    const r = plan.extendTable.ref;
    layout.push({ kind: "resize-table", table: plan.extendTable.name, address: rangeAddress(r.top, r.left, r.bottom, r.right) });
  }
}

/** Lines grouped by size, each as a cell address of the line. */
function bySize(sizes: Record<number, number>, address: (line: number) => string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [line, points] of Object.entries(sizes)) out.set(points, [...(out.get(points) ?? []), address(Number(line))]);
  return out;
}

/**
 * Reads, in one `context.sync()`, the heights and widths of the rows and columns the new ones copy (Office.js
 * cannot copy a size without reading it), where they are before anything is inserted.
 *
 * @example const sizes = await readNextYearSizes(context, plan); // { rows: { 31: 45 }, cols: {} }
 */
export async function readNextYearSizes(context: Excel.RequestContext, plan: NextYearRows): Promise<NextYearSizes> {
  const ws = context.workbook.worksheets.getItem(plan.newSheet?.copyOf ?? plan.sheet);
  const was = (line: number, inserts: NextYearRows["insertRows"]) => (plan.newSheet ? line : beforeInserts(line, inserts ?? []));
  const rows: [number, Excel.Range][] = [];
  const cols: [number, Excel.Range][] = [];
  for (const [row, from] of Object.entries(plan.rowHeightsFrom)) {
    const at = was(from, plan.insertRows);
    if (at === undefined) continue;
    const range = ws.getRange(`${at}:${at}`);
    range.load("format/rowHeight");
    rows.push([Number(row), range]);
  }
  for (const [col, from] of Object.entries(plan.columnWidthsFrom ?? {})) {
    const at = was(from, plan.insertColumns);
    if (at === undefined) continue;
    const letters = columnLetters(at);
    const range = ws.getRange(`${letters}:${letters}`);
    range.load("format/columnWidth");
    cols.push([Number(col), range]);
  }
  await context.sync();
  const sized = (list: [number, Excel.Range][], key: "rowHeight" | "columnWidth") =>
    Object.fromEntries(list.map(([line, r]) => [line, r.format[key]] as const).filter(([, v]) => typeof v === "number" && v > 0));
  return { rows: sized(rows, "rowHeight"), cols: sized(cols, "columnWidth") };
}
