import type { CheckResult } from "../../src/core/CheckResult";
import { renderDisclosureHtml } from "../../src/core/html/renderDisclosureHtml";
import { renderDisclosureText } from "../../src/core/html/renderDisclosureText";
import { DEFAULT_SETTINGS } from "../../src/app/settings/CheckSettings";
import { uiStrings } from "../../src/i18n/ui";
import { sampleResult } from "./_lib/expected";
import { checkSample, openPane, useServedPane } from "./_lib/pane";
import { writebackLabels } from "../../src/i18n/writeback";

/**
 * Copy HTML in a real browser: the disclosure reaches the clipboard as text/html and text/plain, through the
 * Clipboard API, or through document.execCommand("copy") where the API is blocked (as in Office on the web).
 */
const t = uiStrings("ja");
const pane = useServedPane();
let expected: { html: string; text: string; titles: string[] };

beforeAll(async () => {
  let result: CheckResult;
  result = await sampleResult();
  // the pane's copy says as of when the figures stand: the check's as-of date
  const options = { labels: writebackLabels("ja"), showStatus: DEFAULT_SETTINGS.html.status, style: DEFAULT_SETTINGS.html.style, heading: DEFAULT_SETTINGS.html.heading, asOf: result.asOf };
  expected = { html: renderDisclosureHtml(result.kpis, options), text: renderDisclosureText(result.kpis, options), titles: result.kpis.map((k) => k.title) };
});

const squash = (s: string) => s.replace(/\r\n/g, "\n").trim();

it("Copy HTML puts the seed's disclosure on the clipboard as text/html and text/plain (Clipboard API)", async () => {
  const { context, page } = await openPane(pane.browser, pane.url, { permissions: ["clipboard-read", "clipboard-write"] });
  try {
    await checkSample(page);
    await page.getByRole("button", { name: t.copyHtml }).click();
    await page.getByText(t.copied).waitFor();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: [...item.types], html: await (await item.getType("text/html")).text(), text: await (await item.getType("text/plain")).text() };
    });
    expect(clip.types).toEqual(expect.arrayContaining(["text/html", "text/plain"]));
    expect(squash(clip.text)).toBe(squash(expected.text));
    for (const title of expected.titles) {
      expect(clip.html).toContain(title);
      expect(clip.text).toContain(title);
    }
    // the browser may wrap the HTML it puts on the clipboard, but the disclosure's own markup is all there
    expect(clip.html).toContain(expected.html.slice(0, 80));
  } finally {
    await context.close();
  }
});

it("with the Clipboard API blocked, Copy HTML falls back to execCommand and still sets both types", async () => {
  const block = `
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
    window.__copied = null;
    window.addEventListener("copy", (e) => {
      window.__copied = { html: e.clipboardData.getData("text/html"), text: e.clipboardData.getData("text/plain"), prevented: e.defaultPrevented };
    });`;
  const { context, page } = await openPane(pane.browser, pane.url, { initScript: block, permissions: ["clipboard-read", "clipboard-write"] });
  try {
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await checkSample(page);
    await page.getByRole("button", { name: t.copyHtml }).click();
    await page.getByText(t.copied).waitFor();
    const copied = await page.evaluate(() => (window as unknown as { __copied: { html: string; text: string; prevented: boolean } | null }).__copied);
    expect(copied).not.toBeNull();
    expect(copied!.prevented).toBe(true);
    expect(copied!.html).toBe(expected.html);
    expect(squash(copied!.text)).toBe(squash(expected.text));
    // …and the system clipboard holds both, as another page (with the API) reads it
    const reader = await context.newPage();
    await reader.goto(`${pane.url}taskpane.html`);
    const types = await reader.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
    expect(types).toEqual(expect.arrayContaining(["text/html", "text/plain"]));
    expect(squash(await reader.evaluate(() => navigator.clipboard.readText()))).toBe(squash(expected.text));
  } finally {
    await context.close();
  }
});
