import { columnLetters, parseCellAddress } from "../../cellAddress";

/**
 * A single-area reference of a defined name: the sheet and the (inclusive) range.
 *
 * @example { sheet: "KPI", top: 1, left: 10, bottom: 25, right: 10 } // 'KPI'!$J$1:$J$25
 */
export interface SheetReference {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REFERENCE = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?$/;

/**
 * Parses what a defined name refers to when it is one area of one sheet (Office.js gives `=KPI!$J$1:$J$25`,
 * a workbook file `'開示用'!$A$1`); anything else (`#REF!`, constants, formulas, several areas) gives undefined.
 *
 * @example parseReference("'開示用'!$A$1") // { sheet: "開示用", top: 1, left: 1, bottom: 1, right: 1 }
 */
export function parseReference(reference: string): SheetReference | undefined {
  const m = REFERENCE.exec(reference.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const a = parseCellAddress(m[3]);
  const b = m[4] ? parseCellAddress(m[4]) : a;
  if (!a || !b) return undefined;
  return {
    sheet,
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * The absolute reference of a range on a sheet, the sheet name always quoted.
 *
 * @example formatReference("KPI", 1, 10, 25, 10) // "'KPI'!$J$1:$J$25"
 */
export function formatReference(sheet: string, top: number, left: number, bottom = top, right = left): string {
  const abs = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
  const quoted = `${quoteSheet(sheet)}!`;
  const first = abs(top, left);
  return top === bottom && left === right ? quoted + first : `${quoted}${first}:${abs(bottom, right)}`;
}

/**
 * A sheet name quoted for a reference or hyperlink.
 *
 * @example quoteSheet("O'Brien") // "'O''Brien'"
 */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
