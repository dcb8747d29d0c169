import { DISCLOSURE_CSS } from "../../core/html/disclosureCss";
import type { Lang } from "../../i18n/Lang";
import { downloadBlob } from "../downloadBlob";

/**
 * A whole HTML page around the disclosure fragment, for the preview frame and the downloaded `.html` file: UTF-8,
 * the page's language, and the disclosure's stylesheet (harmless when the fragment has inline styles too).
 *
 * @example htmlDocument("<div class=\"kpi-disclosure\">…</div>", "ja", "KPI") // "<!DOCTYPE html>\n<html lang=\"ja\">…"
 */
export function htmlDocument(fragment: string, lang: Lang, title: string): string {
  const safeTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${safeTitle}</title>`,
    `<style>\nbody{font-family:"Yu Gothic","Hiragino Sans","Meiryo",sans-serif;margin:12px;}\n${DISCLOSURE_CSS}\n</style>`,
    "</head>",
    "<body>",
    fragment,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * Offers a text as a file download through a temporary link. Returns false where downloads do not work (Excel
 * on Windows and Mac), so the caller shows the text box instead.
 *
 * @example downloadText(htmlDocument(html, "ja", "KPI"), "kpi-disclosure.html", "text/html")
 */
export function downloadText(content: string, filename: string, type: string, doc: Document = document): boolean {
  return downloadBlob(new Blob([content], { type: `${type};charset=utf-8` }), filename, doc);
}
