import { checkWorkbook } from "../../src/core/checkWorkbook";
import { kpiOfFinding } from "../../src/core/kpiOfFinding";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";

describe("kpiOfFinding: the KPI a finding is about", () => {
  const header = ["No", "取組項目", "目標", "結果"];
  const sheets = [
    snapshotFromRows("2025年度", [header, [1, "研修の開催回数", "12回", "13回"]]),
    snapshotFromRows("2024年度", [header, [1, "研修の開催回数", "12回", "12回"]]),
  ];
  const result = checkWorkbook(sheets, { asOf: "2026-11-29" })!;
  const kpiOf = kpiOfFinding(result.kpis);

  it.each([
    ["2025年度", 2025],
    ["2024年度", 2024],
  ])("a finding on C2 of sheet %s is that sheet's KPI (FY%d): every sheet has its own C2", (sheet, year) => {
    const found = result.findings.find((f) => f.cell === "C2" && f.sheet === sheet);
    expect(found).toBeDefined();
    expect(kpiOf(found!)?.fiscalYear).toBe(year);
  });
});
