import { parseRangeAddress, type SheetRect } from "../../core/parseRangeAddress";

/**
 * Parses the comma-separated address of a `RangeAreas` (`KPI!A1:B2, KPI!D4`) into rectangles; parts that are
 * not blocks of cells (whole rows or columns) are skipped.
 *
 * @example parseAreasAddress("KPI!A1:B2, KPI!D4").length // 2
 */
export function parseAreasAddress(address: string): SheetRect[] {
  const rects: SheetRect[] = [];
  for (const part of splitAreas(address)) {
    const rect = parseRangeAddress(part);
    if (rect) rects.push(rect);
  }
  return rects;
}

/** Splits at commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}
