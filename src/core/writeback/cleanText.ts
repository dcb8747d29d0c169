/**
 * Excel's limit on the characters of one cell.
 *
 * @example MAX_CELL_CHARS // 32767
 */
export const MAX_CELL_CHARS = 32767;

// Code points no workbook XML or HTML text can carry: C0/C1 controls other than TAB and LF, lone surrogates,
// and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF. Valid surrogate pairs are matched too (group 1) and
// kept, so that a low surrogate matched on its own is a lone one — no lookbehind, which Safari before 16.4
// cannot parse. The noncharacter pairs come first so that they are not kept as valid pairs.
const UNREPRESENTABLE =
  /[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|([\uD800-\uDBFF][\uDC00-\uDFFF])|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/g;

function replaceUnrepresentable(_match: string, pair: string | undefined): string {
  return pair ?? "\uFFFD";
}

/**
 * Cell text made safe for any output: line breaks become `\n`, and every code point that a workbook or an
 * HTML page cannot carry (controls other than TAB and LF, lone surrogates, noncharacters) becomes U+FFFD.
 *
 * @example cleanText("a\r\nb\u0007") // "a\nb\uFFFD"
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(UNREPRESENTABLE, replaceUnrepresentable);
}

/**
 * `cleanText`, then cut to Excel's 32,767 characters per cell (never inside a surrogate pair).
 *
 * @example cellText("x".repeat(40000)).length // 32767
 */
export function cellText(text: string): string {
  const clean = cleanText(text);
  if (clean.length <= MAX_CELL_CHARS) return clean;
  const cut = /[\uD800-\uDBFF]/.test(clean[MAX_CELL_CHARS - 1]) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return clean.slice(0, cut);
}
