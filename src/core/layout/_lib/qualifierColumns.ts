import type { Grid } from "./Grid";
import type { HeaderSpec } from "./headerSpec";
import type { HeaderPlan } from "./planHeader";
import type { QualifierColumns } from "./qualifyFigures";

/**
 * The first units column and the first criterion column under a table's header (`単位`, `判定基準`:
 * `schema.qualifierHeaders`, as `headerSpec` reads them), for {@link qualifyFigures}.
 *
 * @example qualifierColumns(grid, plan, new Set(), spec) // { unit: 5, comparator: 6 }
 */
export function qualifierColumns(grid: Grid, plan: HeaderPlan, ignore: ReadonlySet<number>, spec: (t: string) => HeaderSpec): QualifierColumns {
  const found: QualifierColumns = {};
  for (let col = plan.left; col <= plan.right; col++) {
    if (ignore.has(col)) continue;
    for (const row of plan.rows) {
      const kind = grid.isBlank(row, col) ? undefined : spec(grid.text(row, col)).qualifier;
      if (kind && found[kind] === undefined) found[kind] = col;
    }
  }
  return found;
}
