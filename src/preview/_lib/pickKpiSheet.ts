import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { KpiEngine } from "../../app/pipeline/KpiEngine";

/**
 * The sheet a file's check starts on, standing in for Excel's active sheet: the first sheet in which the engine
 * finds KPIs, else the first sheet (whose check then says that no KPI table was found).
 *
 * @example pickKpiSheet([cover, kpi], ENGINE, "2026-11-29") // "KPI"
 */
export function pickKpiSheet(sheets: readonly SheetSnapshot[], engine: Pick<KpiEngine, "checkSheet">, asOf: string): string {
  const found = sheets.find((s) => {
    try {
      return engine.checkSheet(s, { asOf }).kpis.length > 0;
    } catch {
      return false;
    }
  });
  return (found ?? sheets[0]).sheetName;
}
