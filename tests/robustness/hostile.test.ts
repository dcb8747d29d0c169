/**
 * Hostile and huge workbooks through the command, as users run it (issue 6): each gets its expected outcome — a
 * result within the limits (README "Limits"), or exit 2 with one line on stderr — in bounded time, with the V8 heap
 * capped at 1 GB and the peak memory measured. Small fixtures are committed (tests/fixtures/hostile/, made by
 * scripts/make-hostile-fixtures.ts); the big ones are generated once per run into a temporary directory.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/core/report/Report";
import { main } from "../../src/cli/main";
import { INPUT_ERROR_MESSAGES } from "../../src/i18n/inputErrors";
import type { InputErrorCode } from "../../src/core/InputError";
import { INPUT_LIMITS } from "../../src/xlsx/_lib/inputLimits";
import { HEAP_LIMIT_MB, ensureCliBuilt, runCli, type CliRun } from "./_support/cli";
import { allColumns, fiftyMegabytesOfText, hundredThousandRows, hundredThousandRowsCsv, zipBomb } from "./_support/bigWorkbooks";
import { FAILING_FORMULAS, SHEET_NAMES, SMALL_FIXTURES, VBA_PROJECT, sheetTitle } from "./_support/hostileFixtures";
import { SEED_KPIS } from "./_support/seedRows";
import { readZipParts } from "./_support/zip";

const HOSTILE = join(__dirname, "../fixtures/hostile");
const SEED_JUDGED: { kpis: { fiscalYear: number; no: number; status: string }[] } = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/seed/seed-judged.json"), "utf8"),
);
const AS_OF = ["--as-of", "2026-11-29"];

let dir: string;
const generated: Record<string, string> = {};
const file = (name: string): string => generated[name] ?? join(HOSTILE, name);

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), "kpi-check-hostile-"));
  const big: Record<string, () => Uint8Array> = {
    "zip-bomb.xlsx": zipBomb,
    "100000-rows.xlsx": hundredThousandRows,
    "100000-rows.csv": hundredThousandRowsCsv,
    "16384-columns.xlsx": allColumns,
    "50mb-text.xlsx": fiftyMegabytesOfText,
    "too-large.csv": () => new Uint8Array(INPUT_LIMITS.fileBytes + 1).fill(0x2d),
  };
  for (const [name, build] of Object.entries(big)) writeFileSync((generated[name] = join(dir, name)), build());
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The fixed part of an input error's English message (before its first parameter). */
const messageStart = (code: InputErrorCode): string => INPUT_ERROR_MESSAGES.en[code].split(/[({]/)[0].trim();

/** The run was refused with exit 2 and exactly one line on stderr, nothing on stdout. */
function expectRefusal(run: CliRun, code: InputErrorCode): void {
  expect({ status: run.status, signal: run.signal, stdout: run.stdout }).toEqual({ status: 2, signal: null, stdout: "" });
  expect(run.stderr).toMatch(/^kpi-check: [^\n]+\n$/);
  expect(run.stderr).toContain(messageStart(code));
}

/** The run gave a result (exit 0 or 1) as a JSON report. */
function reportOf(run: CliRun): Report {
  expect({ signal: run.signal, stderr: run.stderr }).toEqual({ signal: null, stderr: "" });
  expect([0, 1]).toContain(run.status);
  return JSON.parse(run.stdout) as Report;
}

const statuses = (report: Report) => report.kpis.map((k) => `${k.fiscalYear}/${k.no}: ${k.status}`);
const seedStatuses = SEED_JUDGED.kpis.map((k) => `${k.fiscalYear}/${k.no}: ${k.status}`);

describe("refused with one line and exit 2, before memory runs out", () => {
  it.each<[string, string, InputErrorCode, number]>([
    ["a zip bomb: a 2 GiB sheet in ~2 MB", "zip-bomb.xlsx", "unpacked-too-large", 300],
    ["a zip bomb that lies about its size in the directory", "lying-zip.xlsx", "corrupt", 300],
    ["100,000 KPI rows in an .xlsx (1.9 million elements; 1.5 GB and 30 s if read)", "100000-rows.xlsx", "too-many-cells", 400],
    ["a merge over the whole grid (17 billion cells for exceljs)", "merge-bomb.xlsx", "too-many-cells", 300],
    ["a defined name over 8 million cells", "defined-name-bomb.xlsx", "too-many-cells", 300],
    ["a stray value in XFD1048576", "far-cell.xlsx", "sheet-too-large", 300],
    ["a file over 100 MB", "too-large.csv", "file-too-large", 400],
    ["an Excel 97-2003 .xls renamed .xlsx", "legacy-renamed.xlsx", "legacy-xls", 300],
  ])("%s", (_, name, code, peakMb) => {
    // peak RSS includes Node and the loaded modules (~150–200 MB); what is refused would take gigabytes
    const run = runCli([file(name), ...AS_OF, "--lang", "en"], 30_000);
    expectRefusal(run, code);
    expect(run.peakMb).toBeLessThan(peakMb);
  });
});

describe("read within the limits", () => {
  it("100,000 KPI rows in a .csv: all judged, within a minute and the 1 GB heap", () => {
    const run = runCli([file("100000-rows.csv"), ...AS_OF, "--json"], 90_000);
    const report = reportOf(run);
    expect(report.summary.kpis).toBe(100_000);
    expect(run.peakMb).toBeLessThan(HEAP_LIMIT_MB + 300);
  }, 120_000);

  it("16,384 columns used: the KPIs are read from the first columns, the rest kept as extra columns", () => {
    const run = runCli([file("16384-columns.xlsx"), ...AS_OF, "--json"], 60_000);
    const report = reportOf(run);
    expect(report.source.range).toBe("A1:XFD7");
    expect(report.kpis.map((k) => k.title)).toEqual(SEED_KPIS.slice(0, 6).map((k) => k.title));
    // the seed's first six KPIs (2024) have no result yet, and these rows are of fiscal years 2000–2005
    expect(new Set(report.kpis.map((k) => k.status))).toEqual(new Set(["missing_result"]));
    expect(run.peakMb).toBeLessThan(800);
  }, 90_000);

  it("50 MB of text: every KPI read, the long descriptions kept", () => {
    const run = runCli([file("50mb-text.xlsx"), ...AS_OF, "--json"], 60_000);
    const report = reportOf(run);
    expect(report.summary.kpis).toBe(520);
    expect(run.peakMb).toBeLessThan(HEAP_LIMIT_MB + 300);
  }, 90_000);

  it("drop-down lists on whole columns (8 million cells exceljs would expand) cost nothing", () => {
    const run = runCli([file("whole-column-validation.xlsx"), ...AS_OF, "--json"]);
    expect(statuses(reportOf(run))).toEqual(["2023/1: met"]);
    expect(run.peakMb).toBeLessThan(300);
  });

  it("a column definition claiming two billion columns costs nothing", () => {
    const run = runCli([file("column-definition-bomb.xlsx"), ...AS_OF, "--json"]);
    expect(statuses(reportOf(run))).toEqual(["2023/1: met"]);
    expect(run.peakMb).toBeLessThan(300);
  });

  it("external links: the cached values are judged (as the seed), the linked files are never opened", () => {
    const run = runCli([file("external-links.xlsx"), ...AS_OF, "--json"]);
    const report = reportOf(run);
    expect(statuses(report)).toEqual(seedStatuses);
    expect(report.kpis.filter((k) => k.fiscalYear === 2023 && k.no === 1).map((k) => k.result)).toEqual(["208件"]);
  });

  it("a macro-enabled .xlsm is read like any workbook", () => {
    expect(statuses(reportOf(runCli([file("macro-enabled.xlsm"), ...AS_OF, "--json"])))).toEqual(seedStatuses);
  });

  it("formulas that failed: each Excel error is a cell-error at its cell; a KPI whose target or result failed is unevaluable", () => {
    const run = runCli([file("failing-formulas.xlsx"), ...AS_OF, "--json"]);
    const report = reportOf(run);
    expect(run.status).toBe(1);
    const errorCells = FAILING_FORMULAS.filter((f) => f.code === "cell-error").map((f) => f.cell);
    expect(report.findings.filter((f) => f.code === "cell-error").map((f) => f.cell).sort()).toEqual([...errorCells].sort());
    const failedFigures = new Set(errorCells.filter((c) => /^[FG]/.test(c)).map((c) => Number(c.slice(1))));
    expect(failedFigures.size).toBeGreaterThan(4);
    expect(report.kpis.filter((k) => failedFigures.has(k.row)).map((k) => k.status)).toEqual([...failedFigures].map(() => "unevaluable"));
    expect(report.kpis.find((k) => k.row === 10)?.status).toBe("missing_result"); // never calculated: no cached result
  });
});

describe("sheet names with every allowed character", () => {
  const sheetNames = () => file("sheet-names.xlsx");

  it.each(SHEET_NAMES.map((name, i) => [name, i] as const))("--sheet %j selects that sheet", async (name, i) => {
    let stdout = "";
    let stderr = "";
    const status = await main([sheetNames(), `--sheet=${name}`, ...AS_OF, "--json"], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), today: () => "2026-11-29" });
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const report = JSON.parse(stdout) as Report;
    expect(report.source.sheet).toBe(name);
    expect(report.kpis.map((k) => k.title)).toEqual([sheetTitle(i)]);
  });

  it.each(["<img src=x onerror=alert(1)>", "📊KPI✅ 絵文字", "e\u0301\u0316 combining"])("%j passes intact through a real command line", (name) => {
    const report = reportOf(runCli([sheetNames(), "--sheet", name, ...AS_OF, "--json"]));
    expect(report.source.sheet).toBe(name);
    expect(report.kpis.map((k) => k.title)).toEqual([sheetTitle(SHEET_NAMES.indexOf(name))]);
  });

  it("an unknown sheet name is one line and exit 2, naming the sheets there are", () => {
    const run = runCli([sheetNames(), "--sheet", "KPl", ...AS_OF]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kpi-check: [^\n]+\n$/);
    expect(run.stderr).toContain(SHEET_NAMES[3]);
  });
});

