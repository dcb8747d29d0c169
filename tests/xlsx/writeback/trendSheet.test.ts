/**
 * The 推移 sheet in `--out` (exceljs): written without charts, and the charts Excel drew on the add-in's own 推移
 * sheet never refuse the workbook — they go with the sheet, which is written anew — while a chart on a user's
 * sheet still does. The charts are real chart parts (`withLineChart`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CheckResult } from "../../../src/core/CheckResult";
import { checkSheet } from "../../../src/core/checkSheet";
import { writebackLabels } from "../../../src/i18n/writeback";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";
import { WorkbookWriteError, writeCheckedWorkbook, type WriteNote } from "../../../src/xlsx/writeCheckedWorkbook";
import { convert, CSV_ALL_SHEETS, hasLibreOffice } from "../../../scripts/libreoffice";
import { withLineChart } from "./_support/withLineChart";

jest.setTimeout(60_000);

const OPTIONS = { labels: writebackLabels("ja"), findingsSheet: true } as const;
let sample: Uint8Array;
let result: CheckResult;
beforeAll(async () => {
  sample = readFileSync(join(__dirname, "../../../assets/sample-kpi.xlsx"));
  const sheets = await readWorkbookBytes(sample, "sample-kpi.xlsx");
  result = checkSheet(sheets.find((s) => s.sheetName === "KPI")!, { asOf: "2026-11-29" });
});

async function write(bytes: Uint8Array, options: Partial<Parameters<typeof writeCheckedWorkbook>[2]> = {}) {
  const notes: WriteNote[] = [];
  const out = await writeCheckedWorkbook(bytes, result, { ...OPTIONS, ...options }, (n) => notes.push(n));
  return { out, notes };
}

const charts = async (bytes: Uint8Array) => Object.keys((await JSZip.loadAsync(bytes)).files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
async function sheet(bytes: Uint8Array, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet(name);
}

/** The sample written once with its 推移 sheet, then a chart drawn on that sheet, as the add-in in Excel does. */
async function withOwnChart(): Promise<Uint8Array> {
  const { out } = await write(sample, { trendSheet: true });
  return withLineChart(out, "推移", { title: "回答数", categories: "$A$6:$A$8", values: "$C$6:$C$8" });
}

describe("--out with the 推移 sheet: the cells, no charts, and a note saying so", () => {
  it("writes the 推移 sheet owned by the add-in, without any chart part, and notes that it has no charts", async () => {
    const { out, notes } = await write(sample, { trendSheet: true });
    const ws = await sheet(out, "推移");
    expect(ws?.getCell("A1").value).toBe("KPIの推移");
    expect(await charts(out)).toEqual([]);
    expect(notes).toEqual([{ kind: "trend-sheet-without-charts", sheet: "推移", droppedCharts: 0 }]);
    const wbXml = await (await JSZip.loadAsync(out)).file("xl/workbook.xml")!.async("string");
    expect(wbXml).toMatch(/<definedName hidden="1" name="KpiCheck_Trend">&apos;推移&apos;!\$A\$1<\/definedName>/);
  });

  it("writes none and says nothing by default", async () => {
    const { out, notes } = await write(sample);
    expect(await sheet(out, "推移")).toBeUndefined();
    expect(notes).toEqual([]);
  });
});

describe("charts the add-in drew on its 推移 sheet are its own", () => {
  it("the fixture holds a real chart part on the owned 推移 sheet", async () => {
    const bytes = await withOwnChart();
    expect(await charts(bytes)).toHaveLength(1);
    // the same workbook with that chart on a user's sheet instead is refused for it (below): the part is what counts
  });

  it("a later --out is not refused: the sheet is written anew, its chart dropped with it, and the note counts it", async () => {
    const { out, notes } = await write(await withOwnChart());
    expect(await charts(out)).toEqual([]);
    expect((await sheet(out, "推移"))?.getCell("A1").value).toBe("KPIの推移");
    expect(notes).toEqual([{ kind: "trend-sheet-without-charts", sheet: "推移", droppedCharts: 1 }]);
    const zip = await JSZip.loadAsync(out);
    expect(Object.keys(zip.files).filter((p) => p.startsWith("xl/drawings/"))).toEqual([]);
  });

  it("even with the setting off (the preview passes the pane's settings), the add-in's 推移 sheet is kept current: never refused for its charts", async () => {
    const { out, notes } = await write(await withOwnChart(), { trendSheet: false });
    expect(await charts(out)).toEqual([]);
    expect(notes).toEqual([{ kind: "trend-sheet-without-charts", sheet: "推移", droppedCharts: 1 }]);
  });
});

describe("charts on the user's sheets still protect the workbook", () => {
  it.each([
    ["on the KPI sheet", "KPI"],
    ["on the KPI sheet, the owned 推移 sheet holding one too", "KPI"],
  ])("a chart %s: refused, naming the user's chart only", async (_, userSheet) => {
    const base = _.includes("推移") ? await withOwnChart() : sample;
    const bytes = await withLineChart(base, userSheet, { title: "売上", categories: "$A$2:$A$4", values: "$B$2:$B$4" });
    const error = await write(bytes, { trendSheet: true }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    const parts = (error as WorkbookWriteError).parts;
    const userCharts = await charts(bytes);
    expect(parts.filter((p) => p.kind === "chart").map((p) => p.path)).toEqual([userCharts.at(-1)]);
  });
});

const describeLo = hasLibreOffice() ? describe : describe.skip;

describeLo("in LibreOffice", () => {
  let dir: string;
  beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), "kpi-trend-lo-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the fixture's chart is a real chart: LibreOffice reads it and writes it back as one", async () => {
    const file = join(dir, "with-chart.xlsx");
    writeFileSync(file, await withOwnChart());
    const run = convert(file, "xlsx", join(dir, "lo"), 300_000);
    expect(run.errors).toEqual([]);
    expect(await charts(readFileSync(join(dir, "lo", "with-chart.xlsx")))).toHaveLength(1);
  }, 300_000);

  it("opens the --out copy with its 推移 sheet: the seed's figures in place", async () => {
    const file = join(dir, "trend.xlsx");
    writeFileSync(file, (await write(await withOwnChart())).out);
    const run = convert(file, CSV_ALL_SHEETS, join(dir, "csv"), 300_000);
    expect(run.errors).toEqual([]);
    const csv = readFileSync(join(dir, "csv", "trend-推移.csv"), "utf8");
    expect(csv).toContain("回答数:200件");
    expect(csv).toContain("208件");
    expect(csv).not.toMatch(/###/);
  }, 300_000);
});
