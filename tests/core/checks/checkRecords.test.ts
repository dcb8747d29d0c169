import { checkRecords } from "../../../src/core/checks/checkRecords";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue, MergedRange } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { makeRecord } from "../../_helpers/makeRecord";

const check = (records: ReturnType<typeof makeRecord>[]) => checkRecords(records, BUILT_IN_SCHEMA);
const codes = (records: ReturnType<typeof makeRecord>[]) => check(records).findings.map((f) => [f.code, f.cell]);

describe("checkRecords: keys", () => {
  it.each([
    ["2023年度", 1, { fiscalYear: 2023, no: 1 }],
    ["令和5年度", "①", { fiscalYear: 2023, no: 1 }],
    ["FY2024", "No.3", { fiscalYear: 2024, no: 3 }],
    [2022, "１２", { fiscalYear: 2022, no: 12 }],
  ])("reads fiscal year %p and No %p", (fy, no, key) => {
    const { keys } = check([makeRecord(2, { fiscalYear: fy, no, title: "取組" })]);
    expect({ fiscalYear: keys.fiscalYears[0], no: keys.nos[0] }).toEqual(key);
  });

  it("gives one key per record, null where a cell could not be read", () => {
    const { keys } = check([
      makeRecord(2, { fiscalYear: "2023年度", no: 1, title: "a" }),
      makeRecord(3, { fiscalYear: "来年度", no: "一番目", title: "b" }),
      makeRecord(4, { fiscalYear: "2023年度", no: 2, title: "c" }),
    ]);
    expect(keys).toEqual({ fiscalYears: [2023, null, 2023], nos: [1, null, 2], subNos: [null, null, null] });
  });
});

