/* A second table beside the KPI table (docs/sheet-layouts.md "A table beside the KPI table"): after a blank spacer
   column, a group of columns naming a year, a No or a title and no figure of a KPI is another table, never read
   into the KPIs; notes and a year's own KPI columns beside the table still are. */
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const KPIS: CellValue[][] = [
  [1, "アンケート回答数", "250件以上", "266件"],
  [2, "早期更改率", "85%以上", "84.2%"],
];

describe.each<{ about: string; header: CellValue[]; beside: CellValue[][]; fields: Record<string, string[]>; range: string }>([
  {
    about: "a reference table of past years (年度 | 保有契約件数): not the KPIs' year",
    header: ["No", "取組項目", "目標", "実績", null, "年度", "保有契約件数"],
    beside: [["2022年度", "3,204件"], ["2023年度", "3,251件"]],
    fields: { no: ["A"], title: ["B"], target: ["C"], result: ["D"] },
    range: "A1:D3",
  },
  {
    about: "a list of branches (No | 店舗名): another table",
    header: ["No", "取組項目", "目標", "実績", null, "No", "店舗名"],
    beside: [[1, "本店"], [2, "駅前支店"]],
    fields: { no: ["A"], title: ["B"], target: ["C"], result: ["D"] },
    range: "A1:D3",
  },
  {
    about: "notes after a spacer (備考): still the table's",
    header: ["No", "取組項目", "目標", "実績", null, "備考"],
    beside: [["前年 80.1%"], [null]],
    fields: { no: ["A"], title: ["B"], target: ["C"], result: ["D"], commitment: ["F"] },
    range: "A1:F3",
  },
])("$about", ({ header, beside, fields, range }) => {
  const rows = [header, ...KPIS.map((k, i) => [...k, null, ...beside[i]])];
  const read = readKpiTable(snapshotFromRows("2024年度", rows), BUILT_IN_SCHEMA);

  it(`reads the columns ${JSON.stringify(fields)}`, () => {
    expect(read.fields).toEqual(fields);
  });

  it(`spans ${range}`, () => {
    expect(read.range).toBe(range);
  });

  it("reads the KPIs of the sheet's year", () => {
    expect(read.records.map((r) => [r.fields.fiscalYear?.text, r.fields.no?.text])).toEqual([
      ["2024年度", "1"],
      ["2024年度", "2"],
    ]);
  });
});
