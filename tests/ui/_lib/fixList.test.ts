import { checkSheet } from "../../../src/core/checkSheet";
import { finding } from "../../../src/core/Finding";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { fixList, type FixItem } from "../../../src/ui/_lib/fixList";

describe("fixList: one entry per KPI, each with its own key (React keeps the lines apart by it)", () => {
  it("keeps apart two years' KPIs of one wide row with the same finding on their shared title cell", () => {
    const { kpis } = checkSheet(
      snapshotFromRows("KPI", [
        ["No", "取組項目", "2023年度 目標", "2023年度 実績", "2024年度 目標", "2024年度 実績"],
        [1, "NSPの向上", "10pt以上", "12pt", "12pt以上", "13pt"],
      ]),
      { asOf: "2026-11-29" },
    );
    expect(kpis.map((k) => [k.row, k.fiscalYear])).toEqual(expect.arrayContaining([[2, 2023], [2, 2024]]));
    const misspelt = finding("term-misspelling", { row: 2, field: "title", cell: "B2" }, { text: "NSP", suggestion: "NPS" });
    const items: FixItem[] = kpis.map((kpi) => ({ finding: misspelt, message: `NSP (${kpi.fiscalYear})`, hint: null, kpi, cellText: "NSPの向上" }));
    const keys = fixList(items, 99).fix.map((e) => e.key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });
});
