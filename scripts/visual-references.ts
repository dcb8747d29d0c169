/* Regenerates the reference images of the visual tests (tests/e2e/visual/*.png) and the README's pictures of the
   published HTML, of 開示用 and of the pane (docs/images/), all from tests/e2e/_lib/visualPages.ts, when the renderer,
   the fonts or the pane change. Run: npx tsx scripts/visual-references.ts (needs /usr/bin/chromium, LibreOffice for
   開示用, and the production build — npm run build — for the pane). */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../tests/e2e/_lib/pane";
import { hasLibreOffice } from "./libreoffice";
import { ADDIN_DIR } from "../tests/e2e/_lib/paths";
import { disclosurePngs, panePng, PICTURES, REFERENCES, renderPng, sampleHtml } from "../tests/e2e/_lib/visualPages";

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
    if (existsSync(join(ADDIN_DIR, "taskpane.html"))) {
      writeFileSync(join(images, "pane.png"), await panePng(browser));
      console.log(`wrote ${join(images, "pane.png")}`);
    } else {
      console.warn("!!! No production build in dist/addin (npm run build): the pane's picture was NOT regenerated. !!!");
    }
    if (!hasLibreOffice()) {
      console.warn("!!! LibreOffice not found: the 開示用 references were NOT regenerated. !!!");
      return;
    }
    const pages = await disclosurePngs(2);
    pages.forEach((png, i) => writeFileSync(join(REFERENCES, `disclosure-page-${i + 1}.png`), png));
    copyFileSync(join(REFERENCES, "disclosure-page-2.png"), join(images, "disclosure-page-2.png"));
    console.log(`wrote ${join(REFERENCES, "disclosure-page-1.png")}, -2.png and ${join(images, "disclosure-page-2.png")}`);
  } finally {
    await browser.close();
  }
}

void main();
