/**
 * Advance widths of the printable ASCII characters (U+0020–U+007E, in order) in bold, in hundredths of an em, as
 * Debian's Chromium draws them: `LATIN` in DejaVu Sans Bold (Linux browsers' default sans-serif, the widest of
 * the common ones: Arial, Helvetica and Segoe UI are narrower), `JAPANESE` in Noto Sans CJK JP Bold, the font a
 * page in Japanese draws them with (its half-width letters and digits are narrower).
 */
const LATIN = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58,
  100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 68, 70, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50,
  50, 67, 72, 59, 72, 68, 41, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
const JAPANESE = [
  23, 37, 58, 59, 59, 96, 74, 33, 38, 38, 51, 59, 33, 37, 33, 39, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 33, 33, 59, 59, 59, 51,
  101, 64, 68, 62, 71, 62, 59, 72, 76, 33, 53, 69, 58, 85, 75, 77, 67, 77, 68, 61, 63, 75, 63, 92, 63, 58, 60, 38, 39, 38, 59, 57,
  63, 59, 64, 50, 64, 58, 36, 60, 64, 30, 31, 60, 32, 96, 64, 63, 64, 64, 44, 50, 40, 64, 58, 86, 56, 57, 51, 38, 30, 38, 59,
];

/** The em width of one character of a bold label: ASCII from the table, anything else (kana, kanji, ◯, é) one em. */
function charEm(ch: string, widths: readonly number[]): number {
  const code = ch.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e ? widths[code - 0x20] / 100 : 1;
}

/**
 * The parts of a label a line break never splits: its words (a Latin word has no break inside), and a
 * bracketed end kept whole (`kpi-item__keep`: 「(2024年度)」 of 結果(2024年度)); a Japanese run may break
 * between characters but is counted whole, as the label is meant to stand on one line.
 *
 * @example unbreakableParts("Result (FY2024)") // ["Result", "(FY2024)"]
 */
export function unbreakableParts(label: string): string[] {
  const at = Math.max(label.lastIndexOf("("), label.lastIndexOf("（"));
  const [head, kept] = at > 0 ? [label.slice(0, at), label.slice(at)] : [label, ""];
  return [...head.split(" "), kept].map((p) => p.trim()).filter(Boolean);
}

/**
 * How wide a bold label draws, in em: its widest unbreakable part (`unbreakableParts`) in the fonts a page of its
 * language is drawn with, so that a column of this width (plus its padding) holds the label without a break
 * inside a word.
 *
 * @example labelWidthEm("Target", "en") // 3.74
 * @example labelWidthEm("結果(2024年度)", "ja") // 5.12
 */
export function labelWidthEm(label: string, lang: string): number {
  const widths = lang.toLowerCase().startsWith("ja") ? JAPANESE : LATIN;
  const parts = unbreakableParts(label).map((part) => [...part].reduce((sum, ch) => sum + charEm(ch, widths), 0));
  return Math.round(Math.max(0, ...parts) * 100) / 100;
}
