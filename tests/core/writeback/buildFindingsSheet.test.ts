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
  sheetName: "KPI シート", layout: "table", range: "A1:H27", kpis, findings, asOf: "2026-11-29", fiscalYearStartMonth: 4,
};
const none: ExistingWorkbook = { sheetNames: ["KPI シート"], definedNames: {} };

describe("buildFindingsSheet: one row per finding, filterable", () => {
  it.each([
    { lang: "ja", header: ["重要度", "コード", "内容", "シート", "セル", "年度", "No"], name: "検証結果", warning: "警告" },
    { lang: "en", header: ["Severity", "Code", "Message", "Sheet", "Cell", "Fiscal year", "No"], name: "Check results", warning: "Warning" },
  ] as const)("in $lang: headers, then severity, code, message, sheet, cell, fiscal year, No", ({ lang, header, name, warning }) => {
    const sheet = buildFindingsSheet(result, { labels: writebackLabels(lang), existing: none });
    const rows = rowTexts(sheet);
    expect(sheet.name).toBe(name);
    expect(rows[0]).toEqual(header);
    expect(rows[1]).toEqual([warning, "label-mismatch", renderFinding(findings[0], lang), "KPI シート", "G27", "2021", "6"]);
    expect(rows).toHaveLength(1 + findings.length);
  });

  it("finds the KPI of a finding by its cell, else by its row; a table-wide finding has none", () => {
    const rows = rowTexts(buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: none }));
    expect(rows[2]).toEqual(["情報", "notation-variant", renderFinding(findings[1], "ja"), "KPI シート"]);
    expect(rows[3].slice(-3)).toEqual(["G26", "2021", "5"]);
  });

  it("links each cell to the finding's cell on the KPI sheet", () => {
    const link = buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: none }).cells.find((c) => c.value === "G27");
    expect(link?.hyperlink).toBe("#'KPI シート'!G27");
  });

  it("is an Excel Table over the header and the findings, header frozen", () => {
    const sheet = buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: none });
    expect(sheet.table).toMatchObject({ name: "KpiCheckFindings", top: 1, left: 1, bottom: 4, right: 7 });
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
    const sheet = buildFindingsSheet(result, { labels: writebackLabels("ja"), existing: { sheetNames: ["KPI シート", "検証結果"], definedNames: {} } });
    expect(sheet).toMatchObject({ name: "検証結果 (2)", ownerName: "KpiCheck_Findings" });
    expect(sheet.replaces).toBeUndefined();
  });
});
