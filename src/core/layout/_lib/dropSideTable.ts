import type { KpiField } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import type { Grid } from "./Grid";
import { isTableHeader, type HeaderPlan } from "./planHeader";

/** Fields that make a group of header columns a table of its own (its keys), not notes beside ours. */
const KEYS: ReadonlySet<KpiField> = new Set<KpiField>(["fiscalYear", "no", "title"]);
/** Fields of a KPI's figures: a group naming one is a part of our table (a year's columns), not a side table. */
const FIGURES: ReadonlySet<KpiField> = new Set<KpiField>(["target", "result", "evaluation"]);
/** How many rows below the header a gap column must stay blank in. */
const GAP_ROWS = 200;

/**
 * Whether a column is blank in the header row and in the rows below it (a spacer between two tables), or the
 * add-in's own (its status column, written into the spacer, still parts the tables).
 */
function isGap(grid: Grid, headerRow: number, col: number, ignore: ReadonlySet<number>): boolean {
  if (ignore.has(col)) return true;
  const last = Math.min(grid.bottom, headerRow + GAP_ROWS);
  for (let row = headerRow; row <= last; row++) if (!grid.isBlank(row, col) || grid.mergeAt(row, col)) return false;
  return true;
}

/**
 * A header (one row or two) less a second table beside the KPI table: right of a column left blank from the header down (a
 * spacer), a group of columns naming a key — a year, a No, a title — and no target, result nor evaluation
 * (`年度 | 保有契約件数`, a reference table of past years), while the columns left of the spacer make a table header
 * on their own. That group is another table: its 年度 is no year of our KPIs. Notes beside the table (`| 備考`) name
 * no key and stay; a year's own `No | 取組項目 | 目標 | 実績` beside the previous year's (years side by side) stays.
 *
 * @example dropSideTable(plan, grid, BUILT_IN_SCHEMA, new Set()).right // 5 for `No | 取組項目 | 目標 | 実績 | 評価 | | 年度 | 件数`
 */
export function dropSideTable(plan: HeaderPlan, grid: Grid, schema: KpiSchema, ignore: ReadonlySet<number>): HeaderPlan {
  if (plan.columns.length === 0) return plan;
  const row = plan.rows[0];
  for (let col = plan.left + 1; col < plan.right; col++) {
    if (!isGap(grid, row, col, ignore)) continue;
    const left = plan.columns.filter((c) => c.col < col);
    const right = plan.columns.filter((c) => c.col > col);
    // a table of figures of its own: a key, and no target, result nor evaluation (years side by side have them)
    if (!right.some((c) => KEYS.has(c.field)) || right.some((c) => FIGURES.has(c.field))) continue;
    const kept = { ...plan, columns: left, right: Math.max(...left.map((c) => c.col), plan.left) };
    if (left.length > 0 && isTableHeader(kept, schema)) {
      // the KPI table's own columns naming nothing (`担当`) end at the spacer too
      let end = col - 1;
      while (end > kept.right && plan.rows.every((r) => grid.isBlank(r, end))) end--;
      return { ...kept, right: end };
    }
  }
  return plan;
}
