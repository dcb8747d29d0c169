/**
 * The seed, judged (kpi-rules.md §5): all 24 KPIs of the real agency page, on both sheets of the bundled sample,
 * through the file adapter — and the same figures from the command line.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet } from "../src/core/checkSheet";
import type { CheckResult } from "../src/core/CheckResult";
import { cellAddress } from "../src/core/cellAddress";
import type { SheetSnapshot } from "../src/core/SheetSnapshot";
import { readWorkbookBytes } from "../src/xlsx/readWorkbookBytes";
import seed from "./fixtures/seed/seed-judged.json";

const SAMPLE = join(__dirname, "../assets/sample-kpi.xlsx");
const BASE_CODES = new Set(["implied-comparator"]);
/** Findings across years are specified with the series (tests/core/series/seedSeries.test.ts). */
const SERIES_CODES = new Set(["series-uncertain", "series-kept-apart", "series-unit-changed", "series-new-measure", "target-below-last-result", "result-declined", "kpi-dropped"]);

const results: Record<string, CheckResult> = {};
const sheets: Record<string, SheetSnapshot> = {};
beforeAll(async () => {
  for (const sheet of await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx")) {
    sheets[sheet.sheetName] = sheet;
    results[sheet.sheetName] = checkSheet(sheet, { asOf: seed.asOf });
  }
});

describe.each([
  ["KPI", "table"],
  ["Webサイト貼付", "blocks"],
])("sheet %s (%s layout)", (sheetName, layout) => {
  const result = () => results[sheetName];

  it("is read in its layout with all 24 KPIs in sheet order", () => {
    expect(result().layout).toBe(layout);
    expect(result().kpis.map((k) => [k.fiscalYear, k.no])).toEqual(seed.kpis.map((k) => [k.fiscalYear, k.no]));
  });

  it.each(seed.kpis)("FY$fiscalYear No $no is $status with $findings", ({ fiscalYear, no, status, findings }) => {
    const kpi = result().kpis.find((k) => k.fiscalYear === fiscalYear && k.no === no)!;
    expect(kpi.status).toBe(status);
    const codes = result()
      .findings.filter((f) => f.row === kpi.row && !BASE_CODES.has(f.code) && !SERIES_CODES.has(f.code) && f.code !== "notation-variant")
      .map((f) => f.code);
    expect(codes.sort()).toEqual([...findings].sort());
  });

  it("finds the notation variants お客様/お客さま", () => {
    const variants = result().findings.filter((f) => f.code === "notation-variant").map((f) => f.params.variants);
    for (const t of seed.tableFindings) expect(variants).toContainEqual(t.variants);
  });

  it("warns of the seed's NSP on every cell that holds it, suggesting NPS — and not as a notation variant of the NPS cell", () => {
    const sheet = sheets[sheetName];
    const holding = sheet.texts.flatMap((row, r) =>
      row.flatMap((text, c) => (/(?<![A-Z])NSP(?![A-Z])/.test(text) ? [cellAddress(sheet.origin.row + r, sheet.origin.col + c)] : [])),
    );
    expect(holding).toHaveLength(4);
    const misspelt = result().findings.filter((f) => f.code === "term-misspelling");
    expect(misspelt.map((f) => f.cell).sort()).toEqual(holding.sort());
    for (const f of misspelt) expect(f).toMatchObject({ severity: "warning", params: { text: seed.misspellings.text, suggestion: seed.misspellings.suggestion } });
    const variants = result().findings.filter((f) => f.code === "notation-variant").map((f) => f.params.variants);
    expect(variants.flat()).not.toContain("NSP");
  });

  it("has no error findings", () => {
    expect(result().findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("npx kpi-check assets/sample-kpi.xlsx --json --as-of 2026-11-29", () => {
  let report: {
    source: { sheet: string; layout: string };
    summary: { kpis: number; byStatus: Record<string, number> };
    kpis: { fiscalYear: number; no: number; status: string }[];
  };
  beforeAll(() => {
    const out = execFileSync("npx", ["kpi-check", SAMPLE, "--json", "--as-of", seed.asOf], {
      cwd: join(__dirname, ".."),
      encoding: "utf8",
    });
    report = JSON.parse(out);
  }, 60_000);

  it("reads the first sheet with a KPI table", () => {
    expect(report.source).toMatchObject({ sheet: "KPI", layout: "table" });
  });

  it("gives the same statuses as the engine", () => {
    expect(report.kpis.map((k) => [k.fiscalYear, k.no, k.status])).toEqual(
      seed.kpis.map((k) => [k.fiscalYear, k.no, k.status]),
    );
  });

  it("counts the statuses of §5", () => {
    const expected: Record<string, number> = { met: 0, partial: 0, not_met: 0, pending: 0, missing_result: 0, no_target: 0, unevaluable: 0 };
    for (const k of seed.kpis) expected[k.status]++;
    expect(report.summary).toMatchObject({ kpis: 24, byStatus: expected });
  });
});
