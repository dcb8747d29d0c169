import type { CheckResult } from "../CheckResult";
import { rangeAddress } from "../cellAddress";
import type { JudgedKpi } from "../JudgedKpi";
import type { FieldCell, KpiField } from "../KpiRecord";
import type { Rect } from "../Rect";
import type { CellValue, SheetSnapshot } from "../SheetSnapshot";
import { parseRangeAddress } from "../parseRangeAddress";
import type { NextYearCell, NextYearRefusal, NextYearRows } from "./NextYearRows";
import { nextYearText } from "./nextYearText";

/** Fields copied to the next year as they are; the target too (this year's, where no next target is given). */
const COPIED: ReadonlySet<KpiField> = new Set(["no", "title", "description", "scope", "target", "commitment", "principles", "seriesId"]);
/** Fields left empty in the next year's rows. */
const EMPTIED: ReadonlySet<KpiField> = new Set(["result", "evaluation"]);

function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Whether the rows `top`–`bottom` hold nothing in columns `left`–`right` (beyond the snapshot they are empty). */
function isFree(s: SheetSnapshot, r: Rect): boolean {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) if (!isEmpty(valueAt(s, row, col))) return false;
  }
  return !(s.merges ?? []).some((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
}

/** The year's value in the next year's notation: a number stays a number, a text keeps its wording. */
function nextYearValue(v: CellValue, text: string, from: number, to: number): CellValue {
  if (typeof v === "number") return v === from ? to : v;
  if (typeof v === "string") return nextYearText(v, from, to);
  return isEmpty(v) ? v : nextYearText(text, from, to);
}

function fieldEntries(kpi: JudgedKpi): [KpiField, FieldCell][] {
  return Object.entries(kpi.record.fields).filter((e): e is [KpiField, FieldCell] => e[1] !== undefined);
}

function planTable(result: CheckResult, s: SheetSnapshot, from: number, source: JudgedKpi[]): NextYearRows | NextYearRefusal {
  const range = result.range ? parseRangeAddress(result.range) : undefined;
  const columns = result.header?.columns ?? {};
  if (!range || columns.fiscalYear === undefined) return { code: "next-year-layout", layout: "table-without-year-column" };
  if (s.table?.totalsRow) return { code: "next-year-no-space", range: result.range ?? "" };
  const top = range.bottom + 1;
  const rows = { top, bottom: top + source.length - 1 };
  const area = { ...rows, left: range.left, right: range.right };
  if (!isFree(s, area)) return { code: "next-year-no-space", range: rangeAddress(area.top, area.left, area.bottom, area.right) };
  const to = from + 1;
  const cells: NextYearCell[] = [];
  const rowHeightsFrom: Record<number, number> = {};
  source.forEach((kpi, j) => {
    const row = top + j;
    rowHeightsFrom[row] = kpi.row;
    for (const [field, col] of Object.entries(columns) as [KpiField, number][]) {
      const at = { row: kpi.row, col };
      const v = valueAt(s, kpi.row, col);
      const text = s.texts[kpi.row - s.origin.row]?.[col - s.origin.col] ?? "";
      const value = field === "fiscalYear" ? nextYearValue(v, text, from, to) : EMPTIED.has(field) || !COPIED.has(field) ? null : v;
      cells.push({ row, col, value, formatFrom: at });
    }
  });
  const merges = (s.merges ?? [])
    .filter((m) => m.top === m.bottom && source.some((k) => k.row === m.top))
    .map((m) => ({ ...m, top: top + source.findIndex((k) => k.row === m.top), bottom: top + source.findIndex((k) => k.row === m.top) }));
  const table = s.table && s.table.top <= range.top && s.table.bottom >= range.bottom ? s.table : undefined;
  return {
    sheet: result.sheetName,
    fiscalYear: to,
    fromYear: from,
    rows,
    cells,
    merges,
    rowHeightsFrom,
    kpis: source.length,
    ...(table ? { extendTable: { name: table.name, ref: { top: table.top, left: table.left, bottom: rows.bottom, right: table.right } } } : {}),
  };
}

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
      const text = s.texts[r - s.origin.row]?.[col - s.origin.col] ?? "";
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
    ...(newestFirst ? { insert: { at, count } } : {}),
    rows: { top: at, bottom: at + count - 1 },
    cells,
    merges,
    rowHeightsFrom,
    kpis: source.length,
  };
}

/**
 * Plans the next fiscal year's rows (新年度の準備) in the table's own layout: this latest year's KPIs copied — No,
 * title, description, scope, commitment, principles and ID as written, the target as this year's — with the results
 * empty and the year one on. A table gets the rows after its last row (its Excel Table extended over them); a blocks
 * sheet a new year section: at the top, rows inserted, where the newest year comes first, else after the last one.
 * Refused (typed, with the range) where the rows are not free, and for layouts not planned yet.
 *
 * @example
 * const plan = planNextYear(checkSheet(snapshot, { asOf }), snapshot);
 * "cells" in plan && plan.fiscalYear // 2025
 */
export function planNextYear(result: CheckResult, snapshot: SheetSnapshot): NextYearRows | NextYearRefusal {
  const years = result.kpis.map((k) => k.fiscalYear).filter((y): y is number => y !== null);
  if (years.length === 0) return { code: "next-year-no-kpis" };
  const from = Math.max(...years);
  const source = result.kpis.filter((k) => k.fiscalYear === from).sort((a, b) => a.row - b.row);
  if (result.layout === "table") return planTable(result, snapshot, from, source);
  if (result.layout === "blocks") return planBlocks(result, snapshot, from, source);
  return { code: "next-year-layout", layout: result.layout ?? "none" };
}
