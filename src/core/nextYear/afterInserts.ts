import type { Rect } from "../Rect";
import type { LineInsert } from "./NextYearRows";

/**
 * Where a line (a row or a column) of the sheet as read is once the plan's lines are inserted.
 *
 * @example afterInserts(7, [{ at: 5, count: 1 }, { at: 7, count: 1 }]) // 9
 */
export function afterInserts(line: number, inserts: readonly LineInsert[]): number {
  return line + inserts.reduce((n, i) => (i.at <= line ? n + i.count : n), 0);
}

/**
 * A rectangle (a merge) once rows and columns are inserted, as Excel moves it: moved on by lines inserted before
 * it, widened by lines inserted inside it.
 *
 * @example movedRect({ top: 1, left: 1, bottom: 1, right: 6 }, [], [{ at: 5, count: 1 }]) // A1:G1
 */
export function movedRect(r: Rect, rows: readonly LineInsert[], cols: readonly LineInsert[]): Rect {
  return { top: afterInserts(r.top, rows), bottom: afterInserts(r.bottom, rows), left: afterInserts(r.left, cols), right: afterInserts(r.right, cols) };
}

/**
 * Where a line of the sheet after insertion was before it (the line that {@link afterInserts} moves there); a new
 * line has no such place and gives undefined.
 *
 * @example beforeInserts(9, [{ at: 5, count: 1 }, { at: 7, count: 1 }]) // 7
 */
export function beforeInserts(line: number, inserts: readonly LineInsert[]): number | undefined {
  const total = inserts.reduce((n, i) => n + i.count, 0);
  for (let k = 0; k <= total; k++) if (line - k >= 1 && afterInserts(line - k, inserts) === line) return line - k;
  return undefined;
}
