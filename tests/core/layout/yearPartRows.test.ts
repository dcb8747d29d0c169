/* Rows of a part of the year in a table with a year column (docs/sheet-layouts.md "Rows of a part of the year"):
   `2024年度上期` and `2024年度下期` rows of one No are one KPI of FY2024, not two. */
import { checkSheet } from "../../../src/core/checkSheet";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import { yearPartIn } from "../../../src/core/layout/_lib/yearPartIn";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const HEADER = ["年度", "No", "取組項目", "目標", "実績"];

describe("yearPartIn: the part of the year a year cell names", () => {
  it.each([
    ["2024年度上期", "上期", 0],
    ["2024年度 下期", "下期", 1],
    ["令和6年度下半期", "下半期", 1],
    ["2024年度第3四半期", "第3四半期", 2],
    ["FY2024 Q1", "Q1", 0],
    ["2024年度4Q", "4Q", 3],
    ["2021Q1", "Q1", 0],
  ])("%s → %s", (text, label, index) => {
    expect(yearPartIn(text, BUILT_IN_SCHEMA)).toMatchObject({ label, index });
  });

  it.each(["2024年度", "2024年度通期", "令和6年度", "2024"])("%s names the whole year", (text) => {
    expect(yearPartIn(text, BUILT_IN_SCHEMA)).toBeUndefined();
  });
});

describe.each<{ about: string; rows: CellValue[][]; kpis: [string, string, number, string, string][]; skipped: number[] }>([
  {
    about: "上期 and 下期 rows: one KPI on the 下期 row, the halves' results after their words",
    rows: [
      ["2024年度上期", 1, "アンケート回収数", "年間400件以上", "180件"],
      ["2024年度下期", 1, "アンケート回収数", "年間400件以上", "236件"],
      ["2024年度上期", 2, "研修の開催", "上期6回以上", "6回"],
      ["2024年度下期", 2, "研修の開催", "下期6回以上", "5回"],
    ],
    kpis: [
      ["2024年度下期", "1", 3, "年間400件以上", "上期180件、下期236件"],
      ["2024年度下期", "2", 5, "上期6回以上、下期6回以上", "上期6回、下期5回"],
    ],
    skipped: [2, 4],
  },
  {
    about: "a 通期 row beside the halves: the year's KPI, the halves skipped",
    rows: [
      ["2024年度上期", 1, "早期更改率", "90%以上", "88.5%"],
      ["2024年度下期", 1, "早期更改率", "90%以上", "91.0%"],
      ["2024年度通期", 1, "早期更改率", "90%以上", "89.8%"],
    ],
    kpis: [["2024年度通期", "1", 4, "90%以上", "89.8%"]],
    skipped: [2, 3],
  },
  {
    about: "only the first half in, against the year's target: one KPI holding the half's result as a part",
    rows: [
      ["2025年度上期", 1, "アンケート回収数", "年間420件以上", "200件"],
      ["2024年度", 2, "研修の開催", "年12回以上", "12回"],
    ],
    kpis: [
      ["2025年度上期", "1", 2, "年間420件以上", "上期200件"],
      ["2024年度", "2", 3, "年12回以上", "12回"],
    ],
    skipped: [],
  },
  {
    about: "a half-year sheet (上期 rows only) with the half's own targets: read as written",
    rows: [
      ["2024年度上期", 1, "アンケート回収数", "200件以上", "210件"],
      ["2024年度上期", 2, "研修の開催", "上期6回以上", "6回"],
    ],
    kpis: [
      ["2024年度上期", "1", 2, "200件以上", "210件"],
      ["2024年度上期", "2", 3, "上期6回以上", "6回"],
    ],
    skipped: [],
  },
])("$about", ({ rows, kpis, skipped }) => {
  const read = readKpiTable(snapshotFromRows("KPI", [HEADER, ...rows]), BUILT_IN_SCHEMA);

  it("reads one KPI per fiscal year and No (year cell, No, row, target, result)", () => {
    expect(read.records.map((r) => [r.fields.fiscalYear?.text, r.fields.no?.text, r.row, r.fields.target?.text, r.fields.result?.text])).toEqual(kpis);
  });

  it("skips the other parts' rows as year-part", () => {
    expect((read.skippedRows ?? []).filter((s) => s.why === "year-part").map((s) => s.row)).toEqual(skipped);
  });
});

describe("a half-year table as checked", () => {
  const result = checkSheet(
    snapshotFromRows("KPI", [
      HEADER,
      ["2024年度上期", 1, "アンケート回収数", "年間400件以上", "180件"],
      ["2024年度下期", 1, "アンケート回収数", "年間400件以上", "236件"],
      ["2024年度上期", 2, "苦情件数", "年間6件以下", "4件"],
      ["2024年度下期", 2, "苦情件数", "年間6件以下", "3件"],
    ]),
    { asOf: "2025-05-31" },
  );

  it.each([
    ["1", "met", "180件 + 236件 = 416件 ≥ 400件"],
    ["2", "not_met", "4件 + 3件 = 7件 > 6件"],
  ])("KPI %s of FY2024 is %s (%s)", (no, status) => {
    expect(result.kpis.filter((k) => String(k.no) === no).map((k) => [k.fiscalYear, k.status])).toEqual([[2024, status]]);
  });
});

