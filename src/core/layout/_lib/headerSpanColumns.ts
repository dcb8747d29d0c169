import type { Grid } from "./Grid";
import type { HeaderPlan } from "./planHeader";

/**
 * The columns right of `col` that its header cell is merged over and that no header cell of their own names
 * (`取組項目` merged over B:C, a category in B and the KPI's name in C, or a long name continued in C): the cells
 * under them belong to the same field as `col`'s. Empty when the header cell is not merged across.
 *
 * @example headerSpanColumns(grid, plan, 3, new Set()) // [4] when the header at C1 is merged over C1:D1
 */
export function headerSpanColumns(grid: Grid, plan: HeaderPlan, col: number, ignore: ReadonlySet<number>): number[] {
  const named = new Set(plan.columns.map((c) => c.col));
  for (const row of plan.rows) {
    const m = grid.mergeAt(row, col);
    if (!m || m.left !== col || m.right <= col || grid.isBlank(m.top, m.left)) continue;
    const span: number[] = [];
    for (let c = col + 1; c <= Math.min(m.right, grid.right); c++) {
      if (named.has(c) || ignore.has(c)) break;
      span.push(c);
    }
    return span;
  }
  return [];
}
