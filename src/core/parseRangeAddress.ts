import { parseCellAddress } from "./cellAddress";
import type { Rect } from "./Rect";

/**
 * A rectangular block of a sheet in 1-based, inclusive sheet coordinates; `sheet` is "" when the address named
 * none.
 *
 * @example { sheet: "KPI", top: 1, left: 1, bottom: 25, right: 9 }
 */
export interface SheetRect extends Rect {
  sheet: string;
}

/**
 * Splits a sheet-qualified address into its sheet name and the address on the sheet. Excel quotes sheet names
 * that hold spaces or symbols (`'KPI 2024'!A1`) and doubles a quote inside them; an unquoted name ends at the
 * first `!`. A leading `=` (as defined names give it) is dropped.
 *
 * @example splitSheetAddress("'KPI 2024'!A1:C3") // { sheet: "KPI 2024", address: "A1:C3" }
 */
export function splitSheetAddress(address: string): { sheet: string; address: string } {
  const s = address.startsWith("=") ? address.slice(1) : address;
  if (s.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'!/.exec(s);
    return m ? { sheet: m[1].replace(/''/g, "'"), address: s.slice(m[0].length) } : { sheet: "", address: s };
  }
  const bang = s.indexOf("!");
  return bang < 0 ? { sheet: "", address: s } : { sheet: s.slice(0, bang), address: s.slice(bang + 1) };
}

/**
 * Parses one cell or one block, as Office.js gives it (`KPI!A1:I25`, `'開示 用'!B3`, `$A$1:$C$9`) or a defined name
 * refers to it (`='KPI'!$J$1:$J$25`); anything else — whole rows or columns, several areas, `#REF!`, constants,
 * formulas — gives undefined.
 *
 * @example parseRangeAddress("KPI!B2:D9") // { sheet: "KPI", top: 2, left: 2, bottom: 9, right: 4 }
 */
export function parseRangeAddress(address: string): SheetRect | undefined {
  const { sheet, address: local } = splitSheetAddress(address.trim());
  const [a, b = a, ...more] = local.split(":");
  if (more.length > 0) return undefined;
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
