/**
 * The sample's HTML (the published default, inline styles, and the class mode) pasted into WordPress's block
 * editor — the CMS most small agencies run — through the editor's own paste handler (`pasteHandler` of
 * @wordpress/blocks with the core blocks of @wordpress/block-library registered), in Chromium: every KPI's fiscal
 * year, No, title, target and result must survive as core/table blocks under a year heading, the `No | 取組項目`
 * line being each table's first row. What WordPress keeps of the look is the documented expectation below and is
 * recorded per mode in test-output/paste-wordpress-<mode>.json: it strips every `style`, every class of ours and
 * every plain table attribute and the `<colgroup>` widths, drops the visually hidden `<caption>`, and keeps the
 * structure (`thead`, `colspan`); every table gets the block's default `has-fixed-layout` (equal columns), and an
 * inline `text-align` becomes WordPress's own `has-text-align-*` class — so the inline default brings its cell
 * alignment into the theme's table style, the class mode nothing. The page script (tests/e2e/_lib/wordpressPaste.entry.ts) is bundled by
 * esbuild from node_modules at the start; nothing is fetched from the network.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { CheckResult } from "../../src/core/CheckResult";
import { checkSheet } from "../../src/core/checkSheet";
import type { HtmlOptions } from "../../src/core/html/HtmlOptions";
import { renderDisclosureHtml } from "../../src/core/html/renderDisclosureHtml";
import { renderDisclosureText } from "../../src/core/html/renderDisclosureText";
import { writebackLabels } from "../../src/i18n/writeback";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { launchChromium } from "./_lib/pane";
import { lostKpis, readPasted, type Pasted } from "./_lib/pastedContent";
import { OUTPUT_DIR, SAMPLE } from "./_lib/paths";

const ORIGIN = "http://editor.test";
const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="${ORIGIN}/wordpressPaste.entry.js"></script></head><body></body></html>`;

let browser: Browser;
let page: Page;
let bundleDir: string;
let result: CheckResult;
beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), "kpi-wordpress-"));
  // ES modules split at dynamic imports, as WordPress ships them: the image-processing workers stay unloaded
  await build({
    entryPoints: [join(__dirname, "_lib", "wordpressPaste.entry.ts")],
    bundle: true,
    format: "esm",
    splitting: true,
    minify: true,
    outdir: bundleDir,
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".css": "empty" },
    logLevel: "error",
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === "/") return route.fulfill({ contentType: "text/html", body: PAGE });
    try {
      return await route.fulfill({ contentType: "text/javascript", body: readFileSync(join(bundleDir, url.pathname.slice(1))) });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => "wordpressPaste" in window, undefined, { timeout: 120_000 });
  const [sheet] = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
  result = checkSheet(sheet, { asOf: "2026-11-29" });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

/** The HTML pasted through WordPress's paste handler: the blocks made, and the saved markup read back. */
async function pasteIntoWordPress(html: string, text: string): Promise<{ blocks: string[]; pasted: Pasted; input: Pasted }> {
  const { blocks, saved } = await page.evaluate(
    ({ html, text }) => (window as unknown as { wordpressPaste: (h: string, t: string) => { blocks: string[]; saved: string } }).wordpressPaste(html, text),
    { html, text },
  );
  return { blocks, pasted: await page.evaluate(readPasted, saved), input: await page.evaluate(readPasted, html) };
}

const count = (record: Record<string, number>, key: string) => record[key] ?? 0;

it.each<[string, Partial<HtmlOptions>]>([
  ["inline", {}],
  ["class", { style: "class" }],
])("WordPress's paste handler keeps every KPI's fiscal year, No, title, target and result of the sample's HTML (%s styles)", async (mode, extra) => {
  const options: HtmlOptions = { labels: writebackLabels("ja"), ...extra };
  const { blocks, pasted, input } = await pasteIntoWordPress(renderDisclosureHtml(result.kpis, options), renderDisclosureText(result.kpis, options));
  const histogram: Record<string, number> = {};
  for (const name of blocks) histogram[name] = count(histogram, name) + 1;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, `paste-wordpress-${mode}.json`), JSON.stringify({ blocks: histogram, input: input.look, pasted: pasted.look }, null, 2) + "\n");

  expect(lostKpis(pasted, result.kpis)).toEqual([]);


  // every block is a core block the editor edits (nothing left as an HTML or classic block); one table per KPI
  expect(Object.keys(histogram).sort()).toEqual(["core/heading", "core/paragraph", "core/table"]);
  expect(histogram["core/table"]).toBe(result.kpis.length);
  // the structure stays: every cell, every merged cell; the hidden caption goes, which loses nothing (row 1 says it)
  expect(pasted.look.cells).toBe(input.look.cells);
  expect(count(pasted.look.attributes, "colspan")).toBe(count(input.look.attributes, "colspan"));
  expect(pasted.look.caption).toBe(0);
  expect(pasted.look.colgroup).toBe(0);
  // the documented expectation of the look: no style, no plain table attribute, none of our classes survives …
  expect(count(input.look.attributes, "style") > 0).toBe(mode === "inline");
  for (const attribute of ["style", "border", "cellpadding", "cellspacing", "width", "bgcolor", "scope", "lang"]) {
    expect({ attribute, kept: count(pasted.look.attributes, attribute) }).toEqual({ attribute, kept: 0 });
  }
  expect(Object.keys(pasted.look.classes).filter((c) => c in input.look.classes)).toEqual([]);
  // … every table gets the table block's default fixed layout, and the inline alignment comes through as
  // WordPress's own classes on every cell (class mode: none)
  const aligned = Object.entries(pasted.look.classes).filter(([c]) => c.startsWith("has-text-align-")).reduce((n, [, k]) => n + k, 0);
  expect({ fixed: count(pasted.look.classes, "has-fixed-layout"), aligned }).toEqual(
    { fixed: result.kpis.length, aligned: mode === "inline" ? input.look.cells : 0 },
  );
});

it("keeps the page's as-of line 「2026年11月29日現在」 as a paragraph of its own, under the heading (its right alignment is dropped)", async () => {
  const options: HtmlOptions = { labels: writebackLabels("ja"), asOf: "2026-11-29" };
  const { saved } = await page.evaluate(
    ({ html, text }) => (window as unknown as { wordpressPaste: (h: string, t: string) => { blocks: string[]; saved: string } }).wordpressPaste(html, text),
    { html: renderDisclosureHtml(result.kpis, options), text: renderDisclosureText(result.kpis, options) },
  );
  const paragraphs = await page.evaluate(
    (s) => [...new DOMParser().parseFromString(`<body>${s}</body>`, "text/html").querySelectorAll("p")].map((p) => ({ text: p.textContent, classes: [...p.classList] })),
    saved,
  );
  // WordPress turns a paragraph's inline text-align into no class (a cell's, into has-text-align-*): the line stands left
  expect(paragraphs[0]).toEqual({ text: "2026年11月29日現在", classes: [] });
});
