import { formatSummary } from "../../src/cli/formatSummary";
import { checkSheet } from "../../src/core/checkSheet";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { renderFinding } from "../../src/i18n/renderFinding";

describe("formatSummary: each finding names its KPI", () => {
  // one row, one KPI per year: the finding's cell, not its row, says which year's KPI it is about
  const result = checkSheet(
    snapshotFromRows("KPI", [
      ["No", "取組項目", "2024年度 目標", "2024年度 実績", "2025年度 目標", "2025年度 実績"],
      [1, "研修の開催回数", "12回", "12回", "13回", "13回"],
    ]),
    { asOf: "2026-11-29" },
  );
  const lines = formatSummary(result, "kpi.xlsx", "ja", (f) => renderFinding(f, "ja")).split("\n");

  it.each([
    ["C2", "2024年度 No 1"],
    ["E2", "2025年度 No 1"],
  ])("a finding on %s of a wide table is %s's", (cell, ref) => {
    expect(result.findings.some((f) => f.cell === cell)).toBe(true);
    const line = lines.find((l) => l.includes(` ${cell} `));
    expect(line).toContain(ref);
  });
});
