/**
 * A block of cells in 1-based, inclusive sheet coordinates: a merged range, an Excel Table's range, a parsed
 * address, a range to write. The one rectangle type of the code base.
 *
 * @example { top: 1, left: 1, bottom: 25, right: 9 } // A1:I25
 */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * How many cells a rect covers.
 *
 * @example rectArea({ top: 1, left: 1, bottom: 2, right: 3 }) // 6
 */
export function rectArea(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/**
 * The smallest rect holding some cells (at least one).
 *
 * @example boundingRect([{ row: 2, col: 9 }, { row: 4, col: 9 }]) // { top: 2, left: 9, bottom: 4, right: 9 }
 */
export function boundingRect(cells: readonly { row: number; col: number }[]): Rect {
  const rows = cells.map((c) => c.row);
  const cols = cells.map((c) => c.col);
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}
