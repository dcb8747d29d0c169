import { columnLetters } from "../../cellAddress";
import { parseRangeAddress, type SheetRect } from "../../parseRangeAddress";

/**
 * A single-area reference of a defined name: the sheet and the (inclusive) range.
 *
 * @example { sheet: "KPI", top: 1, left: 10, bottom: 25, right: 10 } // 'KPI'!$J$1:$J$25
 */
export type SheetReference = SheetRect;

/**
 * Parses what a defined name refers to when it is one area of one sheet (Office.js gives `=KPI!$J$1:$J$25`,
 * a workbook file `'開示用'!$A$1`); anything else (`#REF!`, constants, formulas, several areas) gives undefined.
 *
 * @example parseReference("'開示用'!$A$1") // { sheet: "開示用", top: 1, left: 1, bottom: 1, right: 1 }
 */
export function parseReference(reference: string): SheetReference | undefined {
  const rect = parseRangeAddress(reference);
  return rect && rect.sheet !== "" ? rect : undefined;
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
