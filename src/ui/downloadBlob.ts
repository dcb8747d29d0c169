/** Where the pane runs, as far as downloads go: Office's platform name, or none outside Office. */
export interface DownloadEnv {
  /** `Office.context.diagnostics.platform` ("PC", "Mac", "OfficeOnline", …); undefined outside Office. */
  officePlatform?: string;
}

/** The environment of this page: Office's platform when office.js has started, none in a plain browser. */
export function currentDownloadEnv(): DownloadEnv {
  const office = (globalThis as { Office?: { context?: { diagnostics?: { platform?: unknown }; platform?: unknown } } }).Office;
  const platform = office?.context?.diagnostics?.platform ?? office?.context?.platform;
  return typeof platform === "string" && platform !== "" ? { officePlatform: platform } : {};
}

/**
 * True where a link with `download` saves a file: a browser, including Excel on the web. Excel's own web views
 * on Windows (WebView2) and Mac (WKWebView) ignore blob downloads without a word (office-js #1511, #2700), so
 * desktop and mobile Office get false and the caller shows another way out.
 *
 * @example canDownloadFiles({ officePlatform: "PC" }) // false
 * @example canDownloadFiles({ officePlatform: "OfficeOnline" }) // true
 */
export function canDownloadFiles(env: DownloadEnv): boolean {
  return env.officePlatform === undefined || env.officePlatform === "OfficeOnline";
}

/**
 * Offers a blob as a file download through a temporary link. Returns false where downloads do not work (Excel
 * on Windows and Mac, see {@link canDownloadFiles}) or the link fails, so that the caller shows the content
 * another way (a text box to copy from).
 *
 * @example if (!downloadBlob(new Blob([html], { type: "text/html;charset=utf-8" }), "kpi-disclosure.html")) showSource();
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document, env: DownloadEnv = currentDownloadEnv()): boolean {
  if (!canDownloadFiles(env)) return false;
  try {
    const url = URL.createObjectURL(blob);
    const a = doc.createElement("a");
    a.href = url;
    a.download = filename;
    a.rel = "noopener";
    doc.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}
