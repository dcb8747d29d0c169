import type { WorkbookInfo } from "../../core/WorkbookPort";

/**
 * The charts of every sheet, as loaded with the sheets (`items/charts/items/name`, ExcelApi 1.1); nothing when
 * there are none. A sheet the add-in replaces (推移) gets its old charts deleted by these names.
 *
 * @example chartsOf(sheets) // { charts: [{ name: "KpiCheckTrend1", sheet: "推移" }] }
 */
export function chartsOf(sheets: Excel.WorksheetCollection): Pick<WorkbookInfo, "charts"> {
  const charts = sheets.items.flatMap((s) => s.charts.items.map((c) => ({ name: c.name, sheet: s.name })));
  return charts.length > 0 ? { charts } : {};
}
