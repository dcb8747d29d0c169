/**
 * Where a fragment's element ids get their stamp: a control character, which no escaped text of the fragment can
 * hold (`escapeHtml` turns control characters into U+FFFD).
 */
export const ID_STAMP = "\u0001";

/**
 * FNV-1a (32 bits) of a text's UTF-16 code units, as 8 hex digits.
 *
 * @example fnv1a("") // "811c9dc5"
 */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * A rendered fragment with its ids stamped: each `ID_STAMP` replaced by a digest of the whole fragment, so that two
 * fragments pasted on one page (two years, two runs, a page with and without the 推移 section) do not share an id —
 * `aria-labelledby` would name the other fragment's chart — while the same input still gives the same bytes.
 *
 * @example stampIds('<title id="kpi-trend-\u0001-1-t">…') // '<title id="kpi-trend-3f2a91c0-1-t">…'
 */
export function stampIds(html: string): string {
  if (!html.includes(ID_STAMP)) return html;
  const digest = fnv1a(html);
  return html.split(ID_STAMP).join(digest);
}
