import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CheckResult } from "../../src/core/CheckResult";
import { publishCheck } from "../../src/core/publish/publishCheck";
import { statusLabel } from "../../src/i18n/statusLabel";
import { uiStrings } from "../../src/i18n/ui";
import { statusText, writebackLabels } from "../../src/i18n/writeback";
import { previewStrings } from "../../src/preview/previewStrings";
import { sampleResult, seedCounts, seedYears } from "./_lib/expected";
import { checkSample, openPane, useServedPane, type OfficeJs } from "./_lib/pane";
import { OUTPUT_DIR } from "./_lib/paths";
import BOOT from "../../src/i18n/boot.json";

/**
 * The pane opened in a plain browser (the production build, Debian's Chromium): it becomes the preview, checks
 * the bundled sample as the engine does in Node, and offers the checked workbook as a download.
 */
const t = uiStrings("ja");
const p = previewStrings("ja");
const pane = useServedPane();
let expected: CheckResult;

beforeAll(async () => {
  expected = await sampleResult();
  mkdirSync(OUTPUT_DIR, { recursive: true });
});

describe("outside Office the pane becomes the preview, never a spinner", () => {
  it.each<[string, OfficeJs]>([
    ["office.js loads but names no host", "serve"],
    ["office.js is blocked", "abort"],
  ])("%s: the notice and the file buttons show within 5 s", async (_, officeJs) => {
    const { context, page, blocked } = await openPane(pane.browser, pane.url, { officeJs });
    try {
      await page.getByText(p.noticeTitle).waitFor({ timeout: 5_000 });
      expect(await page.getByRole("button", { name: p.open }).isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: p.openSample }).isVisible()).toBe(true);
      // nothing to check yet: no check button before a file is open
      expect(await page.getByRole("button", { name: t.run }).count()).toBe(0);
      // the pane itself asks nothing of the network (office.js's own telemetry frame aside)
      expect(blocked.filter((u) => !u.includes("telemetry"))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("preview.html, which loads no office.js, opens the preview at once", async () => {
    const { context, page } = await openPane(pane.browser, pane.url);
    try {
      await page.goto(`${pane.url}preview.html`);
      await page.getByText(p.noticeTitle).waitFor({ timeout: 5_000 });
      expect(await page.locator("script[src*='office.js']").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("the loading text before the pane runs is in one language", async () => {
    const html = await (await fetch(`${pane.url}taskpane.html`)).text();
    const boot = /id="?boot"?[^>]*><p>([^<]*)</.exec(html)![1];
    expect(boot).toBe(BOOT.ja.loading);
  });
});

describe("when office.js never answers, the page paints at once and then offers the preview", () => {
  it.each<[string, "ja-JP" | "en-US", "ja" | "en"]>([
    ["in Japanese", "ja-JP", "ja"],
    ["in English", "en-US", "en"],
  ])("%s: the loading text, then the message and a link that opens the preview on a file", async (_, locale, lang) => {
    const { context, page } = await openPane(pane.browser, pane.url, { officeJs: "hang", locale });
    try {
      // painted while office.js is still pending (a parser-blocking script in the head showed nothing at all)
      await page.getByText(BOOT[lang].loading).waitFor({ state: "visible" });
      const offer = page.getByRole("alert").filter({ hasText: BOOT[lang].slow });
      await offer.waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(OUTPUT_DIR, `office-hang-${lang}.png`) });
      await offer.getByRole("link", { name: BOOT[lang].openPreview }).click();
      await page.waitForURL(/preview\.html$/);
      await page.getByText(previewStrings(lang).noticeTitle).waitFor({ timeout: 5_000 });
      expect(await page.getByRole("button", { name: previewStrings(lang).openSample }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("in Excel, the pane starts as the add-in (not the preview) and offers nothing", async () => {
    const { context, page } = await openPane(pane.browser, pane.url, { officeJs: "excel" });
    try {
      await page.getByRole("button", { name: t.run, exact: true }).waitFor({ timeout: 5_000 });
      expect(await page.getByText(p.noticeTitle).count()).toBe(0);
      expect(await page.getByText(BOOT.ja.slow).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("in Excel with office.js arriving late, the add-in replaces the offer once Office answers", async () => {
    const { context, page } = await openPane(pane.browser, pane.url, { officeJs: "excel", officeJsDelayMs: 8_000 });
    try {
      await page.getByText(BOOT.ja.slow).waitFor({ timeout: 15_000 });
      await page.getByRole("button", { name: t.run, exact: true }).waitFor({ timeout: 15_000 });
      expect(await page.getByText(BOOT.ja.slow).count()).toBe(0);
      expect(await page.getByText(p.noticeTitle).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe("the sample, checked in the browser", () => {
  let page: import("playwright-core").Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openPane(pane.browser, pane.url);
    page = opened.page;
    close = () => opened.context.close();
    await checkSample(page);
  });
  afterAll(() => close?.());

  it("the summary shows the seed's count of each status (kpi-rules.md §5), and no status it does not have", async () => {
    const shown = await page.getByRole("list", { name: t.summarySection }).locator("li").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    const want = seedCounts()
      .filter((c) => c.n > 0)
      .map((c) => t.summaryLabel(statusLabel(c.status, "ja"), c.n));
    expect(shown).toEqual(want);
  });

  it("names the cell of each finding the engine reports for the sample, once everything is unfolded", async () => {
    const fix = page.locator("section", { has: page.getByRole("heading", { name: t.fixSection, level: 2 }) });
    const mustFix = publishCheck(expected);
    await fix.getByRole("button", { name: t.infoFold(expected.findings.filter((f) => f.severity === "info" && !mustFix.includes(f)).length) }).click();
    // a long group shows its first lines and 「ほか N件を表示」
    const more = fix.getByRole("button", { name: /^ほか\d+件を表示$/ });
    while ((await more.count()) > 0) await more.first().click();
    const folded = fix.locator("[data-testid=fix-entry] > button[aria-expanded=false]");
    while ((await folded.count()) > 0) await folded.first().click();
    const cells = await fix.locator("button[data-cell]").evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    const want = expected.findings.flatMap((f) => (f.cell ? [f.cell] : []));
    expect(cells.length).toBeGreaterThan(0);
    expect([...cells].sort()).toEqual([...want].sort());
  });

  it("a finding's cell shows what the cell holds, in place (there is no grid to select in)", async () => {
    const f = expected.findings.find((x) => x.cell && x.code === "label-mismatch")!;
    const link = page.locator(`button[data-cell="${f.cell}"]`).first();
    await link.click();
    const shown = page.getByTestId("cell-content").filter({ hasText: t.cellContent(f.cell!) });
    await shown.waitFor({ timeout: 5_000 });
    expect(await shown.textContent()).toContain(expected.kpis.find((k) => k.row === f.row)!.result.trim().slice(0, 10));
  });

  it("lists the KPIs by fiscal year, 2024 down to 2021", async () => {
    const section = page.locator("section", { has: page.getByRole("heading", { name: t.kpisSection }) });
    const headings = await section.getByRole("heading", { level: 3 }).allTextContents();
    expect(headings).toEqual(seedYears().map((y) => t.yearCount(t.fiscalYear(y), expected.kpis.filter((k) => k.fiscalYear === y).length)));
  });

  it("downloads the checked workbook: the status column with each KPI's status, the disclosure and findings sheets", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: p.pane.write }).click()]);
    expect(download.suggestedFilename()).toBe("sample-kpi-checked.xlsx");
    const path = join(OUTPUT_DIR, download.suggestedFilename());
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const L = writebackLabels("ja");
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([expected.sheetName, L.disclosureSheet, L.findingsSheet]));
    const kpi = wb.getWorksheet(expected.sheetName)!;
    let statusCol = 0;
    kpi.getRow(1).eachCell((cell, col) => {
      if (cell.value === L.statusHeader) statusCol = col;
    });
    expect(statusCol).toBeGreaterThan(0);
    const written: string[] = [];
    kpi.getColumn(statusCol).eachCell((cell, row) => {
      if (row > 1) written.push(String(cell.value));
    });
    for (const { status, n } of seedCounts()) expect(written.filter((v) => v === statusText(status, "ja")).length).toBe(n);
    expect(wb.getWorksheet(L.findingsSheet)!.rowCount).toBeGreaterThan(expected.findings.length);
  });

  it("nothing sticks out sideways at the task pane's width, everything unfolded", async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(380);
  });
});

describe("English", () => {
  it("with the browser in en-US, the preview and the pane speak English", async () => {
    const en = previewStrings("en");
    const tEn = uiStrings("en");
    const { context, page } = await openPane(pane.browser, pane.url, { locale: "en-US" });
    try {
      await page.getByText(en.noticeTitle).waitFor({ timeout: 5_000 });
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(tEn.appTitle);
      await checkSample(page, "en");
      const labels = await page.getByRole("list", { name: tEn.summarySection }).locator("li").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
      expect(labels).toContain(tEn.summaryLabel(statusLabel("met", "en"), seedCounts().find((c) => c.status === "met")!.n));
      expect(await page.getByRole("button", { name: en.pane.write }).isVisible()).toBe(true);
      expect(await page.locator("html").innerText()).not.toMatch(/[ぁ-んァ-ヶ]{3}.*チェック/);
    } finally {
      await context.close();
    }
  });
});

describe("the layout chosen in the table part (the pane's --layout)", () => {
  it("is read at once, named as set, and kept in this browser's settings for the next visit", async () => {
    const { context, page } = await openPane(pane.browser, pane.url, { officeJs: "abort" });
    const unfoldTable = () => page.getByRole("button", { name: new RegExp(`^${t.tableSummary(expected.sheetName, "")}`) }).click();
    try {
      await checkSample(page);
      const verdict = await page.getByTestId("verdict").textContent();
      await unfoldTable();
      await page.getByTestId("layout-read").getByText(t.layoutDetected(t.layoutNames.table), { exact: false }).waitFor();
      await page.getByRole("combobox", { name: t.layout }).selectOption({ label: t.layoutNames.table });
      await unfoldTable();
      await page.getByTestId("layout-read").getByText(t.layoutChosen(t.layoutNames.table), { exact: false }).waitFor();
      expect(await page.getByTestId("verdict").textContent()).toBe(verdict);
      // the next visit: the preview's settings (localStorage) still name the layout
      await page.reload();
      await checkSample(page);
      await unfoldTable();
      expect(await page.getByRole("combobox", { name: t.layout }).inputValue()).toBe("table");
      expect(await page.getByTestId("layout-read").textContent()).toContain(t.layoutChosen(t.layoutNames.table));
    } finally {
      await context.close();
    }
  });
});
