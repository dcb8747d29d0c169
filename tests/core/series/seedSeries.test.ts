/**
 * The seed's four years (2021–2024) as series, on both sheets of the bundled sample: 回答数 91件 → 196件 → 208件,
 * the 2021 No 5 (NPS) continuing as the 2022 No 4 (NSP), and the findings a reviewer would raise across years —
 * each sheet alone, and both as one check (`--all-sheets`), where the website copy holds the same four years.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult } from "../../../src/core/CheckResult";
import { checkSheet } from "../../../src/core/checkSheet";
import { checkWorkbook } from "../../../src/core/checkWorkbook";
import type { KpiSeries } from "../../../src/core/series/KpiSeries";
import { linkSeries } from "../../../src/core/series/linkSeries";
import { previousYearKpi } from "../../../src/core/series/previousYearKpi";
import type { SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";

const SERIES_CODES = new Set(["series-uncertain", "series-kept-apart", "series-unit-changed", "series-new-measure", "target-below-last-result", "result-declined", "kpi-dropped"]);

const results: Record<string, CheckResult> = {};
const sheets: Record<string, SheetSnapshot> = {};
beforeAll(async () => {
  for (const sheet of await readWorkbookBytes(readFileSync(join(__dirname, "../../../assets/sample-kpi.xlsx")), "sample-kpi.xlsx")) {
    sheets[sheet.sheetName] = sheet;
    results[sheet.sheetName] = checkSheet(sheet, { asOf: "2026-11-29" });
  }
});

/** The sheet with the target of one KPI (by fiscal year and No) written anew. */
function withTargetOf(sheet: SheetSnapshot, result: CheckResult, fiscalYear: number, no: number, target: string): SheetSnapshot {
  const cell = result.kpis.find((k) => k.fiscalYear === fiscalYear && k.no === no)!.record.fields.target!;
  const r = cell.row - sheet.origin.row;
  const c = cell.col - sheet.origin.col;
  const replace = <T>(grid: T[][], value: T) => grid.map((line, i) => (i === r ? line.map((v, j) => (j === c ? value : v)) : line));
  return { ...sheet, values: replace(sheet.values, target), texts: replace(sheet.texts, target) };
}

const chain = (s: KpiSeries) =>
  s.points.map((p) => `${p.fiscalYear}#${p.no}${p.match ? `:${p.match.by}${p.match.sure ? "" : "?"}` : ""}`).join(" → ");

