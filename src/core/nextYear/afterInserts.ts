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
