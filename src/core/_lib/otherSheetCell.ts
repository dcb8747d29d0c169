import { cellAddress } from "../cellAddress";
import type { SheetCell } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";

/**
 * Where another year's KPI is, for a finding on `sheet` that compares with it: its sheet, row and result cell (its
 * title's when the result has no cell) — undefined when it is on the same sheet, or sheets are not named (one sheet).
 *
 * @example otherSheetCell(kpi2023, "2024年度") // { sheet: "2023年度", row: 12, cell: "G12" }
 */
export function otherSheetCell(kpi: Pick<JudgedKpi, "sheet" | "row" | "record">, sheet: string | undefined): SheetCell | undefined {
  if (kpi.sheet === undefined || kpi.sheet === sheet) return undefined;
  const field = kpi.record.fields.result ?? kpi.record.fields.title;
  return { sheet: kpi.sheet, row: kpi.row, cell: field ? cellAddress(field.row, field.col) : null };
}
