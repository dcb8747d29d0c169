import { KPI_FIELDS, type KpiField, type KpiFields, type KpiRecord } from "../../KpiRecord";
import type { Grid } from "./Grid";

/**
 * A maker of the table layout's records: plain objects `{ row, fields }` whose fields are the cells of the
 * columns found for them (in `KPI_FIELDS` order; a field the table lacks is absent). `over` gives fields that are
 * not the row's own cells (a year carried down, or named by a header); `at` the grid row the cells are read from
 * when it is not the record's `row` (a transposed table).
 *
 * @example tableRecords(grid, [["target", 6]])(27).fields.target // { text: "回答数:200件", …, row: 27, col: 6 }
 */
export function tableRecords(
  grid: Grid,
  columns: readonly (readonly [KpiField, number])[],
): (row: number, over?: KpiFields, at?: number) => KpiRecord {
  const byField = new Map(columns);
  const cols = KPI_FIELDS.map((f) => byField.get(f));
  return (row, over, at = row) => {
    const fields: KpiFields = {};
    for (let i = 0; i < KPI_FIELDS.length; i++) {
      const field = KPI_FIELDS[i];
      const col = cols[i];
      const cell = over?.[field] ?? (col === undefined ? undefined : grid.fieldCell(at, col));
      if (cell) fields[field] = cell;
    }
    return { row, fields };
  };
}
