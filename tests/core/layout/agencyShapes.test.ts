import { checkSheet } from "../../../src/core/checkSheet";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { AGENCY_SHAPES, AS_OF, type AgencyShape } from "../../fixtures/layouts/agencyShapes";

const snapshotOf = (shape: AgencyShape) =>
  snapshotFromRows(shape.sheetName, shape.rows, {
    texts: shape.texts,
    numberFormats: shape.numberFormats,
    merges: shape.merges,
    table: shape.table,
  });

describe("the sheet shapes agencies keep (kpi-rules.md §1): layout, KPIs and statuses", () => {
  it.each(AGENCY_SHAPES.map((s) => [s.name, s] as const))("%s", (_, shape) => {
    const result = checkSheet(snapshotOf(shape), { asOf: AS_OF });
    expect(result.layout).toBe(shape.layout);
    expect(result.kpis.map((k) => [k.fiscalYear, k.no, k.status])).toEqual(shape.expected);
    expect((result.skippedRows ?? []).map((s) => [s.row, s.why])).toEqual(shape.skipped ?? []);
    // no row that is not a KPI raises an error, and no KPI is left without its year
    expect(result.findings.filter((f) => f.code === "year-not-found" || f.code === "required-missing")).toEqual([]);
  });

  it.each(AGENCY_SHAPES.map((s) => [s.name, s] as const))("%s: the detected layout forced with --layout reads the same", (_, shape) => {
    const detected = checkSheet(snapshotOf(shape), { asOf: AS_OF });
    const forced = checkSheet(snapshotOf(shape), { asOf: AS_OF, layout: shape.layout });
    expect(forced.kpis.map((k) => k.status)).toEqual(detected.kpis.map((k) => k.status));
  });
});

describe("what detection reports", () => {
  const byName = (name: string) => AGENCY_SHAPES.find((s) => s.name === name)!;

  it.each([
    ["table-year-in-sheet-name", [3], { no: ["A"], title: ["B"], target: ["C"], result: ["D"], evaluation: ["E"] }],
    ["two-row-header-target-result-over-years", [1, 2], { no: ["A"], title: ["B"], target: ["C", "D"], result: ["E", "F"] }],
    ["wide-years-across-columns", [1], { no: ["A"], title: ["B"], target: ["C", "E", "G"], result: ["D", "F", "H"] }],
    ["transposed", [], { title: ["1"], target: ["2", "4"], result: ["3", "5"] }],
  ] as const)("%s: header rows %p and the columns (or rows) of each field", (name, headerRows, fields) => {
    const result = checkSheet(snapshotOf(byName(name)), { asOf: AS_OF });
    expect(result.headerRows).toEqual(headerRows);
    expect(result.fields).toEqual(fields);
  });

  it("a typed evaluation that the figures contradict is an evaluation-mismatch warning; the figures decide", () => {
    const result = checkSheet(snapshotOf(byName("table-year-in-sheet-name")), { asOf: AS_OF });
    const mismatch = result.findings.filter((f) => f.code === "evaluation-mismatch");
    expect(mismatch.map((f) => [f.cell, f.severity, f.params])).toEqual([["E5", "warning", { evaluation: "〇", status: "not_met" }]]);
    expect(result.kpis.map((k) => k.evaluation)).toEqual(["〇", "〇"]);
  });

  it.each([
    ["after the last year", ["No", "取組項目", "2023年度 目標", "2023年度 実績", "2024年度 目標", "2024年度 実績", "評価"], [1, "お客さまの声", "50件以上", "62件", "60件以上", "58件", "×"]],
    ["newest year first", ["No", "取組項目", "2024年度 目標", "2024年度 実績", "2023年度 目標", "2023年度 実績", "評価"], [1, "お客さまの声", "60件以上", "58件", "50件以上", "62件", "×"]],
  ])("a wide table's one evaluation column (%s) is the latest year's: no other year is compared with it", (_, header, row) => {
    const result = checkSheet(snapshotFromRows("KPI", [header, row]), { asOf: AS_OF });
    expect(result.kpis.map((k) => [k.fiscalYear, k.status, k.evaluation])).toEqual(
      expect.arrayContaining([
        [2024, "not_met", "×"],
        [2023, "met", undefined],
      ]),
    );
    expect(result.findings.filter((f) => f.code === "evaluation-mismatch")).toEqual([]);
  });

  it("an error text pasted as a value is a cell error (warning) and the KPI is unevaluable, never met", () => {
    const result = checkSheet(snapshotOf(byName("table-excel-table-with-totals")), { asOf: AS_OF });
    expect(result.findings.filter((f) => f.code === "cell-error").map((f) => [f.cell, f.severity])).toEqual([["E3", "warning"]]);
  });

  it("sub-numbers 1-1 and 1-2 are two KPIs (no duplicate), and keep their label", () => {
    const result = checkSheet(snapshotOf(byName("table-period-and-date-cells")), { asOf: AS_OF });
    expect(result.findings.filter((f) => f.code === "duplicate-kpi")).toEqual([]);
    expect(result.kpis.map((k) => k.noLabel)).toEqual(["1-1", "1-2", undefined, undefined]);
  });

  it("a KPI whose year cannot be found is an error, never dropped", () => {
    const result = checkSheet(snapshotFromRows("KPI", [["No", "取組項目", "目標", "結果"], [1, "研修", "年4回以上", "4回"]]), { asOf: AS_OF });
    expect(result.kpis).toHaveLength(1);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.params])).toEqual([
      ["year-not-found", { count: 1 }],
      ["required-missing", { field: "fiscalYear" }],
    ]);
  });
});
