import { rangeAddress } from "../../core/cellAddress";
import type { Rect } from "../../core/Rect";
import type { SheetWrite } from "../../core/WorkbookPatch";
import type { PatchOp } from "./PatchOp";
import { chunkAddresses, rectAddress } from "./rectangles";

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
 * The steps that lay out a sheet the add-in writes: merges (adjacent single-row merges of the same columns as
 * one "merge across"), column widths and row heights grouped by size, the Excel Table and the page setup.
 *
 * @example layoutOps(sheetWrite, out) // out: [{ kind: "merge", … }, { kind: "row-height", … }, …]
 */
export function layoutOps(sheet: SheetWrite, out: PatchOp[]): void {
  const rowMerges = new Map<string, Rect[]>();
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
  // Sizes go by value: every run of columns (rows) of one size in one step, over many areas at once.
  for (const [points, runs] of runsBySize(sheet.columnWidths, widthToPoints)) {
    const addresses = runs.map((r) => rectAddress({ top: 1, left: r.from, bottom: 1, right: r.to }));
    for (const chunk of chunkAddresses(addresses)) out.push({ kind: "column-width", sheet: sheet.name, addresses: chunk, points });
  }
  for (const [points, runs] of runsBySize(sheet.rowHeights, (h) => h)) {
    const addresses = runs.map((r) => rectAddress({ top: r.from, left: 1, bottom: r.to, right: 1 }));
    for (const chunk of chunkAddresses(addresses)) out.push({ kind: "row-height", sheet: sheet.name, addresses: chunk, points });
  }
  if (sheet.table) {
    const t = sheet.table;
    out.push({ kind: "add-table", sheet: sheet.name, address: rangeAddress(t.top, t.left, t.bottom, t.right), name: t.name, ...(t.style ? { style: t.style } : {}) });
  }
  if (sheet.print) out.push({ kind: "page-layout", sheet: sheet.name, print: sheet.print });
  const breaks = (sheet.pageBreaks ?? []).filter((r) => r > 1);
  if (breaks.length > 0) out.push({ kind: "page-breaks", sheet: sheet.name, rows: breaks });
}

/** Indexes grouped by size (converted), each group as runs of adjacent indexes: `{ 2: 30, 3: 30, 7: 30 }` → 30 → [2–3, 7]. */
function runsBySize(sizes: Record<number, number>, convert: (size: number) => number): Map<number, { from: number; to: number }[]> {
  const keys = Object.keys(sizes).map(Number).sort((a, b) => a - b);
  const groups = new Map<number, { from: number; to: number }[]>();
  for (const k of keys) {
    const points = convert(sizes[k]);
    const runs = groups.get(points) ?? [];
    const last = runs[runs.length - 1];
    if (last && last.to + 1 === k) last.to = k;
    else runs.push({ from: k, to: k });
    groups.set(points, runs);
  }
  return groups;
}