describe("checkRecords: findings", () => {
  it.each([
    ["an empty title", { fiscalYear: "2023年度", no: 1, title: "" }, [["required-missing", "C2"]]],
    ["a missing No cell", { fiscalYear: "2023年度", title: "x" }, [["required-missing", null]]],
    ["an unreadable fiscal year", { fiscalYear: "来年度", no: 1, title: "x" }, [["invalid-fiscal-year", "A2"]]],
    ["a No of zero", { fiscalYear: "2023年度", no: 0, title: "x" }, [["invalid-number", "B2"]]],
    ["a fractional No", { fiscalYear: "2023年度", no: 1.5, title: "x" }, [["invalid-number", "B2"]]],
    ["a No in words", { fiscalYear: "2023年度", no: "一番目", title: "x" }, [["invalid-number", "B2"]]],
    ["an Excel error in the result", { fiscalYear: "2023年度", no: 1, title: "x", result: { error: "#DIV/0!" } }, [["cell-error", "G2"]]],
  ])("flags %s", (_name, fields, expected) => {
    expect(codes([makeRecord(2, fields)])).toEqual(expected);
  });

  it("flags the second of two KPIs with the same fiscal year and No, naming the first row", () => {
    const { findings } = check([
      makeRecord(2, { fiscalYear: "2023年度", no: 1, title: "a" }),
      makeRecord(3, { fiscalYear: "2023", no: "1", title: "b" }),
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "duplicate-kpi", severity: "error", row: 3, cell: "B3", params: { fiscalYear: 2023, no: 1, firstRow: 2 } }),
    ]);
  });

  it.each<[string, MergedRange[]]>([
    ["No and title merged over both rows", [{ top: 2, left: 2, bottom: 3, right: 2 }, { top: 2, left: 3, bottom: 3, right: 3 }]],
    ["the No merged over both rows", [{ top: 2, left: 2, bottom: 3, right: 2 }]],
  ])("takes %s as one initiative with two KPIs, not a duplicate", (_name, merges) => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目", "目標", "結果"],
      ["2024年度", 1, "業務知識の向上", "勉強会12回以上", "12回"],
      ["2024年度", null, merges.length > 1 ? null : "資格取得", "合格者3名以上", "2名"],
    ];
    const { records } = readKpiTable(snapshotFromRows("KPI", rows, { merges }), BUILT_IN_SCHEMA);
    expect(records.map((r) => r.fields.no?.text)).toEqual(["1", "1"]);
    expect(check(records).findings.filter((f) => f.code === "duplicate-kpi")).toEqual([]);
  });

  it.each([["〃"], ["同上"]])("takes No and title written %s on the next row as one initiative with two KPIs, not a duplicate", (ditto) => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目", "目標", "結果"],
      ["2024年度", 1, "業務知識の向上", "勉強会12回以上", "12回"],
      [ditto, ditto, ditto, "合格者3名以上", "2名"],
    ];
    const { records } = readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA);
    expect(records.map((r) => r.fields.no?.text)).toEqual(["1", "1"]);
    expect(check(records).findings.filter((f) => f.code === "duplicate-kpi")).toEqual([]);
  });

  it("still flags the same No written twice in two cells", () => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目", "目標", "結果"],
      ["2024年度", 1, "業務知識の向上", "勉強会12回以上", "12回"],
      ["2024年度", 1, "資格取得", "合格者3名以上", "2名"],
    ];
    const { records } = readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA);
    expect(check(records).findings.filter((f) => f.code === "duplicate-kpi").map((f) => f.row)).toEqual([3]);
  });

  it.each([
    ["2023年度", 1_000_001, "2024年度", 1],
    ["2999年度", 999_999, "2999年度", 1_999_999],
  ])("does not take %p No %p and %p No %p for the same KPI (however large the No)", (fy1, no1, fy2, no2) => {
    const { findings } = check([
      makeRecord(2, { fiscalYear: fy1, no: no1, title: "a" }),
      makeRecord(3, { fiscalYear: fy2, no: no2, title: "b" }),
    ]);
    expect(findings.filter((f) => f.code === "duplicate-kpi")).toEqual([]);
  });

  it("flags a numbering gap per fiscal year, listing the missing Nos", () => {
    const { findings } = check([
      makeRecord(2, { fiscalYear: "2023年度", no: 1, title: "a" }),
      makeRecord(3, { fiscalYear: "2023年度", no: 4, title: "b" }),
      makeRecord(4, { fiscalYear: "2022年度", no: 1, title: "c" }),
      makeRecord(5, { fiscalYear: "2022年度", no: 2, title: "d" }),
    ]);
    expect(findings.map((f) => [f.code, f.params])).toEqual([["numbering-gap", { fiscalYear: 2023, missing: "2, 3" }]]);
  });

  it.each([
    ["lists at most 20 and says there are more", [1, 25], "2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, …"],
    ["does not walk every number up to a huge No (a crafted cell)", [1, 1e12], "2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, …"],
    ["lists the gaps in order whatever the row order, past a duplicate", [5, 2, 2, 1], "3, 4"],
  ])("numbering gap: %s", (_name, nos, missing) => {
    const records = nos.map((no, i) => makeRecord(2 + i, { fiscalYear: "2023年度", no, title: "a" }));
    expect(check(records).findings.filter((f) => f.code === "numbering-gap").map((f) => f.params.missing)).toEqual([missing]);
  });

  it("flags every repeat of a No, each naming the first row that has it", () => {
    const records = [3, 1, 3, 2, 3].map((no, i) => makeRecord(2 + i, { fiscalYear: "2023年度", no, title: "a" }));
    const duplicates = check(records).findings.filter((f) => f.code === "duplicate-kpi");
    expect(duplicates.map((f) => [f.row, f.cell, f.params.firstRow])).toEqual([
      [4, "B4", 2],
      [6, "B6", 2],
    ]);
  });

  it("raises nothing for a clean table", () => {
    expect(
      codes([
        makeRecord(2, { fiscalYear: "2024年度", no: 1, title: "a" }),
        makeRecord(3, { fiscalYear: "2024年度", no: 2, title: "b" }),
      ]),
    ).toEqual([]);
  });

  it.each([
    ["No", ["年度", "取組項目", "目標", "結果"], "no"],
    ["title", ["年度", "No", "目標", "結果"], "title"],
  ])("says once that the %s column is missing, not once per row", (_name, header, field) => {
    const cells: Record<string, (i: number) => CellValue> = { No: (i) => i, 取組項目: (i) => ["満足度", "研修受講率", "苦情件数"][i], 目標: () => "90%以上", 結果: () => "92%" };
    const rows: CellValue[][] = [header, ...[0, 1, 2].map((i) => ["2024年度", ...header.slice(1).map((h) => cells[h](i))])];
    const table = readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA);
    const absent = new Set(table.findings.flatMap((f) => (f.code === "missing-column" ? [f.params.field] : [])));
    expect([...absent]).toEqual([field]);
    expect(checkRecords(table.records, BUILT_IN_SCHEMA, 4, absent).findings.filter((f) => f.code === "required-missing")).toEqual([]);
    // without being told the column is absent, every row's empty cell is listed
    expect(check(table.records).findings.filter((f) => f.code === "required-missing")).toHaveLength(3);
  });
});