describe("--out never drops what exceljs cannot carry over", () => {
  const out = () => join(dir, `out-${Math.random().toString(36).slice(2)}`);

  it("a macro-enabled .xlsm keeps its VBA project byte for byte, or --out refuses in one line and writes nothing", () => {
    const target = `${out()}.xlsx`; // --out writes .xlsx only (cli-and-report.md)
    const run = runCli([file("macro-enabled.xlsm"), "--out", target, ...AS_OF]);
    if (run.status === 2) {
      expect(run.stderr).toMatch(/^kpi-check: [^\n]*vbaProject\.bin[^\n]*\n$/);
      expect(existsSync(target)).toBe(false);
    } else {
      expect(readZipParts(readFileSync(target)).get("xl/vbaProject.bin")).toEqual(VBA_PROJECT);
    }
  });

  it("external links are kept, or --out refuses in one line and writes nothing", () => {
    const target = `${out()}.xlsx`;
    const run = runCli([file("external-links.xlsx"), "--out", target, ...AS_OF]);
    if (run.status === 2) {
      expect(run.stderr).toMatch(/^kpi-check: [^\n]*externalLink1\.xml[^\n]*\n$/);
      expect(existsSync(target)).toBe(false);
    } else {
      const parts = readZipParts(readFileSync(target));
      expect([...parts.keys()].filter((p) => p.startsWith("xl/externalLinks/")).sort()).toEqual(
        [...readZipParts(readFileSync(file("external-links.xlsx"))).keys()].filter((p) => p.startsWith("xl/externalLinks/")).sort(),
      );
    }
  });

  it("drop-down lists on whole columns (8 million cells exceljs would expand) are kept as they were, within the 1 GB heap", () => {
    const target = `${out()}.xlsx`;
    const run = runCli([file("whole-column-validation.xlsx"), "--out", target, ...AS_OF], 60_000);
    expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
    const validations = (parts: Map<string, Uint8Array>, path: string) =>
      /<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(new TextDecoder().decode(parts.get(path)))?.[0];
    const lists = validations(readZipParts(readFileSync(file("whole-column-validation.xlsx"))), "xl/worksheets/sheet1.xml");
    expect(lists).toContain('sqref="H1:H1048576"');
    const written = readZipParts(readFileSync(target));
    // the KPI sheet is the first in both; the add-in's sheets that follow (開示用, 指摘一覧) have no validations
    expect(validations(written, "xl/worksheets/sheet1.xml")).toBe(lists);
    const added = [...written.keys()].filter((p) => /^xl\/worksheets\/sheet[2-9]\.xml$/.test(p));
    expect(added.map((p) => validations(written, p))).toEqual([undefined, undefined]);
    expect(run.peakMb).toBeLessThan(300);
  });

  it("a column definition claiming two billion columns (an object per column for exceljs) is cut at the last column, XFD", () => {
    const target = `${out()}.xlsx`;
    const run = runCli([file("column-definition-bomb.xlsx"), "--out", target, ...AS_OF]);
    expect({ status: run.status, signal: run.signal, stderr: run.stderr }).toEqual({ status: 0, signal: null, stderr: "" });
    const kpi = new TextDecoder().decode(readZipParts(readFileSync(target)).get("xl/worksheets/sheet1.xml"));
    // the user's width on every column but the status column (I), which has the add-in's
    expect(/<cols>[\s\S]*?<\/cols>/.exec(kpi)?.[0]).toBe(
      '<cols><col min="1" max="8" width="12" customWidth="1"/><col min="9" max="9" width="15" customWidth="1"/><col min="10" max="16384" width="12" customWidth="1"/></cols>',
    );
    expect(run.peakMb).toBeLessThan(300);
  });
});

describe("the committed fixtures", () => {
  it.each(Object.keys(SMALL_FIXTURES))("%s is what scripts/make-hostile-fixtures.ts writes", async (name) => {
    expect(Buffer.from(await SMALL_FIXTURES[name]()).equals(readFileSync(join(HOSTILE, name)))).toBe(true);
  });
});
