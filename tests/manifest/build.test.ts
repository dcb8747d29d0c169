import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildAddin, type BundleReport } from "../../scripts/measure-bundle";
import { validateManifest } from "../../scripts/validate-manifest";

/**
 * The production build for a given host (`ADDIN_URL=https://… npm run build`), run ONCE through webpack's Node API
 * into a temporary folder, then checked: every page and icon the manifest names is in the output, the manifest
 * points only at https:// URLs of that host and validates against the schema, the scripts parse in older Safari,
 * the pages load office.js from Microsoft's CDN, and the pane's JavaScript stays small.
 */
const ADDIN_URL = "https://kpi.example.jp/addin/";
let report: BundleReport;

beforeAll(async () => {
  report = await buildAddin(undefined, { ADDIN_URL });
  console.log(
    `task pane bundle (gzip -9): initial ${report.initialGzipBytes} bytes, ` +
      `lazy ${report.lazy.map((c) => `${c.file} ${c.gzipBytes}`).join(", ")}, total ${report.totalGzipBytes}; ` +
      `commands ${report.commands.map((c) => c.gzipBytes).join(" + ")}`,
  );
}, 300_000);

describe("npm run build: the production bundle", () => {
  it("rewrites every manifest URL to ADDIN_URL, and each names a file in the output", () => {
    const xml = readFileSync(join(report.outDir, "manifest.xml"), "utf8");
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(ADDIN_URL)).toBe(true);
      expect(existsSync(join(report.outDir, url.slice(ADDIN_URL.length)))).toBe(true);
    }
    expect(readFileSync(join(report.outDir, "manifest.xml"), "utf8")).not.toContain("localhost");
  });

  it("points the manifest's pages and icons only at https:// URLs of the host it was built for", () => {
    const xml = readFileSync(join(report.outDir, "manifest.xml"), "utf8");
    const host = new URL(ADDIN_URL).host;
    const urls = [
      ...["SourceLocation", "IconUrl", "HighResolutionIconUrl", "SupportUrl"].flatMap((tag) =>
        [...xml.matchAll(new RegExp(`<${tag} DefaultValue="([^"]*)"`, "g"))].map((m) => [tag, m[1]]),
      ),
      ...[...xml.matchAll(/<bt:(Url|Image) id="[^"]*" DefaultValue="([^"]*)"/g)].map((m) => [`bt:${m[1]}`, m[2]]),
    ];
    expect(new Set(urls.map(([tag]) => tag))).toEqual(new Set(["SourceLocation", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "bt:Url", "bt:Image"]));
    for (const [, url] of urls) {
      const parsed = new URL(url);
      expect([parsed.protocol, parsed.host]).toEqual(["https:", host]);
    }
  });

  it("builds a manifest that validates against the add-in manifest schema", async () => {
    expect(await validateManifest(join(report.outDir, "manifest.xml"))).toEqual({ valid: true, errors: [] });
  });

  // Safari / WKWebView before 16.4 (Excel on older Macs) cannot parse regex lookbehind or class static blocks: one
  // such line stops the whole script, the engine in the pane and the ribbon command with it.
  it("ships no regex lookbehind and no class static block in any script, for Safari before 16.4", () => {
    const scripts = readdirSync(report.outDir).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) {
      const js = readFileSync(join(report.outDir, file), "utf8");
      expect([file, /\(\?<[=!]/.test(js)]).toEqual([file, false]);
      expect([file, /\bstatic\s*\{/.test(js)]).toEqual([file, false]);
    }
  });

  it.each(["taskpane.html", "commands.html"])("%s loads office.js from Microsoft's CDN before the bundle", (page) => {
    const html = readFileSync(join(report.outDir, page), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.length).toBeGreaterThan(1);
  });

  // A parser-blocking office.js in the head leaves the pane blank while Office's CDN is slow, and for good when it
  // never answers. Deferred, it stays in the head and still runs first (deferred scripts run in order, before
  // DOMContentLoaded), and the page paints its loading text at once.
  it("taskpane.html defers office.js and the bundle after it, so that the page paints while office.js loads", () => {
    const html = readFileSync(join(report.outDir, "taskpane.html"), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    const tags = [...head.matchAll(/<script\b[^>]*\ssrc=[^>]*>/g)].map((m) => m[0]);
    expect(tags[0]).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) expect([tag, /\sdefer\b/.test(tag)]).toEqual([tag, true]);
  });

  it("keeps the JavaScript the pane loads before it is usable at 130 KB gzip or less", () => {
    expect(report.initialGzipBytes).toBeLessThanOrEqual(130 * 1024);
  });

  it("has no ajv at all, and exceljs only in the preview's own chunks (the Excel path never loads them)", () => {
    const all = [...report.initial, ...report.lazy, ...report.commands];
    expect(all.flatMap((c) => c.packages)).toContain("react-dom");
    expect(all.flatMap((c) => c.packages)).not.toContain("ajv");
    const withExceljs = all.filter((c) => c.packages.includes("exceljs")).map((c) => c.file);
    expect(withExceljs.length).toBeGreaterThan(0);
    for (const file of withExceljs) expect(file).toMatch(/^(xlsx(-exceljs)?|preview)\./);
    const excelPath = [...report.initial, ...report.commands, ...report.lazy.filter((c) => /^(engine|settings)\./.test(c.file))];
    expect(excelPath.flatMap((c) => c.packages)).not.toContain("exceljs");
  });

  it("loads the engine after the first paint, as a chunk of its own", () => {
    const initialPackages = report.initial.flatMap((c) => c.packages);
    expect(initialPackages).toContain("@fluentui/react-button");
    expect(report.lazy.some((c) => /^engine\./.test(c.file))).toBe(true);
  });
});
