/* A KPI's name over two cells under one title header merged across them (docs/sheet-layouts.md "A title over two
   columns"): a category and the KPI's name, or a long name continued; both parts make the title. */
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue, MergedRange } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const merge = (top: number, left: number, bottom: number, right: number): MergedRange => ({ top, left, bottom, right });

describe.each<{ about: string; rows: CellValue[][]; merges: MergedRange[]; titles: string[]; columns: string[] }>([
  {
    about: "取組項目 merged over a category (merged down its KPIs) and the KPI's name",
    rows: [
      ["年度", "No", "取組項目", null, "目標", "実績"],
      ["2024年度", 1, "お客さま満足", "アンケート回収数", "300件以上", "318件"],
      ["2024年度", 2, null, "NPS", "40pt以上", "37pt"],
      ["2024年度", 3, "人材育成", "研修受講率", "100%", "100%"],
    ],
    merges: [merge(1, 3, 1, 4), merge(2, 3, 3, 3)],
    titles: ["お客さま満足 アンケート回収数", "お客さま満足 NPS", "人材育成 研修受講率"],
    columns: ["C", "D"],
  },
  {
    about: "a name continued in the next column, one row's name in its first cell only",
    rows: [
      ["No", "KPI項目", null, "目標", "実績"],
      [1, "満期日7日前", "証券作成率", "95%以上", "96.0%"],
      [2, "早期更改率", null, "85%以上", "88.2%"],
    ],
    merges: [merge(1, 2, 1, 3)],
    titles: ["満期日7日前 証券作成率", "早期更改率"],
    columns: ["B", "C"],
  },
  {
    about: "a row whose name cell is merged across both columns: read once (C, holding nothing of its own, not shown)",
    rows: [
      ["No", "取組項目", null, "目標", "実績"],
      [1, "アンケート回収数", null, "300件以上", "318件"],
    ],
    merges: [merge(1, 2, 1, 3), merge(2, 2, 2, 3)],
    titles: ["アンケート回収数"],
    columns: ["B"],
  },
  {
    about: "a title header not merged: the next column (headed by nothing) is not read",
    rows: [
      ["No", "取組項目", null, "目標", "実績"],
      [1, "アンケート回収数", "担当:営業課", "300件以上", "318件"],
    ],
    merges: [],
    titles: ["アンケート回収数"],
    columns: ["B"],
  },
])("$about", ({ rows, merges, titles, columns }) => {
  const read = readKpiTable(snapshotFromRows("2024年度", rows, { merges }), BUILT_IN_SCHEMA);

  it(`names the KPIs ${titles.map((t) => `「${t}」`).join("")}`, () => {
    expect(read.records.map((r) => r.fields.title?.text)).toEqual(titles);
  });

  it(`reads the title from column(s) ${columns.join(", ")}`, () => {
    expect(read.fields?.title).toEqual(columns);
  });
});

describe("a row whose cells under the merged title header are all empty", () => {
  const read = readKpiTable(
    snapshotFromRows(
      "2024年度",
      [
        ["No", "取組項目", null, "目標", "実績"],
        [1, "お客さま満足", "アンケート回収数", "300件以上", "318件"],
        [2, null, null, "40pt以上", "37pt"],
      ],
      { merges: [merge(1, 2, 1, 3)] },
    ),
    BUILT_IN_SCHEMA,
  );

  it("keeps the title's own (empty) cell, so the missing title is reported at B3", () => {
    expect(read.records[1].fields.title).toMatchObject({ text: "", row: 3, col: 2 });
  });
});
