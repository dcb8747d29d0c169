/* Plans of action and years as agencies write them, read through a whole table (docs/sheet-layouts.md):
   `改善計画` / `今後の計画` are descriptions, not the target; `24年度` and `第45期（2024年度）` are fiscal years, `第45期`
   alone is none (an error naming it, never a guessed year). */
import { checkSheet } from "../../../src/core/checkSheet";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const check = (rows: CellValue[][]) => checkSheet(snapshotFromRows("KPI", rows), { asOf: "2026-11-30" });

describe("a plan of action beside the figures is the description, never the target", () => {
  it.each([["改善計画"], ["具体的計画"], ["今後の計画"], ["次年度の計画"], ["具体的な計画"]])("年度 | No | 取組項目 | %s | 結果", (plan) => {
    const result = check([
      ["年度", "No", "取組項目", plan, "目標", "結果"],
      ["2024年度", 1, "アンケート回収数", "回収方法を見直します", "200件以上", "215件"],
    ]);
    expect(result.fields).toMatchObject({ description: ["D"], target: ["E"], result: ["F"] });
    expect(result.kpis.map((k) => [k.target, k.status])).toEqual([["200件以上", "met"]]);
    expect(result.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
  });

  it.each([["計画"], ["年間計画"], ["2024年度計画"]])("%s beside 実績 stays the target", (header) => {
    const result = check([
      ["年度", "No", "取組項目", header, "実績"],
      ["2024年度", 1, "アンケート回収数", "200件以上", "215件"],
    ]);
    expect(result.kpis.map((k) => [k.target, k.status])).toEqual([["200件以上", "met"]]);
  });
});

describe("years with two digits or a term number", () => {
  it.each<[string, number]>([
    ["24年度", 2024],
    ["FY24", 2024],
    ["2024/3期", 2023],
    ["第45期（2024年度）", 2024],
    ["2024年度（第45期）", 2024],
  ])("a year cell %s is FY%d", (written, year) => {
    const result = check([
      ["年度", "No", "取組項目", "目標", "実績"],
      [written, 1, "アンケート回収数", "200件以上", "215件"],
    ]);
    expect(result.kpis.map((k) => k.fiscalYear)).toEqual([year]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each([["第45期"], ["30年度"]])("%s alone names no calendar year: invalid-fiscal-year names it, no year is guessed", (written) => {
    const result = check([
      ["年度", "No", "取組項目", "目標", "実績"],
      [written, 1, "アンケート回収数", "200件以上", "215件"],
    ]);
    expect(result.kpis.map((k) => k.fiscalYear)).toEqual([null]);
    expect(result.findings.filter((f) => f.code === "invalid-fiscal-year").map((f) => f.params)).toEqual([{ text: written }]);
  });

  it("a title 第45期 KPI一覧 above a table without a year column gives no year: year-not-found", () => {
    const result = check([["第45期 お客さま本位の業務運営 KPI一覧"], [], ["No", "取組項目", "目標", "実績"], [1, "アンケート回収数", "200件以上", "215件"]]);
    expect(result.kpis.map((k) => k.fiscalYear)).toEqual([null]);
    expect(result.findings.map((f) => f.code)).toContain("year-not-found");
  });

  it("24年度目標 | 24年度実績 | 25年度目標 headers are a wide table of FY2024 and FY2025", () => {
    const result = check([
      ["No", "取組項目", "24年度目標", "24年度実績", "25年度目標", "25年度実績"],
      [1, "アンケート回収数", "200件以上", "215件", "220件以上", "230件"],
    ]);
    expect(result.layout).toBe("wide");
    expect(result.kpis.map((k) => [k.fiscalYear, k.status])).toEqual([
      [2024, "met"],
      [2025, "met"],
    ]);
  });
});

describe("a plan of action beside a description column", () => {
  it.each([["改善計画"], ["今後の計画"], ["具体的な計画"]])("取組内容 | 目標 | 実績 | %s: the description is 取組内容, the plan kept unread without a warning", (plan) => {
    const result = check([
      ["年度", "No", "取組項目", "取組内容", "目標", "実績", plan],
      ["2024年度", 1, "アンケート回収数", "アンケートを全契約者に送付します", "200件以上", "215件", "Web回答を増やします"],
    ]);
    expect(result.fields).toMatchObject({ description: ["D"], target: ["E"], result: ["F"] });
    expect(result.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
  });
});
