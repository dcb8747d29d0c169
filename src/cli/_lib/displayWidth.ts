/** True for code points that a terminal shows two columns wide (CJK, full-width forms, emoji). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * The number of terminal columns a string takes (East Asian wide characters count two).
 *
 * @example displayWidth("KPI達成") // 7
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

/**
 * Pads (or cuts, with `…`) a string to exactly `width` terminal columns.
 *
 * @example fitWidth("お客様アンケートの収集", 10) // "お客様アン…"
 */
export function fitWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s + " ".repeat(width - displayWidth(s));
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "…" + " ".repeat(width - 1 - displayWidth(out));
}
