/* Regenerates the reference images of the visual tests (tests/e2e/visual/*.png) and the README's picture of the
   published HTML (docs/images/published-html.png), all from tests/e2e/_lib/visualPages.ts, when the renderer or the
   fonts change. Run: npx tsx scripts/visual-references.ts (needs /usr/bin/chromium). */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../tests/e2e/_lib/pane";
import { PICTURES, REFERENCES, renderPng, sampleHtml } from "../tests/e2e/_lib/visualPages";

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    mkdirSync(REFERENCES, { recursive: true });
    for (const [file, { style, css }] of Object.entries(PICTURES)) {
      writeFileSync(join(REFERENCES, file), await renderPng(browser, await sampleHtml(style), css));
      console.log(`wrote ${join(REFERENCES, file)}`);
    }
    const images = join(__dirname, "..", "docs", "images");
    mkdirSync(images, { recursive: true });
    copyFileSync(join(REFERENCES, "html-inline.png"), join(images, "published-html.png"));
    console.log(`wrote ${join(images, "published-html.png")}`);
  } finally {
    await browser.close();
  }
}

void main();
