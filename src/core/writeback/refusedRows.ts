import type { NextYearRows } from "../nextYear/NextYearRows";
import type { WriteProtection } from "./writablePatch";

/**
 * What protection refuses of the next year's rows (新年度の準備), as Excel does: rows inserted into a protected sheet
 * (the sheet named), or the new year's sheet added to a workbook whose structure is protected; undefined when the
 * rows may be written. Unlike status lines, the rows are never written in part: the write is refused whole.
 *
 * @example refusedRows({ sheet: "KPI", … }, { protectedSheets: ["KPI"], structureProtected: false }) // { sheet: "KPI" }
 */
export function refusedRows(
  rows: Pick<NextYearRows, "sheet" | "newSheet"> | undefined,
  protection: Pick<WriteProtection, "protectedSheets" | "structureProtected">,
): { sheet: string } | { structure: true } | undefined {
  if (!rows) return undefined;
  if (rows.newSheet) return protection.structureProtected ? { structure: true } : undefined;
  return protection.protectedSheets.includes(rows.sheet) ? { sheet: rows.sheet } : undefined;
}
