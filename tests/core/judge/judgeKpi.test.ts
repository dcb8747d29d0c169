import type { FieldCell } from "../../../src/core/KpiRecord";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { judgeKpi } from "../../../src/core/judge/judgeKpi";
import cases from "../../fixtures/judge/cases.json";
import { fieldCell, makeRecord } from "../../_helpers/makeRecord";

type CellCase = string | number | { value: CellValue; text: string; numberFormat: string };

function cell(row: number, field: "target" | "result", c: CellCase): FieldCell {
  if (typeof c === "object") return fieldCell(row, field, c.value, c.text, c.numberFormat);
  return fieldCell(row, field, c === "" ? null : c);
}

function judge(target: CellCase, result: CellCase, asOf = "2026-11-29", fiscalYear = 2023) {
  const record = makeRecord(5, {
    fiscalYear: `${fiscalYear}年度`, no: 1, title: "取組",
    target: cell(5, "target", target), result: cell(5, "result", result),
  });
  return judgeKpi(record, { schema: BUILT_IN_SCHEMA, asOf, fiscalYearStartMonth: 4, fiscalYear, no: 1 });
}

describe("judgeKpi (kpi-rules.md §3)", () => {
  it.each(cases as { name: string; target: CellCase; result: CellCase; status: string; codes: string[] }[])(
    "$name: $target → $result is $status",
    ({ target, result, status, codes }) => {
      const j = judge(target, result);
      expect(j.kpi.status).toBe(status);
      expect(j.findings.map((f) => f.code).sort()).toEqual([...codes].sort());
    },
  );

  it.each([
    ["2024-03-31", "pending", []],
    ["2024-04-01", "missing_result", ["result-missing"]],
  ])("an empty result of FY2023 on %s is %s", (asOf, status, codes) => {
    const j = judge("回答数 200件以上", "", asOf);
    expect(j.kpi.status).toBe(status);
    expect(j.findings.map((f) => f.code)).toEqual(codes);
  });

  it("reports components with target, actual, unit and status", () => {
    const j = judge("代理店事故窓口割合 自動車:85.0% 火新種:70.0%", "自動車:80.6% 火新:72.8%");
    expect(j.kpi.components).toEqual([
      { label: "自動車", comparator: ">=", target: 85, actual: 80.6, unit: "%", status: "not_met" },
      { label: "火新種", comparator: ">=", target: 70, actual: 72.8, unit: "%", status: "met" },
    ]);
    expect(j.labelVariants).toEqual([["火新種", "火新"]]);
  });

  it("points findings at the result cell", () => {
    const j = judge("自動車:60pt 火新:70pt", "自動車:65pt");
    expect(j.findings.find((f) => f.code === "component-missing")).toMatchObject({
      row: 5, field: "result", cell: "G5", params: { label: "火新" },
    });
  });
});

describe("the judged KPI comes out of judging complete", () => {
  const ctx = { schema: BUILT_IN_SCHEMA, asOf: "2026-11-29", fiscalYearStartMonth: 4, fiscalYear: 2023, no: 1 };

  it.each([
    ["a sub-number and a typed evaluation", { noLabel: "1-2" }, " 〇 ", { noLabel: "1-2", evaluation: "〇" }],
    ["a typed evaluation only", {}, "未達", { evaluation: "未達" }],
    ["a blank evaluation cell", {}, "  ", {}],
    ["neither", {}, undefined, {}],
  ])("%s", (_, extra, evaluation, expected) => {
    const record = makeRecord(5, { no: 1, title: "取組", target: "回答数:200件", result: "208件", evaluation });
    const { kpi } = judgeKpi(record, { ...ctx, ...extra });
    expect({ noLabel: kpi.noLabel, evaluation: kpi.evaluation }).toEqual(expected);
    expect(Object.keys(kpi)).toEqual(Object.keys(JSON.parse(JSON.stringify(kpi))));
  });
});
