/**
 * Renders the seed's disclosure sheet the way an agency would print it, to look at: writes
 * `<out>/disclosure.xlsx` (only the 開示用 sheet), converts it to PDF with LibreOffice and each page to PNG
 * (`pdftoppm -png -r 60`), and prints how full each page is and how it starts.
 *
 * Run: npx tsx scripts/render-disclosure.ts [outDir] [ja|en]   (default /tmp/kpi-disclosure, ja)
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDisclosureSheet } from "../src/core/writeback/buildDisclosureSheet";
import { applyPatch } from "../src/xlsx/applyPatch";
import { seedJudged } from "../tests/core/writeback/_support/seedJudged";
import { convert, hasLibreOffice, printedPages } from "./libreoffice";
import { writebackLabels } from "../src/i18n/writeback";

async function main(): Promise<void> {
  const out = process.argv[2] ?? "/tmp/kpi-disclosure";
  const lang = process.argv[3] === "en" ? "en" : "ja";
  mkdirSync(out, { recursive: true });
  const wb = new ExcelJS.Workbook();
  applyPatch(wb, { sheets: [buildDisclosureSheet(seedJudged(), { labels: writebackLabels(lang), existing: { sheetNames: [], definedNames: {} } })] });
  const xlsx = join(out, "disclosure.xlsx");
  writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
  if (!hasLibreOffice()) throw new Error("LibreOffice is not installed (/usr/bin/libreoffice)");
  const pdf = convert(xlsx, "pdf", out);
  if (pdf.errors.length) throw new Error(pdf.errors.join("\n"));
  spawnSync("pdftoppm", ["-png", "-r", "60", join(out, "disclosure.pdf"), join(out, "page")], { stdio: "inherit" });
  console.log(`wrote ${xlsx}, ${join(out, "disclosure.pdf")} and ${join(out, "page-*.png")}`);
  const pages = printedPages(join(out, "disclosure.pdf"));
  const fills = pages.map((p) => p.fill);
  const mean = fills.slice(0, -1).reduce((a, b) => a + b, 0) / Math.max(1, fills.length - 1);
  console.log(`${pages.length} pages, filled ${fills.map((f) => `${Math.round(f * 100)} %`).join(", ")} (all but the last: ${Math.round(mean * 100)} % on average)`);
  for (const [i, p] of pages.entries()) console.log(`  page ${i + 1} starts: ${p.firstLine}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
