import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet } from "../../src/core/checkSheet";
import { checkWorkbook } from "../../src/core/checkWorkbook";
import type { Finding } from "../../src/core/Finding";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { renderFinding } from "../../src/i18n/renderFinding";

/**
 * One sheet per year (tests/fixtures/i18n/year-sheets.tsv: a sheet name, then its rows): the findings that compare with
 * last year's figure name where it is when it is on another sheet — 「シート「2023年度」の3行目」, "row 3 of sheet "2023年度"".
 */
function yearSheets(file = "year-sheets.tsv") {
  const lines = readFileSync(join(__dirname, "..", "fixtures", "i18n", file), "utf8").split("\n").filter((l) => l.trim() !== "");
  const sheets = new Map<string, string[][]>();
  for (const line of lines) {
    const [sheet, ...cells] = line.split("\t");
    sheets.set(sheet, [...(sheets.get(sheet) ?? []), cells]);
  }
  return [...sheets].map(([name, rows]) => snapshotFromRows(name, rows));
}

const OPTIONS = { asOf: "2026-11-29" };
const CODES = ["baseline-from-previous-year", "target-below-last-result", "result-declined"] as const;

describe("a finding whose baseline is last year's figure on another sheet names that sheet and row", () => {
  const result = checkWorkbook(yearSheets(), OPTIONS)!;
  const about = (code: string) => result.findings.filter((f) => f.code === code);

  it.each(CODES)("%s is raised on the 2024年度 sheet with the place of 2023's figure", (code) => {
    const [f] = about(code);
    expect(f).toBeDefined();
    expect(f.sheet).toBe("2024年度");
    expect((f.params as { previousAt?: unknown }).previousAt).toEqual({ sheet: "2023年度", row: expect.any(Number) as number, cell: expect.stringMatching(/^[A-Z]+\d+$/) as string });
  });

  it.each(CODES)("%s says 「シート「2023年度」の…行目」 in Japanese and names the sheet in English", (code) => {
    const f = about(code)[0] as Finding;
    const { row } = (f.params as { previousAt: { row: number } }).previousAt;
    expect(renderFinding(f, "ja")).toContain(`シート「2023年度」の${row}行目`);
    expect(renderFinding(f, "en")).toContain(`row ${row} of sheet "2023年度"`);
  });

  it("a cross-year finding on one sheet holding both years names no sheet, as before", () => {
    const [y2023, y2024] = yearSheets();
    const rows = (s: typeof y2023, year: string) => s.values.slice(1).map((r) => [year, ...r.map((v) => String(v ?? ""))]);
    const one = snapshotFromRows("KPI", [["年度", ...y2023.values[0].map((v) => String(v ?? ""))], ...rows(y2023, "2023年度"), ...rows(y2024, "2024年度")]);
    const findings = checkSheet(one, OPTIONS).findings.filter((f) => (CODES as readonly string[]).includes(f.code));
    expect(findings.map((f) => f.code).sort()).toEqual([...CODES].sort());
    for (const f of findings) {
      expect(f.params).not.toHaveProperty("previousAt");
      expect(renderFinding(f, "ja")).not.toContain("シート");
      expect(renderFinding(f, "en")).not.toContain("of sheet");
    }
    expect(renderFinding(findings.find((f) => f.code === "baseline-from-previous-year")!, "ja")).toMatch(/（\d+行目：/);
  });
});

/**
 * tests/fixtures/i18n/year-sheets-series.tsv: a KPI measuring something else under last year's No and title, a near
 * miss kept apart, a unit changed (時間 → 分), a join by a transposed acronym (NPS / NSP) — last year on its own sheet.
 */
describe("a series finding whose last year is on another sheet names that sheet and row after last year's KPI", () => {
  const result = checkWorkbook(yearSheets("year-sheets-series.tsv"), OPTIONS)!;
  const SERIES = [
    // code, the cell of last year's KPI the finding points to (its target where the measure is read, else its title)
    ["series-new-measure", "target"],
    ["series-kept-apart", "title"],
    ["series-unit-changed", "target"],
    ["series-uncertain", "title"],
  ] as const;
  const last = yearSheets("year-sheets-series.tsv")[0];
  const header = last.values[0].map((v) => String(v ?? ""));
  const column = { title: header.indexOf("取組項目"), target: header.indexOf("目標") };

  it.each(SERIES)("%s is on the 2024年度 sheet and points to last year's %s cell on 2023年度", (code, field) => {
    const f = result.findings.find((x) => x.code === code);
    expect(f?.sheet).toBe("2024年度");
    const at = (f!.params as { previousAt?: { sheet: string; row: number; cell: string } }).previousAt;
    expect(at?.sheet).toBe("2023年度");
    expect(at?.cell).toBe(`${String.fromCharCode(65 + column[field])}${at!.row}`);
    expect(String(last.values[at!.row - 1][column.title])).toBe((f!.params as { previousTitle: string }).previousTitle);
  });

  it.each(SERIES)("%s says 「（シート「2023年度」の…行目）」 after last year's KPI, and names the sheet in English", (code) => {
    const f = result.findings.find((x) => x.code === code)!;
    const { row } = (f.params as { previousAt: { row: number } }).previousAt;
    expect(renderFinding(f, "ja")).toMatch(new RegExp(`2023年度(のNo \\d+「[^」]+」)?（シート「2023年度」の${row}行目）`));
    expect(renderFinding(f, "en")).toContain(`FY2023 (row ${row} of sheet "2023年度")`);
  });

  it("the same years on one sheet name no sheet, as before", () => {
    const sheets = yearSheets("year-sheets-series.tsv");
    const rows = (s: (typeof sheets)[number], year: string) => s.values.slice(1).map((r) => [year, ...r.map((v) => String(v ?? ""))]);
    const one = snapshotFromRows("KPI", [["年度", ...header], ...rows(sheets[0], "2023年度"), ...rows(sheets[1], "2024年度")]);
    const findings = checkSheet(one, OPTIONS).findings.filter((f) => SERIES.some(([code]) => code === f.code));
    expect(findings.map((f) => f.code).sort()).toEqual(SERIES.map(([code]) => code).sort());
    for (const f of findings) {
      expect(f.params).not.toHaveProperty("previousAt");
      expect(renderFinding(f, "ja")).not.toContain("シート");
      expect(renderFinding(f, "en")).not.toContain("of sheet");
    }
  });
});
