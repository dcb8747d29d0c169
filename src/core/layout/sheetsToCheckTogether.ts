import type { CheckResult } from "../CheckResult";
import type { WorkbookInfo } from "../WorkbookPort";
import { candidateSheets } from "./chooseKpiSheet";
import { namesAFiscalYear as namesAYear } from "./namesAFiscalYear";

/**
 * The other sheets a one-sheet check could take in as a check of all sheets (the pane's one-line offer): the
 * sheets the check found KPI tables on (`result.otherKpiSheets`), and — since a host reads no other sheet's cells in a
 * one-sheet check — the other visible sheets named for a fiscal year (`2023年度`, `R5`, `2024年度実績`) when the checked
 * sheet is too (one sheet per year), never the add-in's own sheets. Empty after a check of several sheets or one that
 * found no KPI.
 *
 * @example sheetsToCheckTogether(resultOf2024, { sheets: ["2023年度", "2024年度", "開示用"], … }, 4) // ["2023年度"]
 */
export function sheetsToCheckTogether(result: CheckResult, workbook: WorkbookInfo, startMonth: number): string[] {
  if (result.kpis.length === 0 || (result.sheets?.length ?? 0) > 0) return [];
  const hidden = new Set(workbook.hiddenSheets ?? []);
  const definedNames = Object.fromEntries(workbook.names.map((n) => [n.name, n.ref.replace(/^=/, "")]));
  const found = new Set(result.otherKpiSheets ?? []);
  const byName = namesAYear(result.sheetName, startMonth);
  const visible = workbook.sheets.filter((name) => !hidden.has(name)).map((name) => ({ name }));
  return candidateSheets(visible, definedNames).filter((name) => name !== result.sheetName && (found.has(name) || (byName && namesAYear(name, startMonth))));
}
