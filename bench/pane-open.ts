/**
 * Time from opening taskpane.html (the production build, served on 127.0.0.1) in Debian's headless Chromium to the
 * pane being usable — its first button enabled — outside Office (office.js blocked, so the preview starts at once),
 * and to the bundled sample checked — Open the sample, Check, the verdict shown — the median of five fresh
 * contexts each; and, with office.js's CDN never answering, the time to the first paint of the loading text (the
 * page no longer waits on office.js to paint). Prints one JSON line. Run: npx tsx bench/pane-open.ts (after npm run
 * build).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { checkSample, openPane, launchChromium } from "../tests/e2e/_lib/pane";
import { ADDIN_DIR, CHROMIUM } from "../tests/e2e/_lib/paths";
import { serveStatic } from "../tests/e2e/_lib/staticServer";
import { previewStrings } from "../src/preview/previewStrings";
import BOOT from "../src/i18n/boot.json";

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync(join(ADDIN_DIR, "taskpane.html"))) {
    throw new Error(`needs ${CHROMIUM} and a production build in ${ADDIN_DIR} (npm run build)`);
  }
  const server = await serveStatic(ADDIN_DIR);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    const checked: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const { context, page } = await openPane(browser, server.url, { officeJs: "abort" });
      await page.getByRole("button", { name: previewStrings("ja").openSample }).waitFor({ state: "visible" });
      times.push(performance.now() - started);
      await checkSample(page, "ja");
      checked.push(performance.now() - started);
      await context.close();
    }
    const painted: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const { context, page } = await openPane(browser, server.url, { officeJs: "hang" });
      await page.getByText(BOOT.ja.loading).waitFor({ state: "visible" });
      painted.push(performance.now() - started);
      await context.close();
    }
    times.sort((a, b) => a - b);
    checked.sort((a, b) => a - b);
    painted.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: "pane-open",
        usableMs: Math.round(times[2]),
        checkedMs: Math.round(checked[2]),
        hangPaintMs: Math.round(painted[2]),
        runs: times.map(Math.round),
        checkedRuns: checked.map(Math.round),
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
