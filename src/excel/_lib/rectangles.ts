import { cellAddress, rangeAddress } from "../../core/cellAddress";
import type { Rect } from "../../core/Rect";

/**
 * Covers a set of cells with few rectangles: runs of adjacent cells in a row, then runs with the same columns in
 * adjacent rows joined into blocks. Exact (covers the cells and nothing else), not minimal.
 *
 * @example cellsToRects([{ row: 1, col: 1 }, { row: 1, col: 2 }, { row: 2, col: 1 }, { row: 2, col: 2 }]) // [{ top: 1, left: 1, bottom: 2, right: 2 }]
 */
export function cellsToRects(cells: { row: number; col: number }[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Rect[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right + 1 === col) last.right = col;
    else if (!(last && last.top === row && col >= last.left && col <= last.right)) runs.push({ top: row, left: col, bottom: row, right: col });
  }
  const open = new Map<string, Rect>();
  const rects: Rect[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const block = open.get(key);
    if (block && block.bottom + 1 === run.top) block.bottom = run.top;
    else {
      const fresh = { ...run };
      open.set(key, fresh);
      rects.push(fresh);
    }
  }
  return rects;
}

/**
 * The A1 address of a rectangle: one cell or a block.
 *
 * @example rectAddress({ top: 2, left: 1, bottom: 2, right: 1 }) // "A2"
 */
export function rectAddress(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : rangeAddress(r.top, r.left, r.bottom, r.right);
}

/**
 * Splits a list of addresses into groups that `Worksheet.getRanges()` accepts: Excel rejects long multi-area
 * addresses (office-js#5198 fails from about 500 areas or 8,000 characters), so each group stays well under.
 *
 * @example chunkAddresses(["A1", "B2", "C3"], 2, 100) // [["A1", "B2"], ["C3"]]
 */
export function chunkAddresses(addresses: string[], maxAreas = 200, maxChars = 4000): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let chars = 0;
  for (const a of addresses) {
    if (group.length > 0 && (group.length >= maxAreas || chars + a.length + 1 > maxChars)) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(a);
    chars += a.length + 1;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
