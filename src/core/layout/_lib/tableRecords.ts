import { KPI_FIELDS, type FieldCell, type KpiField, type KpiFields, type KpiRecord } from "../../KpiRecord";
import type { Grid } from "./Grid";

/**
 * Joins the texts of a field's cells in a row (`お客さま満足` and `アンケート回収数` under one merged 取組項目); the
 * first column's cell when all are empty.
 */
function joinedCell(grid: Grid, at: number, cols: readonly number[]): FieldCell {
  const all = cols.map((c) => grid.fieldCell(at, c));
  const cells = all.filter((c, i) => c.text.trim() !== "" && all.findIndex((d) => d.row === c.row && d.col === c.col) === i);
  if (cells.length <= 1) return cells[0] ?? all[0];
  const text = cells.map((c) => c.text.trim()).join(" ");
  return { text, value: text, numberFormat: "General", row: cells[0].row, col: cells[0].col };
}

/**
 * A maker of the table layout's records: plain objects `{ row, fields }` whose fields are the cells of the
 * columns found for them (in `KPI_FIELDS` order; a field the table lacks is absent). `over` gives fields that are
 * not the row's own cells (a year carried down, or named by a header); `at` the grid row the cells are read from
 * when it is not the record's `row` (a transposed table). `spans` gives a field more columns whose texts are joined to
 * its own, in order, by a space (a title header merged over a category and a name column: {@link headerSpanColumns}).
 *
 * @example tableRecords(grid, [["target", 6]])(27).fields.target // { text: "回答数:200件", …, row: 27, col: 6 }
 */
export function tableRecords(
  grid: Grid,
  columns: readonly (readonly [KpiField, number])[],
  spans: ReadonlyMap<KpiField, readonly number[]> = new Map(),
): (row: number, over?: KpiFields, at?: number) => KpiRecord {
  const byField = new Map(columns);
  const cols = KPI_FIELDS.map((f) => byField.get(f));
  const joined = KPI_FIELDS.map((f, i) => {
    const more = spans.get(f);
    const col = cols[i];
    return more && more.length > 0 && col !== undefined ? [col, ...more] : undefined;
  });
  return (row, over, at = row) => {
    const fields: KpiFields = {};
    for (let i = 0; i < KPI_FIELDS.length; i++) {
      const field = KPI_FIELDS[i];
      const col = cols[i];
      const span = joined[i];
      const cell = over?.[field] ?? (span ? joinedCell(grid, at, span) : col === undefined ? undefined : grid.fieldCell(at, col));
      if (cell) fields[field] = cell;
    }
    return { row, fields };
  };
}
