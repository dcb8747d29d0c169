import type { SheetOutline } from "../WorkbookPort";
import { candidateSheets } from "./chooseKpiSheet";

/**
 * The sheet to read when the user named none, from what a host knows before reading any cell (kpi-rules.md §1
 * "Which sheet"): the active sheet when it may hold the KPI table (not the add-in's own sheet, not empty), else
 * the first candidate sheet — visible ones first, in workbook order — that holds anything. Undefined when the
 * outlines given do not settle it (a host may ask first with the active sheet's outline alone, then with all).
 *
 * @example chooseSheetByOutline([{ name: "開示用", … }, { name: "KPI", usedRange: "KPI!A1:H25", … }], "開示用", names) // "KPI"
 */
export function chooseSheetByOutline(outlines: readonly SheetOutline[], activeSheet: string, definedNames: Record<string, string>): string | undefined {
  const byName = new Map(outlines.map((o) => [o.name, o]));
  const order = candidateSheets(
    outlines.map((o) => ({ name: o.name, visibility: o.visible ? ("visible" as const) : ("hidden" as const) })),
    definedNames,
  );
  const filled = (name: string) => byName.get(name)?.usedRange != null;
  if (order.includes(activeSheet) && filled(activeSheet)) return activeSheet;
  return order.find(filled);
}
