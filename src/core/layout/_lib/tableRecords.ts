import type { FieldCell, KpiField, KpiRecord } from "../../KpiRecord";
import type { Grid } from "./Grid";

/** A record's fields as a view on its row of the sheet (its getters come from the table's subclass). */
class RowFields {
  readonly #row: number;

  constructor(row: number) {
    this.#row = row;
  }

  static rowOf(fields: RowFields): number {
    return fields.#row;
  }
}

/**
 * A maker of the table layout's records. A record holds its row only; its fields are getters, shared by all
 * records of the table, that read the field's cell from the grid each time they are read. Kept as objects, the
 * cells of a 100,000-row sheet (800,000 FieldCells living from reading to writing back) cost the engine more time
 * in the garbage collector than judging them did. A field read twice gives two equal FieldCells, not the same one;
 * `Object.keys` does not list the fields (use `fieldCells`), and the snapshot must not change while records are used.
 *
 * @example tableRecords(grid, [["target", 6]])(27).fields.target // { text: "回答数:200件", …, row: 27, col: 6 }
 */
export function tableRecords(grid: Grid, columns: readonly (readonly [KpiField, number])[]): (row: number) => KpiRecord {
  class TableRowFields extends RowFields {}
  for (const [field, col] of columns) {
    Object.defineProperty(TableRowFields.prototype, field, {
      enumerable: true,
      get(this: RowFields): FieldCell {
        return grid.fieldCell(RowFields.rowOf(this), col);
      },
    });
  }
  return (row) => ({ row, fields: new TableRowFields(row) as KpiRecord["fields"] });
}
