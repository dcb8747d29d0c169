import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import type { Lang } from "../../../src/i18n/Lang";
import { uiStrings } from "../../../src/i18n/ui";
import { previewStrings } from "../../../src/preview/previewStrings";
import { EXCEL_OFFICE_STUB } from "./officeStub";
import { ADDIN_DIR, CHROMIUM, OFFICE_JS_DIR } from "./paths";
import { serveStatic, type StaticServer } from "./staticServer";

/** Flags that keep Debian's Chromium headless, quiet and off the network. */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Launches Debian's headless Chromium through playwright-core.
 *
 * @example const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * How a test context answers office.js's CDN: from the npm copy, refused (blocked, offline), never (a hang), or
 * with a stand-in that names Excel as the host ({@link EXCEL_OFFICE_STUB}).
 */
export type OfficeJs = "serve" | "abort" | "hang" | "excel";

/** Options of {@link openPane}. */
export interface PaneOptions extends BrowserContextOptions {
  officeJs?: OfficeJs;
  /** Answer office.js's request only after this many milliseconds (a slow CDN). */
  officeJsDelayMs?: number;
  /** The fixed clock of the page (the as-of date of a check), ISO. */
  now?: string;
  /** Run in the page before its scripts (e.g. to block the Clipboard API). */
  initScript?: string;
}

/** A page showing the pane, its context, and the non-local requests the context refused. */
export interface OpenPane {
  context: BrowserContext;
  page: Page;
  blocked: string[];
}

/**
 * A fresh browser context (viewport 380 × 900 px unless given; Japanese; Tokyo time) on taskpane.html from
 * `baseUrl`: office.js's CDN is answered from @microsoft/office-js's dist folder (or aborted), every other
 * request that does not go to 127.0.0.1 is refused and recorded.
 *
 * @example const { page } = await openPane(browser, server.url, { officeJs: "abort" });
 */
export async function openPane(browser: Browser, baseUrl: string, options: PaneOptions = {}): Promise<OpenPane> {
  const { officeJs = "serve", officeJsDelayMs = 0, now = "2026-11-29T10:00:00+09:00", initScript, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 380, height: 900 },
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    acceptDownloads: true,
    ...contextOptions,
  });
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.hostname === "appsforoffice.microsoft.com") {
      if (officeJs === "abort") return route.abort("internetdisconnected");
      if (officeJs === "hang") return; // left pending: the page's parser waits on the script
      if (officeJsDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, officeJsDelayMs));
      if (officeJs === "excel") return route.fulfill({ contentType: "text/javascript", body: EXCEL_OFFICE_STUB });
      const file = join(OFFICE_JS_DIR, url.pathname.replace(/^\/lib\/1\/hosted\//, ""));
      if (url.pathname.startsWith("/lib/1/hosted/") && existsSync(file)) return route.fulfill({ path: file });
      return route.fulfill({ status: 404 });
    }
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(now));
  if (initScript) await page.addInitScript(initScript);
  // A hanging or slow office.js holds the page's load event: only wait for the page to start then.
  await page.goto(`${baseUrl}taskpane.html`, officeJs === "hang" || officeJsDelayMs > 0 ? { waitUntil: "commit" } : {});
  return { context, page, blocked };
}

/**
 * Opens the bundled sample and runs the check by clicking, waiting until the verdict is shown.
 *
 * @example await checkSample(page, "ja");
 */
export async function checkSample(page: Page, lang: Lang = "ja"): Promise<void> {
  const p = previewStrings(lang);
  await page.getByRole("button", { name: p.openSample }).click();
  await page.getByTestId("drop-zone").getByText(p.opened("sample-kpi.xlsx")).waitFor(); // opened (not the file before)
  await page.getByRole("button", { name: uiStrings(lang).run, exact: true }).click();
  await page.getByTestId("verdict").waitFor();
}

/** The production build served on 127.0.0.1 and a Chromium to open it in, shared by one test file. */
export interface ServedPane {
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves dist/addin and launches Chromium before the file's tests, and closes both after them.
 *
 * @example const pane = useServedPane(); it("…", async () => { const { page } = await openPane(pane.browser, pane.url); });
 */
export function useServedPane(): ServedPane {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(ADDIN_DIR), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
