import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { CheckResult } from "../../src/core/CheckResult";
import { publishCheck } from "../../src/core/publish/publishCheck";
import type { Lang } from "../../src/i18n/Lang";
import { uiStrings } from "../../src/i18n/ui";
import { previewStrings } from "../../src/preview/previewStrings";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { sampleResult } from "./_lib/expected";
import { checkSample, openPane, useServedPane } from "./_lib/pane";
import { OUTPUT_DIR, ROOT, SAMPLE } from "./_lib/paths";

/**
 * The pane's information design at a task pane's size, 350 × 800 px, after checking the bundled sample (issue 16):
 * the verdict and Copy HTML on screen without scrolling, about two screens in all with the information folded,
 * what to fix by KPI (warnings before information, by year and No, each with year, No, 取組項目 and the cell's
 * text), target → result on every KPI row, and a broken file clearing the results before it. Screenshots of both
 * languages are kept in test-output/.
 */
const VIEWPORT = { width: 350, height: 800 };
const pane = useServedPane();
let expected: CheckResult;
let texts: string[][];

beforeAll(async () => {
  expected = await sampleResult();
  const sheets = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
  texts = sheets.find((s) => s.sheetName === expected.sheetName)!.texts;
  mkdirSync(OUTPUT_DIR, { recursive: true });
});

/** What the sample's cell shows (its snapshot starts at A1). */
function textOf(cell: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const col = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return texts[Number(m[2]) - 1]?.[col - 1] ?? "";
}

/** A finding entry's severity, KPI (year, No) and texts, in page order. */
async function entries(page: Page, scope: string): Promise<{ severity: string; year: number; no: number; kpi: string; cells: string[] }[]> {
  return page.locator(`${scope} [data-testid=fix-entry]`).evaluateAll((els) =>
    els.map((el) => {
      return {
        severity: el.getAttribute("data-severity") ?? "",
        year: Number(el.getAttribute("data-year")),
        no: Number(el.getAttribute("data-no")),
        // a shared message lists its KPIs only when unfolded
        kpi: el.querySelector("[data-testid=fix-kpi]")?.textContent ?? "",
        cells: [...el.querySelectorAll("button[data-cell]")].map((b) => b.textContent ?? ""),
      };
    }),
  );
}

