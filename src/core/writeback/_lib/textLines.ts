// Code point ranges drawn two columns wide (East Asian Wide / Fullwidth, plus emoji and the status marks).
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2190, 0x21ff],
  [0x2460, 0x24ff],
  [0x2500, 0x27bf],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f000, 0x1faff],
  [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return true;
  return false;
}

const NARROW = /[\s.,:;!|'()[\]{}iIl]/;

/**
 * How wide a line of text is drawn, in Excel column-width units (one unit ≈ one digit of the default font; a
 * Japanese character takes about two, narrow punctuation about half). Errs on the wide side: a row a little too
 * tall looks better than text cut off.
 *
 * @example textWidth("目標 80%") // 7.9
 */
export function textWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : NARROW.test(ch) ? 0.6 : 1.1;
  return Math.round(width * 10) / 10;
}

/**
 * How many lines a wrapped cell of the given width (in column-width units) needs for a text, less `indent`
 * steps of indentation.
 *
 * @example textLines("お客様".repeat(10), 20) // 4
 */
export function textLines(text: string, width: number, indent = 0): number {
  const usable = Math.max(1, width - 1 - 1.5 * indent);
  let lines = 0;
  for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(textWidth(line) / usable));
  return lines;
}
