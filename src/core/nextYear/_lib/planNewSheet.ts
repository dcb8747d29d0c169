import type { CheckResult } from "../../CheckResult";
import { findFiscalYearIn } from "../../fiscalYear/findFiscalYearIn";
import type { KpiField } from "../../KpiRecord";
import { BUILT_IN_SCHEMA } from "../../KpiSchema";
import { parseRangeAddress } from "../../parseRangeAddress";
import type { SheetSnapshot } from "../../SheetSnapshot";
import { nextYearText } from "../nextYearText";
import type { NextYearCell, NextYearRefusal, NextYearRows } from "../NextYearRows";
import { rowsOfLatestYear } from "./planTableRows";
import { boundsOf, isEmpty, nextFieldValue, nextYearValue, qualifierCols, rowFields, textAt, valueAt } from "./sheetCells";

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

/**
 * The next year's sheet's name: the sheet's own with the year one on (`2024年度` → `2025年度`, `R6` → `R7`), or,
 * where the name names no year (the year is in a title row), the year itself (`2025年度`).
 */
function nextSheetName(name: string, from: number): string {
  const renamed = nextYearText(name, from, from + 1);
  return (renamed !== name ? renamed : `${from + 1}年度`).slice(0, SHEET_NAME_MAX);
}

/**
 * A new sheet for the next year, where the table's year lives in the sheet's name or in a title row above it
 * (one sheet per year): the sheet's rows down to the table's last row copied — the title rows and the header
 * with the year one on, each KPI row with the copied fields, the target the next target where the row gives
 * one, the results empty — with the formats, merges, row heights and column widths of this year's sheet.
 * Notes below the table are not copied. Refused when a sheet of that name, or another sheet named for that year,
 * exists.
 */
export function planNewSheet(result: CheckResult, s: SheetSnapshot, sheets: readonly string[]): NextYearRows | NextYearRefusal {
  const range = result.range ? parseRangeAddress(result.range) : undefined;
  const latest = rowsOfLatestYear(result);
  if (!range || !latest) return { code: "next-year-no-kpis" };
  const { year: from, rows: source } = latest;
  const name = nextSheetName(result.sheetName, from);
  // a sheet of that name, or another sheet named for that year (`2025年度` beside `R7`): the year is there already
  const namesYear = (n: string) => n !== result.sheetName && findFiscalYearIn(n, BUILT_IN_SCHEMA, result.fiscalYearStartMonth)?.year === from + 1;
  if (sheets.some((n) => n.toLowerCase() === name.toLowerCase() || namesYear(n))) return { code: "next-year-exists", fiscalYear: from + 1 };
  const byRow = new Map(source.map((r) => [r.kpi.row, r]));
  const left = Math.min(range.left, s.origin.col);
  const right = Math.max(range.right, s.origin.col + (s.values[0]?.length ?? 1) - 1);
  const cells: NextYearCell[] = [];
  const qualifiers = qualifierCols(result);
  const rowHeightsFrom: Record<number, number> = {};
  for (let row = 1; row <= range.bottom; row++) {
    rowHeightsFrom[row] = row;
    const kpiRow = byRow.get(row);
    const fieldAt = kpiRow ? rowFields(result, kpiRow.kpi) : new Map<number, KpiField>();
    if (kpiRow?.nextTarget) fieldAt.set(kpiRow.nextTarget.col, "result");
    for (let col = left; col <= (row < range.top ? right : range.right); col++) {
      const v = valueAt(s, row, col);
      const text = textAt(s, row, col);
      const formatFrom = { row, col };
      const field = fieldAt.get(col);
      if (kpiRow) {
        const value = field ? nextFieldValue(field, v, text, from, kpiRow.nextTarget?.value) : qualifiers.has(col) ? v : null;
        cells.push({ row, col, value, formatFrom });
      } else if (!isEmpty(v)) {
        // the title rows, the header and rows that are not KPIs (units, headings) name the new year
        cells.push({ row, col, value: nextYearValue(v, text, from, from + 1), formatFrom });
      } else {
        cells.push({ row, col, value: null, formatFrom });
      }
    }
  }
  const columnWidthsFrom: Record<number, number> = {};
  for (let col = left; col <= right; col++) columnWidthsFrom[col] = col;
  const written = cells.filter((c) => c.value !== null || byRow.has(c.row));
  return {
    sheet: name,
    fiscalYear: from + 1,
    fromYear: from,
    newSheet: { copyOf: result.sheetName },
    ...boundsOf(written),
    cells,
    merges: (s.merges ?? []).filter((m) => m.bottom <= range.bottom),
    rowHeightsFrom,
    columnWidthsFrom,
    kpis: source.length,
  };
}
