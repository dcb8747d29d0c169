/**
 * Look, not only read: the sample's published HTML (inline styles by default, and class names with the stylesheet)
 * rendered in Debian's Chromium and compared with the reference images in tests/e2e/visual/ by pixelmatch, with a
 * small tolerance — and a style broken on purpose must fail the same comparison. The references are regenerated
 * by `npx tsx scripts/visual-references.ts` when the renderer or the fonts change.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { hasLibreOffice } from "../../scripts/libreoffice";
import { launchChromium } from "./_lib/pane";
import { OUTPUT_DIR } from "./_lib/paths";
import { comparePng, disclosurePngs, PICTURES, REFERENCES, renderPng, sampleHtml } from "./_lib/visualPages";

/** At most this share of the pixels may differ (anti-aliasing of a font update). */
const TOLERANCE = 0.002;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUTPUT_DIR, { recursive: true });
});
afterAll(() => browser?.close());

/** The share of pixels of a rendering that differ from a reference (the actual image and the diff kept in test-output/). */
async function differs(reference: string, fragment: string, css: string, name: string): Promise<number> {
  const actual = join(OUTPUT_DIR, `visual-${name}`);
  writeFileSync(actual, await renderPng(browser, fragment, css));
  const { width, height, different } = comparePng(join(REFERENCES, reference), actual, join(OUTPUT_DIR, `visual-diff-${name}`));
  return different / (width * height);
}

describe("the published HTML looks as its reference image", () => {
  it.each(Object.entries(PICTURES).map(([file, p]) => ({ file, ...p })))("$file ($style)", async ({ file, style, css }) => {
    expect(await differs(file, await sampleHtml(style), css, file)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each([
    { broken: "the border", edit: (h: string) => h.replace(/border:1px solid #808080/g, "border:0").replace(/ border="1"/g, "") },
    { broken: "the shading of titles and labels", edit: (h: string) => h.replace(/background:#(DDEBF7|F2F2F2)/g, "background:#FFFFFF").replace(/ bgcolor="[^"]*"/g, "") },
    { broken: "the shared column grid", edit: (h: string) => h.replace(/table-layout:fixed/g, "table-layout:auto").replace(/<colgroup>.*?<\/colgroup>/g, "") },
    { broken: "the cell padding", edit: (h: string) => h.replace(/padding:6px 8px/g, "padding:0") },
  ])("fails when $broken is broken on purpose", async ({ broken, edit }) => {
    const html = await sampleHtml("inline");
    const changed = edit(html);
    expect(changed).not.toBe(html);
    expect(await differs("html-inline.png", changed, "", `broken-${broken.replace(/\W+/g, "-")}.png`)).toBeGreaterThan(TOLERANCE);
  });
});

const withLibreOffice = hasLibreOffice() ? describe : describe.skip;
if (!hasLibreOffice()) console.warn("!!! VISUAL TEST OF 開示用 SKIPPED: LibreOffice not found (sudo apt-get install libreoffice-calc). !!!");

withLibreOffice("開示用 printed by LibreOffice looks as its reference images (PDF, then PNG)", () => {
  it("its first two pages: header, blocks, the year's heading repeated, page numbers", async () => {
    const pages = await disclosurePngs(2);
    for (const [i, png] of pages.entries()) {
      const name = `disclosure-page-${i + 1}.png`;
      const actual = join(OUTPUT_DIR, `visual-${name}`);
      writeFileSync(actual, png);
      const { width, height, different } = comparePng(join(REFERENCES, name), actual, join(OUTPUT_DIR, `visual-diff-${name}`));
      expect(different / (width * height)).toBeLessThanOrEqual(TOLERANCE);
    }
  }, 180_000);
});
