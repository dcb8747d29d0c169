/**
 * Benchmark of the write-back for 10,000 KPI rows: the write plan (status column, disclosure sheet, findings
 * sheet), the website HTML and plain text, and a whole `.xlsx` rewritten with them (load, apply, save). Prints one
 * JSON line: milliseconds per phase, output sizes, and the process's peak memory (resident set and heap).
 *
 * Run: npx tsx bench/writeback.ts [rows]   (default 10000; the lead wires it into `npm run bench`)
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { checkSheet } from "../src/core/checkSheet";
import { renderDisclosureHtml } from "../src/core/html/renderDisclosureHtml";
import { renderDisclosureText } from "../src/core/html/renderDisclosureText";
import { snapshotFromRows } from "../src/core/snapshotFromRows";
import { buildWorkbookPatch } from "../src/core/writeback/buildWorkbookPatch";
import { statusWrites } from "../src/core/WorkbookPatch";
import { writeCheckedWorkbook } from "../src/xlsx/writeCheckedWorkbook";
import { generateKpiRows, HEADER } from "./_lib/generateKpiRows";
import { writebackLabels } from "../src/i18n/writeback";

const round = (x: number): number => Math.round(x * 10) / 10;
let peakHeap = 0;
const sample = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  sample();
  const t0 = performance.now();
  const value = await run();
  const ms = performance.now() - t0;
  sample();
  return { value, ms: round(ms) };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const rows = [HEADER, ...generateKpiRows(n)];
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("KPI").addRows(rows);
  const input = new Uint8Array(await wb.xlsx.writeBuffer());
  const snapshot = snapshotFromRows("KPI", rows);
  const result = checkSheet(snapshot, { asOf: "2026-11-29" });
  const existing = { sheetNames: ["KPI"], definedNames: {}, kpiSheet: snapshot };

  const patch = await timed(() => buildWorkbookPatch(result, { labels: writebackLabels("ja"), findingsSheet: true, existing }));
  const html = await timed(() => renderDisclosureHtml(result.kpis, { labels: writebackLabels("ja"), style: "class" }));
  const inline = await timed(() => renderDisclosureHtml(result.kpis, { labels: writebackLabels("ja") }));
  const text = await timed(() => renderDisclosureText(result.kpis, { labels: writebackLabels("ja") }));
  const xlsx = await timed(() => writeCheckedWorkbook(input, result, { labels: writebackLabels("ja"), findingsSheet: true }));
  sample();

  console.log(
    JSON.stringify({
      bench: "writeback",
      kpis: result.kpis.length,
      findings: result.findings.length,
      patchMs: patch.ms,
      patchCells: patch.value.sheets.reduce((s, w) => s + w.cells.length, statusWrites(patch.value).reduce((n, l) => n + l.cells.length, 0)),
      htmlMs: html.ms,
      htmlInlineMs: inline.ms,
      htmlKB: Math.round(Buffer.byteLength(html.value) / 1024),
      textMs: text.ms,
      xlsxMs: xlsx.ms,
      xlsxInKB: Math.round(input.length / 1024),
      xlsxOutKB: Math.round(xlsx.value.length / 1024),
      peakRssMB: round(process.resourceUsage().maxRSS / 1024),
      peakHeapMB: round(peakHeap / 1024 / 1024),
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
