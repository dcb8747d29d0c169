import type { MergedRange } from "../../SheetSnapshot";
import type { Grid } from "./Grid";

const flip = (m: MergedRange): MergedRange => ({ top: m.left, left: m.top, bottom: m.right, right: m.bottom });

/**
 * The grid seen with rows and columns swapped, so that a transposed table (kpi-rules.md §1: rows `2022年度目標`,
 * `2022年度結果` …, one column per KPI) reads with the table reader. Its `fieldCell` gives the real sheet cell
 * (row and column as on the sheet); every other method takes and gives swapped coordinates.
 *
 * @example transposeGrid(grid).text(2, 1) === grid.text(1, 2) // true
 */
export function transposeGrid(grid: Grid): Grid {
  return {
    top: grid.left,
    left: grid.top,
    bottom: grid.right,
    right: grid.bottom,
    table: undefined,
    value: (row, col) => grid.value(col, row),
    text: (row, col) => grid.text(col, row),
    isBlank: (row, col) => grid.isBlank(col, row),
    mergeAt(row, col) {
      const m = grid.mergeAt(col, row);
      return m && flip(m);
    },
    fieldCell: (row, col) => grid.fieldCell(col, row),
    fieldText: (row, col) => grid.fieldText(col, row),
  };
}
