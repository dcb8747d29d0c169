/**
 * The table layout's records (tableRecords): what a field holds is what the sheet holds at that row and column,
 * and a record is plain data that survives JSON and structuredClone whole.
 */
import { fieldCells, KPI_FIELDS, type KpiField } from "../../../src/core/KpiRecord";
import { createGrid } from "../../../src/core/layout/_lib/Grid";
import { tableRecords } from "../../../src/core/layout/_lib/tableRecords";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const snapshot = snapshotFromRows(
  "KPI",
  [
    ["年度", "No", "目標", "結果"],
    ["2023年度", 1, "回答数:200件", 0.6],
    [null, 2, "苦情件数 年間5件以内", "3件"],
  ],
  {
    texts: [[], [undefined, undefined, undefined, "60.00%"]],
    numberFormats: [[], [undefined, undefined, undefined, "0.00%"]],
    merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
  },
);
const COLUMNS: [KpiField, number][] = [["fiscalYear", 1], ["no", 2], ["target", 3], ["result", 4]];
const record = tableRecords(createGrid(snapshot), COLUMNS);

describe("tableRecords", () => {
  it.each<[string, number, KpiField, object]>([
    ["a text", 2, "target", { text: "回答数:200件", value: "回答数:200件", numberFormat: "General", row: 2, col: 3 }],
    ["a number shown through its format", 2, "result", { text: "60.00%", value: 0.6, numberFormat: "0.00%", row: 2, col: 4 }],
    ["a cell of a merge, as its top-left cell", 3, "fiscalYear", { text: "2023年度", value: "2023年度", numberFormat: "General", row: 2, col: 1 }],
  ])("a field reads %s", (_, row, field, cell) => {
    expect(record(row).fields[field]).toEqual(cell);
  });

  it("each record reads its own row, and a field the table lacks is absent", () => {
    const [second, third] = [record(2), record(3)];
    expect([second.row, second.fields.no?.value, third.row, third.fields.no?.value]).toEqual([2, 1, 3, 2]);
    expect(second.fields.title).toBeUndefined();
  });

  it.each([
    ["JSON", (r: unknown) => JSON.parse(JSON.stringify(r))],
    ["structuredClone", (r: unknown) => structuredClone(r)],
  ] as const)("a record round-trips through %s with every field", (_, copy) => {
    const r = record(2);
    expect(copy(r)).toEqual({
      row: 2,
      fields: {
        fiscalYear: { text: "2023年度", value: "2023年度", numberFormat: "General", row: 2, col: 1 },
        no: { text: "1", value: 1, numberFormat: "General", row: 2, col: 2 },
        target: { text: "回答数:200件", value: "回答数:200件", numberFormat: "General", row: 2, col: 3 },
        result: { text: "60.00%", value: 0.6, numberFormat: "0.00%", row: 2, col: 4 },
      },
    });
  });

  it("lists its fields in schema order, with Object.keys as with fieldCells", () => {
    const r = record(3);
    expect(Object.keys(r.fields)).toEqual(["fiscalYear", "no", "target", "result"]);
    expect(fieldCells(r).map(([name, c]) => [name, c.row, c.col])).toEqual([
      ["fiscalYear", 2, 1],
      ["no", 3, 2],
      ["target", 3, 3],
      ["result", 3, 4],
    ]);
  });

  it("every field reads its own column", () => {
    const wide = snapshotFromRows("KPI", [KPI_FIELDS.map((f) => `value of ${f}`)]);
    const r = tableRecords(createGrid(wide), KPI_FIELDS.map((f, i) => [f, i + 1]))(1);
    expect(fieldCells(r).map(([name, c]) => [name, c.text, c.col])).toEqual(KPI_FIELDS.map((f, i) => [f, `value of ${f}`, i + 1]));
  });

  it("a record of another table reads that table's columns", () => {
    const other = tableRecords(createGrid(snapshot), [["title", 3]]);
    expect(other(2).fields.title?.text).toBe("回答数:200件");
    expect(other(2).fields.target).toBeUndefined();
  });

  it("takes fields given for the record over the row's cells, and reads another row when told (transposed)", () => {
    const year = { text: "2024年度", value: "2024年度", numberFormat: "General", row: 1, col: 9 };
    const r = record(7, { fiscalYear: year }, 3);
    expect([r.row, r.fields.fiscalYear, r.fields.no?.value, r.fields.target?.text]).toEqual([7, year, 2, "苦情件数 年間5件以内"]);
  });
});
