import { mkdirSync } from "node:fs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { checkSheet } from "../../src/core/checkSheet";
import { nextYearStrings } from "../../src/i18n/nextYearStrings";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { checkSample, openPane, useServedPane } from "./_lib/pane";
import { OUTPUT_DIR, SAMPLE } from "./_lib/paths";

/**
 * 新年度の準備 in the browser preview at a task pane's width, 350 px, on the bundled sample: the section's code
 * arrives when it is unfolded, the grid of the cells to add fits the pane (scrolling inside itself, never the
 * page), and the download is the sample with a 2025年度 block that checks cleanly. A screenshot is kept in
 * test-output/.
 */
const VIEWPORT = { width: 350, height: 800 };
const AS_OF = "2026-11-29";
const n = nextYearStrings("ja");
const pane = useServedPane();
let page: Page;
let close: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const opened = await openPane(pane.browser, pane.url, { viewport: VIEWPORT });
  page = opened.page;
  close = () => opened.context.close();
  await checkSample(page, "ja");
});
afterAll(() => close?.());

it("unfolded, it loads its own chunk and shows the cells to add within 350 px", async () => {
  const chunks: string[] = [];
  page.on("request", (r) => chunks.push(r.url()));
  await page.getByRole("button", { name: n.section }).click();
  const grid = page.getByRole("table", { name: n.caption(2025) });
  await grid.waitFor();
  expect(chunks.some((u) => /nextyear\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  // the page never scrolls sideways: the grid scrolls inside its own box
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
  const box = (await page.getByRole("region", { name: n.caption(2025) }).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  expect(await grid.getByRole("cell", { name: "2025年度" }).count()).toBeGreaterThan(0);
  await page.getByRole("region", { name: n.caption(2025) }).screenshot({ path: join(OUTPUT_DIR, "next-year-350px.png") });
});

it("downloads the sample with a 2025年度 block of the six 2024 KPIs, which checks cleanly", async () => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: n.download }).click()]);
  expect(download.suggestedFilename()).toBe("sample-kpi-2025年度.xlsx");
  const path = join(OUTPUT_DIR, download.suggestedFilename());
  await download.saveAs(path);
  const before = (await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx")).find((s) => checkSheet(s, { asOf: AS_OF }).kpis.length > 0)!;
  const sheet = (await readWorkbookBytes(readFileSync(path), "next.xlsx")).find((s) => s.sheetName === before.sheetName)!;
  const result = checkSheet(sheet, { asOf: AS_OF });
  const y2025 = result.kpis.filter((k) => k.fiscalYear === 2025);
  expect(y2025.map((k) => [k.no, k.result])).toEqual([1, 2, 3, 4, 5, 6].map((no) => [no, ""]));
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(await page.getByRole("status").filter({ hasText: n.downloaded(2025) }).count()).toBe(1);
});
