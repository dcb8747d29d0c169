/**
 * Builds assets/sample-kpi.xlsx, the sample workbook, from the seed page's 24 KPIs as reviewed in
 * tests/fixtures/seed/seed-kpis.json (so that a clean clone can rebuild it on its own, with no folder beside the checkout):
 *
 * - `KPI`: the canonical table layout, an Excel Table with one KPI per row, newest year first as on the page.
 * - `Webサイト貼付`: the blocks layout, as if the web page had been pasted into Excel.
 *
 * Results the page shows with two decimals and `%` (`60.00%`, `32.30%`) are how Excel displays a number formatted
 * `0.00%`, so they are written as such numbers (0.6, 0.323); every other text is written exactly as on the page.
 * The output is deterministic (fixed workbook dates and zip timestamps): rebuilding gives the same bytes.
 *
 * Run: npx tsx scripts/build-sample.ts   (or npm run sample)
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * One KPI of the seed page, as the page gives it. `result` is "" for an empty 結果 cell, null for no 結果 cell.
 *
 * @example { fiscalYear: "2023年度", no: 2, title: "…", description: "…", scope: "全種目", target: "対面募集率:75%", result: "60.00%", commitment: "…" }
 */
export interface SeedKpi {
  fiscalYear: string;
  no: number;
  title: string;
  description: string;
  scope: string | null;
  target: string | null;
  result: string | null;
  commitment: string;
}

/**
 * The seed fixture: the page's heading lines and its KPIs in page order.
 *
 * @example readSeedPage().headings[1] // "お客さま本位の業務運営方針と重要業績評価指数(KPI)"
 */
export interface SeedPage {
  source: string;
  headings: string[];
  kpis: SeedKpi[];
}

/** The reviewed seed fixture. @example readSeedPage(FIXTURE_PATH) */
export const FIXTURE_PATH = join(__dirname, "../tests/fixtures/seed/seed-kpis.json");
/** The committed sample workbook. @example readFileSync(SAMPLE_PATH) */
export const SAMPLE_PATH = join(__dirname, "../assets/sample-kpi.xlsx");
/** The workbook's fixed creation date (document properties and zip entries). */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
const KPI_HEADERS = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];
const KPI_WIDTHS = [11, 5, 30, 60, 24, 36, 30, 60];
const PASTE_WIDTHS = [10, 44, 16, 40];
const TOP_WRAP: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };

/** A result as a person types it into Excel: `60.00%` is the number 0.6 formatted `0.00%`, the rest text. */
export function resultCell(result: string | null): { value: string | number | null; numFmt?: string } {
  const percent = /^(\d+\.\d{2})%$/.exec(result ?? "");
  if (percent) return { value: Number((Number(percent[1]) / 100).toFixed(10)), numFmt: "0.00%" };
  return { value: result === "" ? null : result };
}

/** Rough row height (points) that shows `text` wrapped in a cell `width` characters wide (CJK = 2 characters). */
function rowHeight(text: string, width: number): number {
  const units = Array.from(text).reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return Math.max(1, Math.ceil(units / (width * 0.95))) * 15 + 3;
}

function addKpiSheet(wb: ExcelJS.Workbook, page: SeedPage): void {
  const ws = wb.addWorksheet("KPI", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addTable({
    name: "KpiTable",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: KPI_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: page.kpis.map((k) => [
      k.fiscalYear, k.no, k.title, k.description, k.scope, k.target, resultCell(k.result).value, k.commitment,
    ]),
  });
  KPI_WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  page.kpis.forEach((k, i) => {
    const row = ws.getRow(i + 2);
    row.eachCell({ includeEmpty: true }, (cell) => (cell.alignment = TOP_WRAP));
    const { numFmt } = resultCell(k.result);
    if (numFmt) row.getCell(7).numFmt = numFmt;
    row.height = Math.max(rowHeight(k.description, KPI_WIDTHS[3]), rowHeight(k.commitment, KPI_WIDTHS[7]));
  });
  ws.getRow(1).alignment = { vertical: "middle" };
}

function addPastedSheet(wb: ExcelJS.Workbook, page: SeedPage): void {
  const ws = wb.addWorksheet("Webサイト貼付");
  PASTE_WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const span = (from: number, to: number): void => {
    const r = ws.rowCount;
    if (to > from) ws.mergeCells(r, from, r, to);
  };
  const text = (cells: (string | number | null)[], font?: Partial<ExcelJS.Font>, wrap = true): ExcelJS.Row => {
    const row = ws.addRow(cells);
    row.eachCell((cell) => {
      if (wrap) cell.alignment = TOP_WRAP;
      if (font) cell.font = font;
    });
    return row;
  };
  // text outside the page's tables lands in column A unwrapped, overflowing to the right
  page.headings.forEach((line, i) => text([line], i === 1 ? { bold: true, size: 14 } : undefined, false));
  let year = "";
  for (const k of page.kpis) {
    if (k.fiscalYear !== year) {
      year = k.fiscalYear;
      text([year], { bold: true, size: 12 }, false);
    }
    // a pasted HTML table keeps its column spans as merges: 4 columns with a 結果 cell, 2 without
    const last = k.result === null ? 2 : 4;
    text([k.no, k.title], { bold: true });
    span(2, last);
    text([k.description]).height = rowHeight(k.description, PASTE_WIDTHS.slice(0, last).reduce((a, b) => a + b));
    span(1, last);
    if (k.scope !== null) {
      text(["対象", k.scope]);
      span(2, last);
    }
    if (k.target !== null) {
      const result = resultCell(k.result);
      const row = text(k.result === null ? ["目標", k.target] : ["目標", k.target, `結果(${k.fiscalYear})`, result.value]);
      if (result.numFmt) row.getCell(4).numFmt = result.numFmt;
    }
    text([k.commitment]).height = rowHeight(k.commitment, PASTE_WIDTHS.slice(0, last).reduce((a, b) => a + b));
    span(1, last);
  }
}

/** DOS date and time words of a UTC date, as zip headers store them. */
function dosDateTime(d: Date): { date: number; time: number } {
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/**
 * Sets every entry's modification time in a zip (local and central headers) to `when`: JSZip, which exceljs
 * writes with, stamps entries with the current time.
 *
 * @example fixZipTimes(bytes, new Date(Date.UTC(2026, 0, 1)))
 */
export function fixZipTimes(zip: Uint8Array, when: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = out.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip: no end of central directory");
  const { date, time } = dosDateTime(when);
  let at = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central directory header at ${at}`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/**
 * The sample workbook's bytes, built from the seed fixture.
 *
 * @example writeFileSync("assets/sample-kpi.xlsx", await buildSampleWorkbook(readSeedPage()))
 */
export async function buildSampleWorkbook(page: SeedPage): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Check";
  wb.lastModifiedBy = "KPI Check";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = "KPI Check sample: お客さま本位の業務運営方針と重要業績評価指数(KPI)";
  addKpiSheet(wb, page);
  addPastedSheet(wb, page);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return fixZipTimes(bytes, FIXED_DATE);
}

/**
 * The reviewed seed fixture.
 *
 * @example readSeedPage().kpis.length // 24
 */
export function readSeedPage(path = FIXTURE_PATH): SeedPage {
  return JSON.parse(readFileSync(path, "utf8")) as SeedPage;
}

if (require.main === module) {
  buildSampleWorkbook(readSeedPage()).then(
    (bytes) => {
      writeFileSync(SAMPLE_PATH, bytes);
      console.log(`wrote ${SAMPLE_PATH} (${bytes.length} bytes)`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
