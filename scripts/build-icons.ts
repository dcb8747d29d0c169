/**
 * Renders assets/icon.svg to the add-in's PNG icons (assets/icon-16.png … icon-128.png) with headless Chromium,
 * so the icons are drawn by a real browser engine from one vector source:
 *
 *     npx tsx scripts/build-icons.ts [--chromium /usr/bin/chromium]
 *
 * Prints JSON: the files written and their sizes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 64, 80, 128];
const root = join(__dirname, "..");

async function main(): Promise<void> {
  const at = process.argv.indexOf("--chromium");
  const executablePath = at > 0 ? process.argv[at + 1] : (process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
  const svg = readFileSync(join(root, "assets/icon.svg"), "utf8");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--force-color-profile=srgb"] });
  const written: { file: string; size: number; bytes: number }[] = [];
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace(/<svg([^>]*?)\swidth="\d+"\sheight="\d+"/, `<svg$1 width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = `assets/icon-${size}.png`;
      writeFileSync(join(root, file), png);
      written.push({ file, size, bytes: png.length });
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ source: "assets/icon.svg", icons: written }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
