import type { FieldCell } from "../../KpiRecord";

/**
 * A fiscal-year field that is not a cell of the row: named by a header, a title, the sheet name.
 *
 * @example yearCell(2024, "2024年度", 3, 4) // { text: "2024年度", value: 2024, numberFormat: "General", row: 3, col: 4 }
 */
export function yearCell(year: number, text: string, row: number, col: number): FieldCell {
  return { text, value: year, numberFormat: "General", row, col };
}
