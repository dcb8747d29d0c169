import type { CheckResult } from "../../../src/core/CheckResult";
import { finding } from "../../../src/core/Finding";
import { renderFinding } from "../../../src/i18n/renderFinding";
import { buildFindingsSheet } from "../../../src/core/writeback/buildFindingsSheet";
import type { ExistingWorkbook } from "../../../src/core/writeback/WriteOptions";
import { rowTexts } from "./_support/rowTexts";
import { judged } from "./_support/seedJudged";
import { writebackLabels } from "../../../src/i18n/writeback";

const kpis = [
  judged(26, { fiscalYear: "2021年度", no: 5, title: "NPS", target: "60pt", result: "37.5pt" }, "not_met"),
  judged(27, { fiscalYear: "2021年度", no: 6, title: "窓口割合", target: "自動車:85.0% 火新種:70.0%", result: "自動車:80.6% 火新:72.8%" }, "partial"),
];
const findings = [
  finding("label-mismatch", { row: 27, field: "result", cell: "G27" }, { target: "火新種", result: "火新" }),
  finding("notation-variant", {}, { variants: ["お客様", "お客さま"], counts: ["3", "1"] }),
  finding("result-missing", { row: 26, field: "result", cell: "G26" }, { fiscalYear: 2021 }),
];
const result: CheckResult = {
  sheetName: "KPI シート", layout: "table", range: "A1:H27", kpis, series: [], findings, asOf: "2026-11-29", fiscalYearStartMonth: 4,
};
const none: ExistingWorkbook = { sheetNames: ["KPI シート"], definedNames: {} };

describe("buildFindingsSheet: one row per finding, filterable", () => {
  it.each([
    { lang: "ja", header: ["重要度", "内容", "年度", "No", "取組項目", "シート", "セル", "コード"], name: "指摘一覧", warning: "警告" },
    { lang: "en", header: ["Severity", "Message", "Fiscal year", "No", "Initiative", "Sheet", "Cell", "Code"], name: "Findings", warning: "Warning" },
  ] as const)("in $lang ($name): headers, then severity, message, fiscal year, No, 取組項目, sheet, cell, and the code last", ({ lang, header, name, warning }) => {
    const sheet = buildFindingsSheet(result, { labels: writebackLabels(lang), existing: none });
    const rows = rowTexts(sheet);
    expect(sheet.name).toBe(name);
    expect(rows[0]).toEqual(header);
    expect(rows[1]).toEqual([warning, renderFinding(findings[2], lang), "2021", "5", "NPS", "KPI シート", "G26", "result-missing"]);
    expect(rows).toHaveLength(1 + findings.length);
  });

  it("sorts by severity, then fiscal year (newest first) and No; finds a finding's KPI by its cell, else its row", () => {
    const rows = rowTexts(buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: none }));
    expect(rows.slice(1).map((r) => [r[0], r.at(-1)])).toEqual([
      ["警告", "result-missing"], // 2021 No 5
      ["警告", "label-mismatch"], // 2021 No 6
      ["情報", "notation-variant"], // table-wide: no year, no KPI
    ]);
    expect(rows[2].slice(2, 5)).toEqual(["2021", "6", "窓口割合"]);
    expect(rows[3]).toEqual(["情報", renderFinding(findings[1], "ja"), "KPI シート", "notation-variant"]);
  });

  it("puts errors first, then warnings, then info", () => {
    const many = (["info", "error", "warning"] as const).map((severity, i) => ({ ...finding("result-missing", { row: 26, field: "result", cell: `G${26 + i}` }, { fiscalYear: 2021 }), severity }) as typeof findings[number]);
    const rows = rowTexts(buildFindingsSheet({ ...result, findings: many }, { labels: writebackLabels("en"), existing: none }));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Error", "Warning", "Info"]);
  });

  it("never shows a raw code before the last column", () => {
    const rows = rowTexts(buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: none }));
    for (const r of rows.slice(1)) expect(r.slice(0, -1).some((t) => /^[a-z]+(-[a-z]+)+$/.test(t))).toBe(false);
  });

  it("links each cell to the finding's cell on the KPI sheet", () => {
    const link = buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: none }).cells.find((c) => c.value === "G27");
    expect(link?.hyperlink).toBe("#'KPI シート'!G27");
  });

  it("is an Excel Table over the header and the findings, header frozen", () => {
    const sheet = buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: none });
    expect(sheet.table).toMatchObject({ name: "KpiCheckFindings", top: 1, left: 1, bottom: 4, right: 8 });
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
  });

  it("has one empty row when there are no findings (a Table needs a data row)", () => {
    const sheet = buildFindingsSheet({ ...result, findings: [] }, { labels: writebackLabels("ja"), existing: none });
    expect(sheet.table).toMatchObject({ top: 1, bottom: 2 });
    expect(rowTexts(sheet)).toHaveLength(1);
  });

  it.each([
    { rule: "a table of that name elsewhere", tables: [{ name: "KpiCheckFindings", sheet: "KPI シート" }], names: {}, table: "KpiCheckFindings2" },
    { rule: "its own table on the sheet it replaces", tables: [{ name: "KpiCheckFindings", sheet: "検証結果" }], names: { KpiCheck_Findings: "'検証結果'!$A$1" }, table: "KpiCheckFindings" },
  ])("names its table uniquely beside $rule: $table", ({ tables, names, table }) => {
    const sheet = buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: { sheetNames: ["KPI シート", "検証結果"], definedNames: names as Record<string, string>, tables } });
    expect(sheet.table?.name).toBe(table);
  });

  it("never takes a user sheet's name", () => {
    const sheet = buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: { sheetNames: ["KPI シート", "指摘一覧"], definedNames: {} } });
    expect(sheet).toMatchObject({ name: "指摘一覧 (2)", ownerName: "KpiCheck_Findings" });
    expect(sheet.replaces).toBeUndefined();
  });

  it("recognises the 検証結果 sheet an earlier version wrote (by its defined name) and replaces it as 指摘一覧", () => {
    const existing = { sheetNames: ["KPI シート", "検証結果"], definedNames: { KpiCheck_Findings: "'検証結果'!$A$1" } };
    expect(buildFindingsSheet(result, { labels: writebackLabels("ja"), existing })).toMatchObject({ name: "指摘一覧", replaces: "検証結果" });
  });

  it("leaves a user's own sheet named 検証結果 alone", () => {
    const existing = { sheetNames: ["KPI シート", "検証結果"], definedNames: {} };
    expect(buildFindingsSheet(result, { labels: writebackLabels("ja"), existing }).replaces).toBeUndefined();
  });
});
