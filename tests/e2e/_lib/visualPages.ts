/* The pictures the visual tests compare and the README shows: the sample's published HTML (inline styles, and class
   names with DISCLOSURE_CSS) rendered in Debian's Chromium, 開示用 as LibreOffice prints it, and the pane. One place makes them, for the tests and for
   scripts/visual-references.ts, which regenerates the references when the renderer or the fonts change. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert } from "../../../scripts/libreoffice";
import { writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import type { Browser } from "playwright-core";
import { checkSheet } from "../../../src/core/checkSheet";
import { DISCLOSURE_CSS } from "../../../src/core/html/disclosureCss";
import type { HtmlOptions } from "../../../src/core/html/HtmlOptions";
import { renderDisclosureHtml } from "../../../src/core/html/renderDisclosureHtml";
import { writebackLabels } from "../../../src/i18n/writeback";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";
import { checkSample, openPane } from "./pane";
import { ADDIN_DIR, SAMPLE } from "./paths";
import { serveStatic } from "./staticServer";

/** Where the reference images live (kept in the repository). */
export const REFERENCES = join(__dirname, "..", "visual");

/** The pictures, by file name: the sample's FY2023 as published by default, and in class mode with the stylesheet. */
export const PICTURES = {
  "html-inline.png": { style: "inline" as const, css: "" },
  "html-class.png": { style: "class" as const, css: DISCLOSURE_CSS },
};

/** The sample's FY2023 HTML in a mode (the fragment as it is pasted: no stylesheet of the site's). */
export async function sampleHtml(style: HtmlOptions["style"]): Promise<string> {
  const [sheet] = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
  const result = checkSheet(sheet, { asOf: "2026-11-29" });
  return renderDisclosureHtml(result.kpis, { labels: writebackLabels("ja"), years: [2023], style });
}

/**
 * PNGs of the first `pages` printed pages of the sample's 開示用, as LibreOffice prints the workbook --out writes (PDF,
 * then pdftoppm at 60 dpi): 開示用's first page is the first that carries its page header.
 */
export async function disclosurePngs(pages: number): Promise<Buffer[]> {
  const input = readFileSync(SAMPLE);
  const [sheet] = await readWorkbookBytes(input, "sample-kpi.xlsx");
  const result = checkSheet(sheet, { asOf: "2026-11-29" });
  const labels = writebackLabels("ja");
  const checked = await writeCheckedWorkbook(input, result, { labels, statusColumn: false, findingsSheet: false });
  const dir = mkdtempSync(join(tmpdir(), "kpi-visual-"));
  try {
    const file = join(dir, "checked.xlsx");
    writeFileSync(file, checked);
    const run = convert(file, "pdf", dir);
    if (run.status !== 0) throw new Error(`LibreOffice: ${run.errors.join(" ")}`);
    const pdf = join(dir, "checked.pdf");
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
    const first = Array.from({ length: count }, (_, i) => i + 1).find(
      (p) => execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"], { encoding: "utf8" }).trim().startsWith(labels.pageHeading),
    );
    if (first === undefined) throw new Error("開示用 has no page with its header in the PDF");
    return Array.from({ length: pages }, (_, i) => {
      const out = join(dir, `page-${i}`);
      execFileSync("pdftoppm", ["-png", "-r", "60", "-singlefile", "-f", String(first + i), "-l", String(first + i), pdf, out]);
      return readFileSync(`${out}.png`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A PNG of the task pane as staff first see it after checking the bundled sample: the production build
 * (`dist/addin`, served on 127.0.0.1) as the browser preview at 350 × 800 px, a task pane's size, in ja-JP with
 * the clock at the sample's as-of date.
 */
export async function panePng(browser: Browser): Promise<Buffer> {
  const server = await serveStatic(ADDIN_DIR);
  try {
    const { context, page } = await openPane(browser, server.url, { officeJs: "abort", viewport: { width: 350, height: 800 }, deviceScaleFactor: 1 });
    try {
      await checkSample(page, "ja");
      return await page.screenshot({ animations: "disabled" });
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
  }
}

/** A PNG of an HTML fragment on a bare page 800 px wide (`css` in a `<style>` when given). */
export async function renderPng(browser: Browser, fragment: string, css = ""): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  try {
    await page.setContent(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>body{margin:16px;font-family:sans-serif}${css}</style></head><body>${fragment}</body></html>`);
    return await page.screenshot({ fullPage: true, animations: "disabled" });
  } finally {
    await page.close();
  }
}

/** How many pixels of two PNG files differ (pixelmatch, threshold 0.02: pale fills such as the labels' #F2F2F2 count), and the image size. */
export function comparePng(expected: string, actual: string, diff?: string): { width: number; height: number; different: number } {
  const out = execFileSync(process.execPath, [join(__dirname, "compareImages.mjs"), expected, actual, ...(diff ? [diff] : [])], { encoding: "utf8" });
  return JSON.parse(out) as { width: number; height: number; different: number };
}