describe("the latest part's result not in yet: the year has no result (review)", () => {
  it.each([
    ["a rate, the year over", "2024", "90%以上", "92.0%", "missing_result"],
    ["a rate, the year running", "2026", "90%以上", "92.0%", "pending"],
    ["a count over the year, the year over", "2024", "年間400件以上", "204件", "missing_result"],
  ])("%s (FY%s, %s; 上期 %s, 下期 empty) → %s", (_about, year, target, first, status) => {
    const result = checkSheet(
      snapshotFromRows("KPI", [HEADER, [`${year}年度上期`, 1, "早期更改率", target, first], [`${year}年度下期`, 1, "早期更改率", target, null]]),
      { asOf: "2026-11-29" },
    );
    expect(result.kpis.map((k) => [k.fiscalYear, k.status])).toEqual([[Number(year), status]]);
  });
});

describe("the part of the year in a column of its own (年度 | 期 | No | …)", () => {
  const header = ["年度", "期", "No", "取組項目", "目標", "実績"];

  it.each<[string, CellValue[][], [number, string, string][], number[]]>([
    [
      "上期 and 下期 rows: one KPI of the year, the halves' results after their words",
      [
        ["2024年度", "上期", 1, "新規契約", "年間100件以上", "48件"],
        ["2024年度", "下期", 1, "新規契約", "年間100件以上", "60件"],
      ],
      [[3, "年間100件以上", "上期48件、下期60件"]],
      [2],
    ],
    [
      "a 通期 row beside the quarters: the year's KPI",
      [
        ["2024年度", "第1四半期", 1, "早期更改率", "90%以上", "88%"],
        ["2024年度", "第2四半期", 1, "早期更改率", "90%以上", "90%"],
        ["2024年度", "通期", 1, "早期更改率", "90%以上", "91%"],
      ],
      [[4, "90%以上", "91%"]],
      [2, 3],
    ],
    [
      "a 年度計 row beside the halves (schema wholeYearWords): the year's KPI",
      [
        ["2024年度", "上期", 1, "新規契約", "年間100件以上", "48件"],
        ["2024年度", "下期", 1, "新規契約", "年間100件以上", "60件"],
        ["2024年度", "年度計", 1, "新規契約", "年間100件以上", "108件"],
      ],
      [[4, "年間100件以上", "108件"]],
      [2, 3],
    ],
    [
      "前半期 and 後半期 rows (schema yearParts): one KPI of the year",
      [
        ["2024年度", "前半期", 1, "新規契約", "年間100件以上", "48件"],
        ["2024年度", "後半期", 1, "新規契約", "年間100件以上", "60件"],
      ],
      [[3, "年間100件以上", "前半期48件、後半期60件"]],
      [2],
    ],
    [
      "a column that also holds other words is no column of parts: each row read as written",
      [
        ["2024年度", "上期", 1, "新規契約", "年間100件以上", "48件"],
        ["2024年度", "重点", 2, "研修", "年12回以上", "12回"],
      ],
      [
        [2, "年間100件以上", "48件"],
        [3, "年12回以上", "12回"],
      ],
      [],
    ],
  ])("%s", (_about, rows, kpis, skipped) => {
    const read = readKpiTable(snapshotFromRows("KPI", [header, ...rows]), BUILT_IN_SCHEMA);
    expect(read.records.map((r) => [r.row, r.fields.target?.text, r.fields.result?.text])).toEqual(kpis);
    expect((read.skippedRows ?? []).filter((s) => s.why === "year-part").map((s) => s.row)).toEqual(skipped);
  });

  it("reads the agency's own words of the parts and the whole of the year (schema yearParts, wholeYearWords)", () => {
    const own: KpiSchema = { ...BUILT_IN_SCHEMA, yearParts: [["春期", "秋期"]], wholeYearWords: ["年度合計"] };
    const rows = [
      ["2024年度", "春期", 1, "新規契約", "年間100件以上", "48件"],
      ["2024年度", "秋期", 1, "新規契約", "年間100件以上", "60件"],
      ["2024年度", "年度合計", 1, "新規契約", "年間100件以上", "108件"],
    ];
    const read = readKpiTable(snapshotFromRows("KPI", [header, ...rows]), own);
    expect(read.records.map((r) => [r.row, r.fields.result?.text])).toEqual([[4, "108件"]]);
    const builtIn = readKpiTable(snapshotFromRows("KPI", [header, ...rows]), BUILT_IN_SCHEMA);
    expect(builtIn.records.map((r) => r.row)).toEqual([2, 3, 4]); // 春期 is no part of the built-in schema's
  });

  it("as checked: 48件 + 60件 against 年間100件以上 is met (each half alone was not met, without a warning)", () => {
    const result = checkSheet(
      snapshotFromRows("KPI", [header, ["2024年度", "上期", 1, "新規契約", "年間100件以上", "48件"], ["2024年度", "下期", 1, "新規契約", "年間100件以上", "60件"]]),
      { asOf: "2026-11-29" },
    );
    expect(result.kpis.map((k) => [k.fiscalYear, k.no, k.status])).toEqual([[2024, 1, "met"]]);
  });
});
