import { checkSheet } from "../../src/core/checkSheet";
import { checkWorkbook } from "../../src/core/checkWorkbook";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";

/**
 * A check of several sheets (`--all-sheets`): one sheet per fiscal year, the year in the sheet's name, as agencies
 * keep them (kpi-rules.md §1 "Which sheet"). The same KPIs year after year must form one series across the sheets.
 */
const HEADER = ["No", "取組項目", "目標", "結果"];
const sheet2023 = snapshotFromRows("2023年度", [
  HEADER,
  [1, "お客様アンケートの収集", "回答数:200件", "208件"],
  [2, "対面募集率の向上", "対面募集率:50%以上", "60%"],
  [3, "研修の実施", "研修:年4回以上", "4回"],
]);
const sheet2024 = snapshotFromRows("2024年度", [
  HEADER,
  [1, "お客様アンケートの収集", "回答数:150件", "120件"],
  [2, "対面募集率の向上", "対面募集率:50%以上", "55%"],
]);
const OPTIONS = { asOf: "2026-11-29" };

describe("checkWorkbook: one sheet per year", () => {
  const result = checkWorkbook([sheet2023, sheet2024], OPTIONS)!;

  it("judges the KPIs of every sheet, each naming its sheet", () => {
    expect(result.sheets).toEqual(["2023年度", "2024年度"]);
    expect(result.kpis.map((k) => [k.sheet, k.fiscalYear, k.no, k.status])).toEqual([
      ["2023年度", 2023, 1, "met"],
      ["2023年度", 2023, 2, "met"],
      ["2023年度", 2023, 3, "met"],
      ["2024年度", 2024, 1, "not_met"],
      ["2024年度", 2024, 2, "met"],
    ]);
  });

  it.each([
    ["お客様アンケートの収集", [[2023, "2023年度"], [2024, "2024年度"]]],
    ["対面募集率の向上", [[2023, "2023年度"], [2024, "2024年度"]]],
    ["研修の実施", [[2023, "2023年度"]]],
  ])("builds the series of %s across the sheets", (title, points) => {
    const series = result.series.find((s) => s.title === title);
    expect(series?.points.map((p) => [p.fiscalYear, p.sheet])).toEqual(points);
  });

  it.each([
    // 2024's target 150件 is below 2023's result 208件; 2024's result fell; 2023's No 3 is gone in 2024
    ["target-below-last-result", "2024年度", 2],
    ["result-declined", "2024年度", 2],
    ["kpi-dropped", "2023年度", 4],
  ])("raises %s across the sheets, on the sheet of its cell", (code, sheet, row) => {
    const found = result.findings.filter((f) => f.code === code);
    expect(found.map((f) => [f.sheet, f.row])).toContainEqual([sheet, row]);
  });

  it("gives the same series findings as one sheet holding both years (the sheet aside)", () => {
    const oneSheet = checkSheet(
      snapshotFromRows("KPI", [
        ["年度", ...HEADER],
        ...sheet2023.values.slice(1).map((r) => ["2023年度", ...r]),
        ...sheet2024.values.slice(1).map((r) => ["2024年度", ...r]),
      ]),
      OPTIONS,
    );
    const codes = (findings: readonly { code: string }[]) =>
      findings.map((f) => f.code).filter((c) => /^(target-below|result-declined|kpi-dropped|series-)/.test(c)).sort();
    expect(codes(result.findings)).toEqual(codes(oneSheet.findings));
    expect(result.series.map((s) => s.points.length)).toEqual(oneSheet.series.map((s) => s.points.length));
  });
});
