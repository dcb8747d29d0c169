/** @jest-environment jsdom */
import { canDownloadFiles, currentDownloadEnv, downloadBlob } from "../../src/ui/downloadBlob";

/**
 * Excel's web views on Windows (WebView2) and Mac (WKWebView) ignore blob downloads without an error
 * (office-js #1511, #2700): the download must say it did nothing there, so that the pane shows the text box.
 */
describe("downloadBlob: a file where the host can save one, false where it cannot", () => {
  it.each([
    [undefined, true],
    ["OfficeOnline", true],
    ["PC", false],
    ["Mac", false],
    ["iOS", false],
    ["Universal", false],
  ])("Office platform %j: downloads work = %j", (officePlatform, works) => {
    expect(canDownloadFiles(officePlatform === undefined ? {} : { officePlatform })).toBe(works);
  });

  it("does not click a link in Excel on Windows, and says so", () => {
    const clicks: string[] = [];
    document.addEventListener("click", (e) => clicks.push((e.target as HTMLAnchorElement).download));
    URL.createObjectURL = () => "blob:x";
    expect(downloadBlob(new Blob(["<p>a</p>"]), "kpi.html", document, { officePlatform: "PC" })).toBe(false);
    expect(clicks).toEqual([]);
    expect(downloadBlob(new Blob(["<p>a</p>"]), "kpi.html", document, { officePlatform: "OfficeOnline" })).toBe(true);
    expect(clicks).toEqual(["kpi.html"]);
  });

  it("reads the platform from office.js when it has started, and none in a plain browser", () => {
    expect(currentDownloadEnv()).toEqual({});
    Object.assign(globalThis, { Office: { context: { diagnostics: { platform: "Mac" } } } });
    try {
      expect(currentDownloadEnv()).toEqual({ officePlatform: "Mac" });
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
