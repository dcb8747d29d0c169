import type { KpiRecord } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { yearPeriodWords } from "../../fiscalYear/yearPeriodWords";
import { normalizeLabel } from "../../normalizeLabel";
import type { Grid } from "./Grid";
import { yearPartIn } from "./yearPartIn";

/**
 * The column, among those no field reads, that names the part of the year of each KPI row (`年度 | 期 | No | …` with
 * `上期` / `下期` / `通期`, quarters alike, by the schema's `yearParts`): every one of its cells in the records' rows is
 * blank, a part's word alone or a whole year's (schema `wholeYearWords`: `通期`, `年度計`), and one at least a part's. Undefined when there is none.
 *
 * @example yearPartColumn(grid, records, [1, 3, 4, 5, 6], 1, 6, BUILT_IN_SCHEMA) // 2 for 年度 | 期 | No | 取組項目 | 目標 | 実績
 */
export function yearPartColumn(
  grid: Grid,
  records: readonly KpiRecord[],
  used: readonly number[],
  left: number,
  right: number,
  schema: KpiSchema,
): number | undefined {
  if (records.length < 2 || (schema.yearParts ?? []).length === 0) return undefined;
  const whole = yearPeriodWords(schema).whole;
  for (let col = left; col <= right; col++) {
    if (used.includes(col)) continue;
    let parts = 0;
    let other = false;
    for (const r of records) {
      const key = normalizeLabel(grid.fieldText(r.row, col));
      if (key === "" || whole.has(key)) continue;
      const part = yearPartIn(key, schema);
      if (part && normalizeLabel(part.label) === key) parts++;
      else {
        other = true;
        break;
      }
    }
    if (!other && parts > 0) return col;
  }
  return undefined;
}
