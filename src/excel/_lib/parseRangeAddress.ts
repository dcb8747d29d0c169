import { parseCellAddress } from "../../core/cellAddress";

/**
 * A rectangular block of a sheet in 1-based, inclusive sheet coordinates.
 *
 * @example { sheet: "KPI", top: 1, left: 1, bottom: 25, right: 9 }
 */
export interface SheetRect {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Splits a sheet-qualified address into its sheet name and the address on the sheet. Excel quotes sheet names
 * that hold spaces or symbols (`'KPI 2024'!A1`) and doubles a quote inside them.
 *
 * @example splitSheetAddress("'KPI 2024'!A1:C3") // { sheet: "KPI 2024", address: "A1:C3" }
 */
export function splitSheetAddress(address: string): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}

/**
 * Parses an address such as Office.js gives it (`KPI!A1:I25`, `'開示 用'!B3`, `$A$1:$C$9`) into a rectangle, or
 * undefined when it is not one cell or one block.
 *
 * @example parseRangeAddress("KPI!B2:D9") // { sheet: "KPI", top: 2, left: 2, bottom: 9, right: 4 }
 */
export function parseRangeAddress(address: string): SheetRect | undefined {
  const { sheet, address: local } = splitSheetAddress(address.trim());
  const [a, b = a] = local.split(":");
  const start = parseCellAddress(a);
  const end = parseCellAddress(b);
  if (!start || !end) return undefined;
  return {
    sheet,
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

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
