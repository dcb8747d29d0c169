import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet } from "../../src/core/checkSheet";
import { checkWorkbook } from "../../src/core/checkWorkbook";
import type { CheckResult } from "../../src/core/CheckResult";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";

/**
 * A target relative to last year's result in a workbook of one sheet per fiscal year (`--all-sheets`): judged
 * against last year's KPI of its series on the sheet of last year, as the same rows on one sheet are
 * (tests/fixtures/series/relativeAcrossSheets.json).
 */
type Row = [number, string, string, string];
interface Case {
  case: string;
  sheets: [string, Row[]][];
  kpi: { sheet: string; no: number; status: string; findings: string[] };
}
const { cases } = JSON.parse(readFileSync(join(__dirname, "../fixtures/series/relativeAcrossSheets.json"), "utf8")) as { cases: Case[] };

const HEADER = ["No", "取組項目", "目標", "結果"];
const OPTIONS = { asOf: "2026-11-29" };

/** The workbook of a case, one sheet per year. */
const workbookOf = (c: Case) => checkWorkbook(c.sheets.map(([name, rows]) => snapshotFromRows(name, [HEADER, ...rows])), OPTIONS)!;

/** The same rows on one sheet, the year in a column (the sheet's name). */
const oneSheetOf = (c: Case) =>
  checkSheet(snapshotFromRows("KPI", [["年度", ...HEADER], ...c.sheets.flatMap(([name, rows]) => rows.map((r) => [name, ...r]))]), OPTIONS);

/** Each KPI's status by fiscal year and No, in a stable order. */
const statuses = (result: CheckResult) =>
  result.kpis.map((k) => `${k.fiscalYear}#${k.no} ${k.status}`).sort();

describe("checkWorkbook: a target relative to last year's result, one sheet per year", () => {
  it.each(cases.map((c): [string, Case] => [c.case, c]))("%s", (_name, c) => {
    const result = workbookOf(c);
    const kpi = result.kpis.find((k) => k.sheet === c.kpi.sheet && k.no === c.kpi.no)!;
    expect(kpi.status).toBe(c.kpi.status);
    const codes = result.findings.filter((f) => f.sheet === c.kpi.sheet && f.row === kpi.row).map((f) => f.code);
    expect(codes.sort()).toEqual([...c.kpi.findings].sort());
  });

  it.each(cases.map((c): [string, Case] => [c.case, c]))("%s: the same statuses as the rows on one sheet", (_name, c) => {
    expect(statuses(workbookOf(c))).toEqual(statuses(oneSheetOf(c)));
  });

  it("names last year's KPI on its own sheet as the baseline (fiscal year, row, figure)", () => {
    const [met] = cases;
    const result = workbookOf(met);
    const baseline = result.findings.find((f) => f.code === "baseline-from-previous-year");
    expect(baseline).toMatchObject({ sheet: "2024年度", params: { fiscalYear: 2023, row: 2, value: 208, unit: "件" } });
  });

  it("puts the relative KPI as judged into its series", () => {
    const [met] = cases;
    const [series] = workbookOf(met).series;
    expect(series.points.map((p) => [p.sheet, p.fiscalYear, p.status])).toEqual([
      ["2023年度", 2023, "met"],
      ["2024年度", 2024, "met"],
    ]);
  });
});

describe("checkSheet: last year's result in a column of its own, without a target", () => {
  it.each([
    ["前年度以上", "96.0%", "met"],
    ["前年度以上", "94.0%", "not_met"],
    ["前年比+1pt以上", "96.0%", "not_met"],
  ])("%s against %s, last year 95.2%: %s, with last year's result named as the baseline", (target, result, status) => {
    const checked = checkSheet(
      snapshotFromRows("KPI", [
        ["No", "KPI", "2024年度実績", "2025年度目標", "2025年度実績"],
        [1, "事故対応満足度", "95.2%", target, result],
      ]),
      { asOf: "2026-11-29" },
    );
    const kpi = checked.kpis.find((k) => k.fiscalYear === 2025)!;
    expect(kpi.status).toBe(status);
    expect(checked.findings.filter((f) => f.code === "baseline-from-previous-year").map((f) => f.params)).toEqual([
      expect.objectContaining({ fiscalYear: 2024, value: 95.2, unit: "%" }),
    ]);
  });
});

describe("checkSheet: last year's result in the row, beside this year's target and result", () => {
  const check = (header: string[], cells: (string | number)[]) => checkSheet(snapshotFromRows("2025年度", [header, cells]), { asOf: "2026-11-29" });

  it.each([
    [["No", "KPI", "前年度実績", "目標", "実績"], "前年度以上", "96.0%", "met"],
    [["No", "KPI", "昨年度実績", "今年度目標", "今年度実績"], "前年度以上", "94.0%", "not_met"],
    [["No", "取組項目", "目標", "実績", "前年実績"], "前年比+1pt以上", "96.0%", "not_met"],
  ])("%j: %s against %s, last year 95.2% in the row: %s", (header, target, result, status) => {
    const values: Record<string, string | number> = { No: 1, KPI: "事故対応満足度", 取組項目: "事故対応満足度" };
    const cells = header.map((h) => values[h] ?? (/前年|昨年/.test(h) ? "95.2%" : /目標/.test(h) ? target : result));
    const checked = check(header, cells);
    expect(checked.kpis.map((k) => [k.fiscalYear, k.status])).toEqual([[2025, status]]);
    expect(checked.findings.filter((f) => f.code === "baseline-from-previous-year").map((f) => f.params)).toEqual([
      expect.objectContaining({ fiscalYear: 2024, row: 2, value: 95.2, unit: "%" }),
    ]);
  });

  it.each([
    ["under a title naming the year", [["2024年度 KPI"]]],
    ["with no year elsewhere (the table is of the year after)", []],
  ])("reads last year's result named by its year (2023年度実績 | 目標 | 実績) %s: the table is 2024's, its 実績 the result", (_, above) => {
    const checked = checkSheet(
      snapshotFromRows("KPI", [
        ...above,
        ["No", "取組項目", "2023年度実績", "目標", "実績"],
        [1, "事故対応満足度", "95.2%", "前年度以上", "96.0%"],
        [2, "研修の開催", "10回", "12回以上", "12回"],
      ]),
      { asOf: "2026-11-29" },
    );
    expect(checked.kpis.map((k) => [k.fiscalYear, k.result, k.status])).toEqual([
      [2024, "96.0%", "met"],
      [2024, "12回", "met"],
    ]);
    expect(checked.findings.filter((f) => f.code === "duplicate-column")).toEqual([]);
    expect(checked.findings.filter((f) => f.code === "baseline-from-previous-year").map((f) => f.params)).toEqual([expect.objectContaining({ fiscalYear: 2023, value: 95.2 })]);
  });

  it("gives no baseline from an empty cell of last year: the target stays unevaluable", () => {
    const checked = check(["No", "KPI", "前年度実績", "目標", "実績"], [1, "事故対応満足度", "", "前年度以上", "96.0%"]);
    expect(checked.kpis[0].status).toBe("unevaluable");
    expect(checked.findings.map((f) => f.code)).toContain("baseline-unknown");
  });
});
