/**
 * The sample's HTML pasted into TinyMCE (WordPress's classic editor and many other CMSs) in Chromium, with the
 * editor's defaults and its table plugin: every KPI's fiscal year, No, title, target and result must survive the
 * paste; what the editor keeps of the look is recorded (test-output/paste-tinymce.json) and what the published
 * defaults rely on — the plain table attributes — is asserted. TinyMCE (GPL-2.0-or-later, `license_key: "gpl"`) is
 * a devDependency served from node_modules; nothing is fetched from the network.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Browser } from "playwright-core";
import type { CheckResult } from "../../src/core/CheckResult";
import { checkSheet } from "../../src/core/checkSheet";
import { renderDisclosureHtml } from "../../src/core/html/renderDisclosureHtml";
import { renderDisclosureText } from "../../src/core/html/renderDisclosureText";
import { writebackLabels } from "../../src/i18n/writeback";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { launchChromium } from "./_lib/pane";
import { lostKpis, readPasted, type Pasted } from "./_lib/pastedContent";
import { OUTPUT_DIR, ROOT, SAMPLE } from "./_lib/paths";

const ORIGIN = "http://editor.test";
const TINYMCE = join(ROOT, "node_modules", "tinymce");
const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html" };
const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script src="${ORIGIN}/tinymce/tinymce.min.js"></script></head>
<body><textarea id="editor"></textarea></body></html>`;

let browser: Browser;
let result: CheckResult;
beforeAll(async () => {
  browser = await launchChromium();
  const [sheet] = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
  result = checkSheet(sheet, { asOf: "2026-11-29" });
});
afterAll(() => browser?.close());

async function pasteIntoTinyMce(html: string, text: string): Promise<Pasted> {
  const context = await browser.newContext();
  try {
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === "/") return route.fulfill({ contentType: "text/html", body: PAGE });
      const file = join(TINYMCE, url.pathname.replace(/^\/tinymce\//, ""));
      try {
        return await route.fulfill({ contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
      } catch {
        return route.fulfill({ status: 404, body: "" });
      }
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(
      (origin) =>
        new Promise<void>((resolve) => {
          const w = window as unknown as { tinymce: { init: (o: object) => void } };
          w.tinymce.init({ selector: "#editor", license_key: "gpl", base_url: `${origin}/tinymce`, suffix: ".min", plugins: "table", promotion: false, setup: (ed: { on: (e: string, f: () => void) => void }) => ed.on("init", () => resolve()) });
        }),
      ORIGIN,
    );
    const content = await page.evaluate(
      async ({ html, text }) => {
        const w = window as unknown as { tinymce: { activeEditor: { getBody(): HTMLElement; getContent(): string; focus(): void } } };
        const editor = w.tinymce.activeEditor;
        editor.focus();
        const data = new DataTransfer();
        data.setData("text/html", html);
        data.setData("text/plain", text);
        editor.getBody().dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        await new Promise((r) => setTimeout(r, 500));
        return editor.getContent();
      },
      { html, text },
    );
    return await page.evaluate(readPasted, content);
  } finally {
    await context.close();
  }
}

it("TinyMCE keeps every KPI's fiscal year, No, title, target and result of the sample's HTML, and the plain table attributes", async () => {
  const options = { labels: writebackLabels("ja") };
  const html = renderDisclosureHtml(result.kpis, options);
  const pasted = await pasteIntoTinyMce(html, renderDisclosureText(result.kpis, options));
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, "paste-tinymce.json"), JSON.stringify(pasted.look, null, 2) + "\n");

  expect(lostKpis(pasted, result.kpis)).toEqual([]);

  // the minimum look the published defaults carry in plain attributes reaches the editor
  expect(pasted.look.tables).toBe(result.kpis.length);
  expect(pasted.look.attributes.border ?? 0).toBeGreaterThanOrEqual(result.kpis.length);
  expect(pasted.look.attributes.bgcolor ?? 0).toBeGreaterThan(0);
});
