/**
 * The 推移 / Trend sheet on the seed's four years (assets/sample-kpi.xlsx): per KPI over the years a block of
 * year rows (figures as numbers shown with their unit, the status column's marks and colours), native line
 * charts planned beside each block where the adapter can draw them, A4 pages that never split a block, and
 * ownership like 開示用.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult } from "../../../src/core/CheckResult";
import { checkSheet } from "../../../src/core/checkSheet";
import { buildTrendSheet, unitFormat } from "../../../src/core/writeback/buildTrendSheet";
import { buildWorkbookPatch } from "../../../src/core/writeback/buildWorkbookPatch";
import { STATUS_STYLES } from "../../../src/core/writeback/statusStyle";
import type { ExistingWorkbook } from "../../../src/core/writeback/WriteOptions";
import type { CellWrite, SheetWrite } from "../../../src/core/WorkbookPatch";
import { writebackLabels } from "../../../src/i18n/writeback";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";
import { rowTexts } from "./_support/rowTexts";

let result: CheckResult;
beforeAll(async () => {
  const sheets = await readWorkbookBytes(readFileSync(join(__dirname, "../../../assets/sample-kpi.xlsx")), "sample-kpi.xlsx");
  result = checkSheet(sheets.find((s) => s.sheetName === "KPI")!, { asOf: "2026-11-29" });
});

const none: ExistingWorkbook = { sheetNames: ["KPI"], definedNames: {} };
const ja = writebackLabels("ja");
const at = (sheet: SheetWrite, row: number, col: number): CellWrite | undefined => sheet.cells.find((c) => c.row === row && c.col === col);
const rowOf = (sheet: SheetWrite, text: string): number => sheet.cells.find((c) => c.value === text)!.row;

describe("buildTrendSheet: each KPI over the years", () => {
  it.each([
    { lang: "ja", name: "推移", heading: "KPIの推移", headers: ["年度", "目標", "結果", "達成状況", "目標（記載）", "結果（記載）"], year: "2023年度", met: "◯ 達成" },
    { lang: "en", name: "Trend", heading: "KPI trends", headers: ["Fiscal year", "Target", "Result", "Status", "Target (as written)", "Result (as written)"], year: "FY2023", met: "◯ Met" },
  ] as const)("in $lang: named $name, a heading, and per KPI its name, the headers and one row per year", ({ lang, name, heading, headers, year, met }) => {
    const sheet = buildTrendSheet(result.series, { labels: writebackLabels(lang), existing: none });
    const rows = rowTexts(sheet);
    expect(sheet.name).toBe(name);
    expect(rows[0][0]).toBe(heading);
    expect(rows).toContainEqual(headers);
    // the seed's 回答数 91件 → 196件 → 208件
    expect(rows).toContainEqual([year, "200", "208", met, "回答数:200件", "208件"]);
  });

  it.each([
    ["2021年度", 120, 91, "not_met", "回答数:120件", "91件"],
    ["2022年度", 200, 196, "not_met", "回答数:200件", "196件"],
    ["2023年度", 200, 208, "met", "回答数:200件", "208件"],
  ] as const)("the seed's No 1 in %s: target %d and result %d as numbers with the unit in their format, %s coloured as the status column", (year, target, actual, status, targetText, resultText) => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none });
    const row = sheet.cells.find((c) => c.value === year && at(sheet, c.row, 5)?.value === targetText)!.row;
    expect([at(sheet, row, 2)?.value, at(sheet, row, 3)?.value]).toEqual([target, actual]);
    expect(at(sheet, row, 2)?.format?.numberFormat).toBe('#,##0"件"');
    expect(at(sheet, row, 4)?.value).toBe(ja.status[status]);
    expect(at(sheet, row, 4)?.format?.fill).toBe(STATUS_STYLES[status].fill);
    expect(at(sheet, row, 4)?.format?.font?.color).toBe(STATUS_STYLES[status].color);
    expect(at(sheet, row, 6)?.value).toBe(resultText);
  });

  it("shows only KPIs of two or more years, the latest first", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none });
    const titles = sheet.cells.filter((c) => c.col === 1 && c.format?.fill === "#DDEBF7").map((c) => String(c.value));
    expect(titles).toHaveLength(result.series.filter((s) => s.points.length >= 2).length);
    expect(titles.join("\n")).not.toMatch(/苦情/); // a 2024-only KPI of the seed
  });

  it.each([
    [120, "件", '#,##0"件"'],
    [32.3, "%", '#,##0.0"%"'],
    [4.25, "点", '#,##0.00"点"'],
    [1 / 3, "倍", '#,##0.000"倍"'],
    [37.5, "", "#,##0.0"],
    [5, 'a"b', '#,##0"ab"'],
  ])("unitFormat(%d, %j) is %j: the cell stays a number, shown with its unit", (value, unit, format) => {
    expect(unitFormat(value, unit)).toBe(format);
  });
});

describe("charts: native line charts beside each block, planned only where the adapter draws them", () => {
  it("one chart per KPI whose figures share a unit: the block's years × 目標, 結果 as data, beside the block", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none });
    const charts = sheet.charts ?? [];
    expect(charts.length).toBeGreaterThan(0);
    expect(new Set(charts.map((c) => c.name)).size).toBe(charts.length);
    for (const c of charts) {
      expect(at(sheet, c.source.top, 1)?.value).toBe("年度");
      expect([at(sheet, c.source.top, 2)?.value, at(sheet, c.source.top, 3)?.value]).toEqual(["目標", "結果"]);
      expect([c.source.left, c.source.right]).toEqual([1, 3]);
      expect(c.at.left).toBeGreaterThan(6); // right of the table's six columns
      expect(c.at.top).toBe(c.source.top - 1); // level with the KPI's name
      expect(c.series).toHaveLength(2);
      expect(c.series[1].points).toHaveLength(c.source.bottom - c.source.top);
    }
    expect(sheet.print?.orientation).toBe("landscape");
  });

  it("results marked by status (● met, × not met, a grey dot otherwise) and targets as a dashed line; the unit titles the value axis", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none });
    const row = rowOf(sheet, "対面募集率:40.0%"); // 2022 32.3 % not met, 2023 60.0 % not met, 2024 結果未入力
    const chart = sheet.charts!.find((c) => c.source.top < row && c.source.bottom >= row)!;
    expect(chart.title).toBe("お客様への最適提案（対面募集率）");
    expect(chart.valueAxisTitle).toBe("%");
    expect(chart.series[0]).toMatchObject({ line: "dash" });
    expect(chart.series[1]).toMatchObject({ line: "none" });
    expect(chart.series[1].points).toEqual([
      { marker: "x", color: STATUS_STYLES.not_met.color },
      { marker: "x", color: STATUS_STYLES.not_met.color },
      { marker: "circle", color: "#595959" },
    ]);
    const met = sheet.charts!.flatMap((c) => c.series[1].points ?? []).find((p) => p?.marker === "circle" && p.color === STATUS_STYLES.met.color);
    expect(met).toBeDefined(); // 早期更改率 2021: 82 % met
  });

  it("the seed's 回答数 91件 → 196件 → 208件 gets its chart: 2024's アンケート点数 (点) is a series of its own", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none });
    const row = rowOf(sheet, "回答数:120件");
    const chart = sheet.charts!.find((c) => c.source.top < row && c.source.bottom >= row)!;
    expect(chart.source.bottom - chart.source.top).toBe(3); // 2021–2023
    expect(chart.valueAxisTitle).toBe("件");
    expect(chart.series[1].points).toEqual([
      { marker: "x", color: STATUS_STYLES.not_met.color },
      { marker: "x", color: STATUS_STYLES.not_met.color },
      { marker: "circle", color: STATUS_STYLES.met.color },
    ]);
  });

  it("no chart for a KPI whose figures change unit, nor for one without figures: they share no axis", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none });
    const row = rowOf(sheet, "人事評価制度の導入、研修・教育体制の設備");
    expect(sheet.charts!.some((c) => c.source.top === row + 1)).toBe(false);
  });

  it("without charts (the exceljs writer): none planned, the cells alone in portrait, the print area the six columns", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none, trendCharts: false });
    expect(sheet.charts).toBeUndefined();
    expect(sheet.print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToWidth: true });
    expect(sheet.print?.area).toMatch(/^A1:F\d+$/);
  });
});

describe("print: A4, a page break only before a KPI's block", () => {
  it.each([true, false])("with charts %s, many KPIs: every break starts a block, none inside one", (trendCharts) => {
    const many = Array.from({ length: 6 }, () => result.series).flat();
    const sheet = buildTrendSheet(many, { labels: ja, existing: none, trendCharts });
    const tops = new Set(sheet.cells.filter((c) => c.col === 1 && c.format?.fill === "#DDEBF7").map((c) => c.row));
    expect(sheet.pageBreaks!.length).toBeGreaterThan(0);
    for (const b of sheet.pageBreaks!) expect(tops.has(b)).toBe(true);
    expect(sheet.print).toMatchObject({ paperSize: "A4", pageNumbers: true, header: "推移" });
  });
});

describe("ownership: like 開示用, the add-in's own sheet", () => {
  it("is marked by the defined name KpiCheck_Trend on its A1", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: none });
    expect([sheet.ownerName, sheet.ownerRef, sheet.replaces]).toEqual(["KpiCheck_Trend", "'推移'!$A$1", undefined]);
  });

  it("replaces the sheet it wrote before, even renamed by the user", () => {
    const existing = { sheetNames: ["KPI", "推移の表"], definedNames: { KpiCheck_Trend: "'推移の表'!$A$1" } };
    const sheet = buildTrendSheet(result.series, { labels: ja, existing });
    expect([sheet.name, sheet.replaces]).toEqual(["推移", "推移の表"]);
  });

  it("never takes the name of a user's sheet", () => {
    const sheet = buildTrendSheet(result.series, { labels: ja, existing: { sheetNames: ["KPI", "推移"], definedNames: {} } });
    expect(sheet.name).toBe("推移 (2)");
    expect(sheet.replaces).toBeUndefined();
  });

  it.each([
    [undefined, false],
    [false, false],
    [true, true],
  ])("buildWorkbookPatch with trendSheet %s writes the sheet: %s (off by default)", (trendSheet, written) => {
    const patch = buildWorkbookPatch(result, { labels: ja, existing: none, ...(trendSheet === undefined ? {} : { trendSheet }) });
    expect(patch.sheets.some((s) => s.ownerName === "KpiCheck_Trend")).toBe(written);
  });
});
