import type { CheckResult } from "../CheckResult";
import { rangeAddress } from "../cellAddress";
import type { JudgedKpi } from "../JudgedKpi";
import type { KpiField } from "../KpiRecord";
import type { SheetSnapshot } from "../SheetSnapshot";
import type { NextYearCell, NextYearRefusal, NextYearRows } from "./NextYearRows";
import { planNewSheet } from "./_lib/planNewSheet";
import { planTableRows } from "./_lib/planTableRows";
import { planYearLines } from "./_lib/planYearLines";
import { EMPTIED, fieldEntries, isEmpty, isFree, nextYearValue, textAt, valueAt } from "./_lib/sheetCells";

function planBlocks(result: CheckResult, s: SheetSnapshot, from: number, source: JudgedKpi[]): NextYearRows | NextYearRefusal {
  const headingOf = (year: number) =>
    Math.min(...result.kpis.filter((k) => k.fiscalYear === year).map((k) => k.record.fields.fiscalYear?.row ?? k.row));
  const top = headingOf(from);
  const others = [...new Set(result.kpis.map((k) => k.fiscalYear).filter((y): y is number => y !== null && y !== from))].map(headingOf);
  const below = others.filter((r) => r > top);
  const fieldCells = source.flatMap(fieldEntries);
  const lastRow = Math.max(...fieldCells.map(([, c]) => c.row), ...source.map((k) => k.row));
  const end = below.length > 0 ? Math.min(...below) - 1 : lastRow;
  const count = end - top + 1;
  const newestFirst = below.length > 0;
  const right = Math.max(...fieldCells.map(([, c]) => c.col)); // what is right of the fields (the status) is not copied
  const left = s.origin.col;
  const at = newestFirst ? top : end + 1;
  const shift = newestFirst ? count : 0; // where this year's rows are once the new ones are in
  if (!newestFirst) {
    const area = { top: at, bottom: at + count - 1, left, right: s.origin.col + (s.values[0]?.length ?? 1) - 1 };
    if (!isFree(s, area)) return { code: "next-year-no-space", range: rangeAddress(area.top, area.left, area.bottom, area.right) };
  }
  const fieldAt = new Map<string, KpiField>();
  for (const [field, cell] of fieldCells) fieldAt.set(`${cell.row}:${cell.col}`, field);
  const to = from + 1;
  const cells: NextYearCell[] = [];
  const rowHeightsFrom: Record<number, number> = {};
  for (let r = top; r <= end; r++) {
    const row = at + (r - top);
    rowHeightsFrom[row] = r + shift;
    for (let col = left; col <= right; col++) {
      const v = valueAt(s, r, col);
      const field = fieldAt.get(`${r}:${col}`);
      const formatFrom = { row: r + shift, col };
      if (field && EMPTIED.has(field)) {
        cells.push({ row, col, value: null, formatFrom });
        continue;
      }
      if (isEmpty(v)) continue;
      const text = textAt(s, r, col);
      // the heading and the labels (`結果(2024年度)`) name the new year; the KPI's own texts are copied as written
      const value = field === undefined || field === "fiscalYear" ? nextYearValue(v, text, from, to) : v;
      cells.push({ row, col, value, formatFrom });
    }
  }
  const merges = (s.merges ?? [])
    .filter((m) => m.top >= top && m.bottom <= end)
    .map((m) => ({ ...m, top: at + (m.top - top), bottom: at + (m.bottom - top) }));
  return {
    sheet: result.sheetName,
    fiscalYear: to,
    fromYear: from,
    ...(newestFirst ? { insertRows: [{ at, count }] } : {}),
    rows: { top: at, bottom: at + count - 1 },
    columns: { left, right },
    cells,
    merges,
    rowHeightsFrom,
    kpis: source.length,
  };
}

/** Options of {@link planNextYear}. */
export interface NextYearOptions {
  /** The workbook's sheet names: a new year's sheet must not take one. */
  sheets?: readonly string[];
}

/**
 * Plans the next fiscal year's rows (新年度の準備) in the table's own layout (kpi-rules.md §1): the latest year's
 * KPIs copied — No, title, description, scope, commitment, principles and ID as written, the target the next
 * target where the table has a next-target column, else this year's — with the results empty and the year one
 * on. Where they go:
 * - a table: rows after its last row (its Excel Table extended over them); a next-target table the same, the
 *   next-target column becoming the new rows' target and left empty on them;
 * - a table whose year is in the sheet's name or a title row: a new sheet named for the next year, the rows down
 *   to the table's end copied;
 * - a wide table or a two-row header: the year's columns after the latest year's (`planYearLines`);
 * - a transposed table: the year's rows after the latest year's;
 * - a blocks sheet: a new year section, at the top (rows inserted) where the newest year comes first, else after
 *   the last one.
 * Refused (typed, with the range) where the space is not free, and where the next year is already there.
 *
 * @example
 * const plan = planNextYear(checkSheet(snapshot, { asOf }), snapshot);
 * "cells" in plan && plan.fiscalYear // 2025
 */
export function planNextYear(checked: CheckResult, snapshot: SheetSnapshot, options: NextYearOptions = {}): NextYearRows | NextYearRefusal {
  // a check of several sheets (`--all-sheets`): the rows follow the sheet given, from its own table and KPIs
  const table = checked.sheetTables?.find((t) => t.sheetName === snapshot.sheetName);
  const result = checked.sheets
    ? { ...checked, ...table, sheetName: snapshot.sheetName, kpis: checked.kpis.filter((k) => (k.sheet ?? checked.sheetName) === snapshot.sheetName) }
    : checked;
  const years = result.kpis.map((k) => k.fiscalYear).filter((y): y is number => y !== null);
  if (years.length === 0) return { code: "next-year-no-kpis" };
  const from = Math.max(...years);
  const source = result.kpis.filter((k) => k.fiscalYear === from).sort((a, b) => a.row - b.row);
  switch (result.layout) {
    case "table":
    case "next-target":
      return result.header?.columns.fiscalYear === undefined ? planNewSheet(result, snapshot, options.sheets ?? [result.sheetName]) : planTableRows(result, snapshot);
    case "wide":
    case "two-row-header":
      return planYearLines(result, snapshot, from, source, "col");
    case "transposed":
      return planYearLines(result, snapshot, from, source, "row");
    case "blocks":
      return planBlocks(result, snapshot, from, source);
    default:
      return { code: "next-year-layout", layout: result.layout ?? "none" };
  }
}