describe.each<[Lang, string]>([
  ["ja", "ja-JP"],
  ["en", "en-US"],
])("at 350 × 800 px in %s, after checking the sample", (lang, locale) => {
  const t = uiStrings(lang);
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openPane(pane.browser, pane.url, { viewport: VIEWPORT, locale });
    page = opened.page;
    close = () => opened.context.close();
    await checkSample(page, lang);
  });
  afterAll(() => close?.());

  it("the verdict and Copy HTML are on screen without scrolling (screenshot)", async () => {
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const toFix = publishCheck(expected).length;
    const verdict = page.getByTestId("verdict");
    expect(await verdict.textContent()).toBe(toFix > 0 ? t.verdictFix(toFix) : t.verdictReady);
    for (const target of [verdict, page.getByRole("button", { name: t.copyHtml, exact: true })]) {
      const box = (await target.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    }
    await page.screenshot({ path: join(OUTPUT_DIR, `pane-350-${lang}.png`) });
  });

  it("stays about two screens tall with the information folded, and nothing sticks out sideways (full-page screenshot)", async () => {
    await page.screenshot({ path: join(OUTPUT_DIR, `pane-350-${lang}-full.png`), fullPage: true });
    const { height, width } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(height).toBeLessThanOrEqual(2.1 * VIEWPORT.height);
    expect(width).toBeLessThanOrEqual(VIEWPORT.width);
  });

  it("the verdict and the actions stay on screen when the page is scrolled to its end", async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const box = (await page.getByRole("button", { name: t.copyHtml, exact: true }).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it("lists first exactly what the verdict counts, then the other errors and warnings, then the folded information; each group by year (newest first) and No, each KPI with year, No, 取組項目 and the cell's text", async () => {
    const mustFix = publishCheck(expected);
    const groups = await page.getByTestId("fix-group").evaluateAll((els) => els.map((el) => el.getAttribute("data-group")));
    expect(groups).toEqual(["must", "review"]);
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    for (const group of groups) {
      const fix = await entries(page, `[data-testid=fix-group][data-group=${group}] > ul`);
      expect(fix.length).toBeGreaterThan(0);
      expect(fix.every((e) => e.severity === "error" || e.severity === "warning")).toBe(true);
      const order = fix.map((e) => [rank[e.severity], -e.year, e.no]);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]));
      for (const e of fix.filter((x) => x.year > 0 && x.kpi !== "")) {
        const kpi = expected.kpis.find((k) => k.fiscalYear === e.year && k.no === e.no)!;
        expect(e.kpi).toContain(t.kpiRef(kpi.fiscalYear, kpi.no));
        expect(e.kpi).toContain(kpi.title);
      }
    }
    // every error's and warning's cell is named with what it shows, in its group
    const fixSection = page.locator("section", { has: page.getByRole("heading", { name: t.fixSection, level: 2 }) });
    const folded = fixSection.locator("ul > [data-testid=fix-entry] > button[aria-expanded=false]");
    while ((await folded.count()) > 0) await folded.first().click();
    for (const f of expected.findings.filter((w) => w.severity !== "info" && w.cell)) {
      const group = fixSection.locator(`[data-testid=fix-group][data-group=${mustFix.includes(f) ? "must" : "review"}]`);
      const link = group.locator(`button[data-cell="${f.cell}"]`).first();
      const shown = textOf(f.cell!).replace(/\s+/g, " ").trim();
      expect(await link.textContent()).toContain(shown === "" ? t.emptyCell : shown.slice(0, 8));
    }
  });

  it("folds the information, which unfolds to findings with their year, No, 取組項目 and cell text", async () => {
    const info = expected.findings.filter((f) => f.severity === "info");
    const fold = page.getByRole("button", { name: t.infoFold(info.length) });
    expect(await fold.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator(".fui-AccordionPanel [data-testid=fix-entry]").count()).toBe(0);
    await fold.click();
    const variant = info.find((f) => f.code === "notation-variant" && f.cell)!;
    const kpi = expected.kpis.find((k) => k.row === variant.row)!;
    const entry = page.locator("[data-testid=fix-entry]", { has: page.locator(`button[data-cell="${variant.cell}"]`) }).first();
    const text = (await entry.textContent())!;
    expect(text).toContain(t.kpiRef(kpi.fiscalYear, kpi.no));
    expect(text).toContain(kpi.title);
    expect(text).toContain(textOf(variant.cell!).slice(0, 8));
    await fold.click();
  });

  it("the seed's NSP misspelling is among the warnings, with its year, No, 取組項目 and the cell's text", async () => {
    const misspelt = expected.findings.filter((f) => f.severity === "warning" && f.cell && textOf(f.cell).includes("NSP"));
    expect(misspelt.length).toBeGreaterThan(0);
    for (const f of misspelt) {
      const kpi = expected.kpis.find((k) => k.row === f.row)!;
      const entry = page.locator("ul > [data-testid=fix-entry]", { has: page.locator(`button[data-cell="${f.cell}"]`) }).first();
      const text = (await entry.textContent())!;
      expect(text).toContain("NSP");
      expect(text).toContain(t.kpiRef(kpi.fiscalYear, kpi.no));
      expect(text).toContain(kpi.title);
    }
  });

  it("every KPI row shows its target → result", async () => {
    const kpis = page.locator("section", { has: page.getByRole("heading", { name: t.kpisSection }) });
    const years = kpis.getByRole("heading", { level: 3 }).getByRole("button", { expanded: false });
    while ((await years.count()) > 0) await years.first().click();
    const rows = await kpis.getByTestId("target-result").allTextContents();
    expect(rows).toHaveLength(expected.kpis.length);
    for (const row of rows) expect(row).toMatch(/^.+ → .+$/);
    // a met KPI's short form names its target and its result
    const met = expected.kpis.find((k) => k.status === "met" && k.components.length === 1)!;
    const row = kpis.locator(`[data-testid=kpi-row][data-year="${met.fiscalYear}"][data-no="${met.no}"]`);
    expect(await row.getByTestId("target-result").textContent()).toContain(String(met.components[0].actual));
  });

  it("a broken file clears the results before it and names itself", async () => {
    const p = previewStrings(lang);
    await page.locator("input[type=file]").setInputFiles({ name: "broken.xlsx", mimeType: "application/octet-stream", buffer: readFileSync(join(ROOT, "tests", "fixtures", "files", "truncated.xlsx")) });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(p.openFailed("broken.xlsx"));
    expect(await page.getByTestId("verdict").count()).toBe(0);
    expect(await page.getByRole("heading", { name: t.kpisSection }).count()).toBe(0);
    expect(await page.getByText(p.opened("sample-kpi.xlsx")).count()).toBe(0);
    await page.screenshot({ path: join(OUTPUT_DIR, `pane-350-${lang}-broken-file.png`) });
  });
});

describe.each<[Lang, string, number]>([
  ["ja", "ja-JP", 320],
  ["en", "en-US", 320],
  ["ja", "ja-JP", 450],
  ["en", "en-US", 450],
])("at Excel's task pane widths (%s, %i px), after checking the sample", (lang, locale, width) => {
  it("nothing sticks out sideways or is cut, every shared message unfolded (screenshots)", async () => {
    const { page, context } = await openPane(pane.browser, pane.url, { viewport: { width, height: 800 }, locale });
    try {
      await checkSample(page, lang);
      await page.screenshot({ path: join(OUTPUT_DIR, `pane-${width}-${lang}.png`) });
      const folded = page.locator("[data-testid=fix-group] ul > [data-testid=fix-entry] > button[aria-expanded=false]");
      while ((await folded.count()) > 0) await folded.first().click();
      await page.screenshot({ path: join(OUTPUT_DIR, `pane-${width}-${lang}-full.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // no finding's text runs past the pane's edge or is clipped inside its button
      const cut = await page.locator("[data-testid=fix-entry]").evaluateAll((els, w) =>
        els.flatMap((el) => [el, ...el.querySelectorAll("button:not([data-cell])")]).filter((el) => el.getBoundingClientRect().right > w || el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
      width);
      expect(cut).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