describe.each(["KPI", "Webサイト貼付"])("sheet %s", (sheetName) => {
  const result = () => results[sheetName];

  it("joins the seed's KPIs into these series, newest first", () => {
    expect(result().series.map(chain)).toEqual([
      "2024#1", // お客様アンケート点数 (点): a new measure, not 回答数 (件)
      "2022#2 → 2023#2:no-title → 2024#2:no-metric",
      "2024#3", // モバイルSONPO登録数 (件): not 設問Q4.⑥『良い』 (%)
      "2021#3 → 2024#4:metric",
      "2024#5",
      "2024#6",
      "2021#1 → 2022#1:no-title → 2023#1:no-title",
      "2021#4 → 2022#3:metric → 2023#3:no-title",
      "2021#5 → 2022#4:metric? → 2023#4:no-title",
      "2022#5 → 2023#5:no-title",
      "2022#6 → 2023#6:no-title",
      "2021#2",
      "2021#6",
    ]);
  });

  it("shows 回答数 91件 → 196件 → 208件", () => {
    const survey = result().series.find((s) => s.metric === "回答数")!;
    expect(survey.points.map((p) => p.result)).toEqual(["91件", "196件", "208件"]);
    expect(survey.points.map((p) => p.status)).toEqual(["not_met", "not_met", "met"]);
  });

  it("raises the findings across years, each on its KPI's row", () => {
    const kpiAt = (row: number | null) => result().kpis.find((k) => k.row === row)!;
    const found = result()
      .findings.filter((f) => SERIES_CODES.has(f.code))
      .map((f) => `${f.code} ${kpiAt(f.row).fiscalYear}#${kpiAt(f.row).no} ${f.field}`);
    expect(found.sort()).toEqual(
      [
        "series-new-measure 2024#1 target", // 回答数 (件) → お客様アンケート点数 (点): a new series
        "series-new-measure 2024#3 target", // 設問Q4.⑥『良い』 (%) → モバイルSONPO登録数 (件)
        "result-declined 2023#4 result", // 自動車 40.0pt → 38.4pt
        "series-uncertain 2022#4 title", // NPS → NSP
        "kpi-dropped 2021#2 title",
        "kpi-dropped 2021#3 title",
        "kpi-dropped 2021#6 title",
        "kpi-dropped 2023#4 title",
        "kpi-dropped 2023#5 title",
        "kpi-dropped 2023#6 title",
      ].sort(),
    );
  });

  describe("the previous year's KPI of a KPI (the baseline of 前年度実績以上)", () => {
    const links = () => linkSeries(result().kpis, BUILT_IN_SCHEMA);
    const indexOf = (fiscalYear: number, no: number) => result().kpis.findIndex((k) => k.fiscalYear === fiscalYear && k.no === no);
    const previousOf = (fiscalYear: number, no: number) => previousYearKpi(links(), result().kpis, indexOf(fiscalYear, no));

    it("is 2022's 回答数 (196件) for 2023's", () => {
      expect(previousOf(2023, 1)).toMatchObject({ fiscalYear: 2022, no: 1, result: "196件" });
    });

    it("is none for 2022's NSP: it follows 2021's No 5 (NPS), but unsurely", () => {
      const nsp = indexOf(2022, 4);
      expect(result().kpis[links().before[nsp]]).toMatchObject({ fiscalYear: 2021, no: 5 });
      expect(previousOf(2022, 4)).toBeNull();
    });

    it("is none for 2024's No 4: its series' KPI before it is of 2021, not the year before", () => {
      expect(result().kpis[links().before[indexOf(2024, 4)]]).toMatchObject({ fiscalYear: 2021, no: 3 });
      expect(previousOf(2024, 4)).toBeNull();
    });

    it("judges 2023's 回答数 against 2022's 196件 when its target is 前年度実績以上", () => {
      const rewritten = withTargetOf(sheets[sheetName], result(), 2023, 1, "回答数:前年度実績以上");
      const kpi = checkSheet(rewritten, { asOf: "2026-11-29" }).kpis.find((k) => k.fiscalYear === 2023 && k.no === 1)!;
      expect(kpi).toMatchObject({ target: "回答数:前年度実績以上", status: "met" });
      expect(kpi.components[0]).toMatchObject({ target: 196, actual: 208, unit: "件" });
    });
  });
});

describe("both sheets as one check (--all-sheets): the website copy holds the same years", () => {
  const sheetNames = ["KPI", "Webサイト貼付"];
  const workbook = () => checkWorkbook(sheetNames.map((name) => sheets[name]), { asOf: "2026-11-29" })!;
  const seriesFindings = (findings: CheckResult["findings"], sheet?: string) =>
    findings.filter((f) => SERIES_CODES.has(f.code) && (sheet === undefined || f.sheet === sheet)).map((f) => `${f.code}@${f.row}`).sort();

  it.each(sheetNames)("the KPIs of %s continue the series of their own sheet, as on the sheet alone", (sheetName) => {
    const own = workbook().series.filter((s) => s.points[0].sheet === sheetName);
    expect(own.every((s) => s.points.every((p) => p.sheet === sheetName))).toBe(true);
    expect(own.map(chain)).toEqual(results[sheetName].series.map(chain));
  });

  it.each(sheetNames)("raises on %s the findings across years of the sheet alone (no join made unsure by the copy)", (sheetName) => {
    expect(seriesFindings(workbook().findings, sheetName)).toEqual(seriesFindings(results[sheetName].findings));
  });

  it("judges 前年度実績以上 on both sheets against last year on its own sheet", () => {
    const rewritten = sheetNames.map((name) => withTargetOf(sheets[name], results[name], 2023, 1, "回答数:前年度実績以上"));
    const judged = checkWorkbook(rewritten, { asOf: "2026-11-29" })!.kpis.filter((k) => k.fiscalYear === 2023 && k.no === 1);
    expect(judged.map((k) => [k.sheet, k.status, k.components[0].target])).toEqual([
      ["KPI", "met", 196],
      ["Webサイト貼付", "met", 196],
    ]);
  });
});
