import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult } from "../../../src/core/CheckResult";
import { checkSheet } from "../../../src/core/checkSheet";
import { publishCheck } from "../../../src/core/publish/publishCheck";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";

const SAMPLE = join(__dirname, "../../../assets/sample-kpi.xlsx");
let sample: CheckResult;
beforeAll(async () => {
  const [kpiSheet] = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
  sample = checkSheet(kpiSheet, { asOf: "2026-11-29" });
});

const summary = (found: ReturnType<typeof publishCheck>) => found.map((f) => `${f.code} ${f.cell}`);

describe("publishCheck: what would be published wrong, before copying or writing", () => {
  it("lists, on the sample, the ended years' missing results and every NSP cell — not the 19 assumed comparators", () => {
    const found = publishCheck(sample);
    expect(found.filter((f) => f.code === "result-missing")).toHaveLength(8);
    expect(found.filter((f) => f.code === "term-misspelling").map((f) => f.cell)).toEqual(["F11", "G11", "F17", "G17"]);
    expect(found.every((f) => f.code === "result-missing" || f.code === "term-misspelling")).toBe(true);
    expect(sample.findings.some((f) => f.code === "implied-comparator")).toBe(true);
  });

  it("keeps to the fiscal years being published", () => {
    expect(summary(publishCheck(sample, [2023]))).toEqual(["term-misspelling F11", "term-misspelling G11", "result-missing G12"]);
  });

  it.each([
    // a KPI of unknown year is left out of every output, so it is named whatever years are published
    { rule: "an unknown fiscal year", row: ["令和X年度", 1, "t", "50件以上", "60件"], years: [2099], code: "invalid-fiscal-year", cell: "A2" },
    { rule: "an empty fiscal-year cell", row: [null, 1, "t", "50件以上", "60件"], years: [2099], code: "required-missing", cell: "A2" },
    { rule: "a result figure that cannot be read", row: ["2023年度", 1, "t", "90%以上", "前年並み"], years: [2023], code: "result-unreadable", cell: "E2" },
    { rule: "a target figure that cannot be read", row: ["2023年度", 1, "t", "お客さまに寄り添う", "12件"], years: [2023], code: "target-unreadable", cell: "D2" },
  ])("names $rule with its cell", ({ row, years, code, cell }) => {
    const result = checkSheet(snapshotFromRows("KPI", [["年度", "No", "取組項目", "目標", "結果"], row]), { asOf: "2026-11-29" });
    expect(summary(publishCheck(result, years))).toContain(`${code} ${cell}`);
  });
});
