import { KPI_FIELDS, type FieldCell, type KpiField, type KpiRecord } from "../../KpiRecord";
import type { Grid } from "./Grid";

/** What the records of one table share: the grid, and the column of each field (by `KPI_FIELDS` index). */
interface TableColumns {
  grid: Grid;
  cols: readonly (number | undefined)[];
}

/** The field getters of a table record (defined on its prototype by its static block), as TypeScript sees them. */
interface TableRecord extends Readonly<Partial<Record<KpiField, FieldCell>>> {}

/**
 * A record of the table layout, which is its own view of its fields: `fields` is the record itself, whose getters
 * read the row's cells. One class for every table: a class made per table would give each sheet read new hidden
 * classes, and the engine's code, having seen the last read's, would slow down on each click of the task pane.
 * (A class, not an object literal, also because V8 pretenures literals whose objects all survive: see `judgeKpi`.)
 */
class TableRecord implements KpiRecord {
  readonly row: number;
  readonly #table: TableColumns;

  constructor(row: number, table: TableColumns) {
    this.row = row;
    this.#table = table;
  }

  get fields(): this {
    return this;
  }

  #cell(field: number): FieldCell | undefined {
    const col = this.#table.cols[field];
    return col === undefined ? undefined : this.#table.grid.fieldCell(this.row, col);
  }

  static {
    // a getter per field, on the one prototype: `fiscalYear` reads the cell of its column, and so on
    KPI_FIELDS.forEach((field, i) => {
      Object.defineProperty(this.prototype, field, {
        get(this: TableRecord) {
          return this.#cell(i);
        },
      });
    });
  }
}

/**
 * A maker of the table layout's records. A record holds its row only; its fields are getters that read the field's
 * cell from the grid each time they are read (undefined for a field the table lacks). Kept as objects, the cells
 * of a 100,000-row sheet (800,000 FieldCells living from reading to writing back) cost the engine more time in the
 * garbage collector than judging them did. A field read twice gives two equal FieldCells, not the same one;
 * `Object.keys` does not list the fields (use `fieldCells`), and the snapshot must not change while records are used.
 *
 * @example tableRecords(grid, [["target", 6]])(27).fields.target // { text: "回答数:200件", …, row: 27, col: 6 }
 */
export function tableRecords(grid: Grid, columns: readonly (readonly [KpiField, number])[]): (row: number) => KpiRecord {
  const byField = new Map(columns);
  const table: TableColumns = { grid, cols: KPI_FIELDS.map((f) => byField.get(f)) };
  return (row) => new TableRecord(row, table);
}
