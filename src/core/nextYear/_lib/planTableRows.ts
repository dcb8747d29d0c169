import type { CheckResult } from "../../CheckResult";
import { rangeAddress } from "../../cellAddress";
import type { JudgedKpi } from "../../JudgedKpi";
import { parseRangeAddress } from "../../parseRangeAddress";
import type { CellValue, SheetSnapshot } from "../../SheetSnapshot";
import type { NextYearCell, NextYearRefusal, NextYearRows } from "../NextYearRows";
import { boundsOf, isFree, nextFieldValue, qualifierCols, rowFields, textAt, valueAt } from "./sheetCells";

/**
 * The KPIs of the table's latest row year, one per row, each with the next target its row gives (a next-target
 * table: `目標 | 実績 | 次期目標`, kpi-rules.md §1.4, reads each row as this year's KPI plus next year's, whose
 * target is the next-target cell).
 */
export function rowsOfLatestYear(result: CheckResult): { year: number; rows: { kpi: JudgedKpi; nextTarget?: { value: CellValue; col: number } }[] } | undefined {
  const byRow = new Map<number, JudgedKpi[]>();
  for (const k of result.kpis) byRow.set(k.row, [...(byRow.get(k.row) ?? []), k]);
  const base = [...byRow.values()].map((ks) => ks.reduce((a, b) => ((a.fiscalYear ?? Infinity) <= (b.fiscalYear ?? Infinity) ? a : b)));
  const years = base.map((k) => k.fiscalYear).filter((y): y is number => y !== null);
  if (years.length === 0) return undefined;
  const year = Math.max(...years);
  const rows = base
    .filter((k) => k.fiscalYear === year)
    .sort((a, b) => a.row - b.row)
    .map((kpi) => {
      const next = byRow.get(kpi.row)!.find((k) => k.fiscalYear === year + 1)?.record.fields.target;
      return next ? { kpi, nextTarget: { value: next.value, col: next.col } } : { kpi };
    });
  return { year, rows };
}

/**
 * A table's (and a next-target table's) next-year rows: after the table's last row, one per KPI of the latest
 * row year, its Excel Table extended over them. The year column one on, the target the row's next target where
 * it gives one (else this year's), the results and the next target empty.
 */
export function planTableRows(result: CheckResult, s: SheetSnapshot): NextYearRows | NextYearRefusal {
  const range = result.range ? parseRangeAddress(result.range) : undefined;
  const latest = rowsOfLatestYear(result);
  if (!range || !latest) return { code: "next-year-no-kpis" };
  if (s.table?.totalsRow) return { code: "next-year-no-space", range: result.range ?? "" };
  const { year: from, rows: source } = latest;
  const top = range.bottom + 1;
  const rows = { top, bottom: top + source.length - 1 };
  const area = { ...rows, left: range.left, right: range.right };
  if (!isFree(s, area)) return { code: "next-year-no-space", range: rangeAddress(area.top, area.left, area.bottom, area.right) };
  const cells: NextYearCell[] = [];
  const qualifiers = qualifierCols(result);
  const rowHeightsFrom: Record<number, number> = {};
  source.forEach(({ kpi, nextTarget }, j) => {
    const row = top + j;
    rowHeightsFrom[row] = kpi.row;
    const fieldAt = rowFields(result, kpi);
    if (nextTarget) fieldAt.set(nextTarget.col, "result"); // the next target is emptied: next year's is still to come
    for (const [col, field] of [...fieldAt].sort((a, b) => a[0] - b[0])) {
      const value = nextFieldValue(field, valueAt(s, kpi.row, col), textAt(s, kpi.row, col), from, nextTarget?.value);
      cells.push({ row, col, value, formatFrom: { row: kpi.row, col } });
    }
    // `単位`, `判定基準`: the row's unit and criterion go on with its target
    for (const col of qualifiers) if (!fieldAt.has(col)) cells.push({ row, col, value: valueAt(s, kpi.row, col), formatFrom: { row: kpi.row, col } });
  });
  const merges = (s.merges ?? [])
    .filter((m) => m.top === m.bottom && source.some((r) => r.kpi.row === m.top))
    .map((m) => {
      const at = top + source.findIndex((r) => r.kpi.row === m.top);
      return { ...m, top: at, bottom: at };
    });
  const table = s.table && s.table.top <= range.top && s.table.bottom >= range.bottom ? s.table : undefined;
  return {
    sheet: result.sheetName,
    fiscalYear: from + 1,
    fromYear: from,
    rows,
    columns: boundsOf(cells).columns,
    cells,
    merges,
    rowHeightsFrom,
    kpis: source.length,
    ...(table ? { extendTable: { name: table.name, ref: { top: table.top, left: table.left, bottom: rows.bottom, right: table.right } } } : {}),
  };
}
