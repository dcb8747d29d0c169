import type { CheckResult } from "../../CheckResult";
import { rangeAddress } from "../../cellAddress";
import type { JudgedKpi } from "../../JudgedKpi";
import type { KpiField } from "../../KpiRecord";
import { parseRangeAddress } from "../../parseRangeAddress";
import type { Rect } from "../../Rect";
import type { SheetSnapshot } from "../../SheetSnapshot";
import { afterInserts } from "../afterInserts";
import type { LineInsert, NextYearCell, NextYearRefusal, NextYearRows } from "../NextYearRows";
import { boundsOf, fieldEntries, isEmpty, isFree, nextFieldValue, nextYearValue, textAt, valueAt } from "./sheetCells";

/**
 * A year's lines in a table whose years run across (kpi-rules.md §1.2, 1.3: a wide table, a two-row header) or
 * down (§1.5: a transposed table): the next year gets lines of its own, copied from the latest year's. The
 * latest year's lines side by side (`2024年度目標 | 2024年度実績`, `令和6年度` over `目標 | 結果`) get as many
 * new lines after them; lines spread over groups (`目標` over `2023年度 | 2024年度`, then `結果` over the same)
 * get one new line after each. The new lines take free lines where they are free, else lines inserted (what is
 * beyond moves on unchanged). The header cells name the new year, each KPI's target is copied and its results
 * are empty; merges over the latest year's lines are repeated, and a heading merged up to the latest year's
 * line (a group header, the title) is widened over the new one. The Excel Table is extended where the lines
 * are its last ones, and the plan refused where lines would have to be inserted inside it.
 */
export function planYearLines(result: CheckResult, s: SheetSnapshot, from: number, source: JudgedKpi[], axis: "col" | "row"): NextYearRows | NextYearRefusal {
  const range = result.range ? parseRangeAddress(result.range) : undefined;
  if (!range) return { code: "next-year-no-kpis" };
  const line = (c: { row: number; col: number }) => (axis === "col" ? c.col : c.row);
  const cross = (c: { row: number; col: number }) => (axis === "col" ? c.row : c.col);
  const at = (l: number, x: number) => (axis === "col" ? { row: x, col: l } : { row: l, col: x });
  const linesOf = (kpis: JudgedKpi[]) => new Set(kpis.flatMap((k) => fieldEntries(k).filter(([f]) => f !== "fiscalYear").map(([, c]) => line(c))));
  const others = linesOf(result.kpis.filter((k) => k.fiscalYear !== from));
  const lines = withHeadingLines([...linesOf(source)].filter((l) => !others.has(l)).sort((a, b) => a - b), source, s, axis, others);
  if (lines.length === 0) return { code: "next-year-layout", layout: result.layout ?? "none" };
  const first = lines[0];
  const last = lines[lines.length - 1];
  const side = lines.length === last - first + 1;
  // the lines the new ones span across: the header rows and the KPI rows (a wide table), or the label column
  // and the KPI columns (a transposed one)
  const headerTop = Math.min(range.top, ...(result.headerRows ?? []));
  const span = axis === "col" ? { from: headerTop, to: range.bottom } : { from: range.left, to: range.right };
  const strip = (l0: number, l1: number): Rect => (axis === "col" ? { top: span.from, bottom: span.to, left: l0, right: l1 } : { top: l0, bottom: l1, left: span.from, right: span.to });
  let inserts: LineInsert[] = [];
  if (!side) inserts = lines.map((l) => ({ at: l + 1, count: 1 }));
  else if (!isFree(s, strip(last + 1, last + lines.length))) inserts = [{ at: last + 1, count: lines.length }];
  const table = s.table && s.table.top <= range.top && s.table.bottom >= range.bottom ? s.table : undefined;
  if (table && (axis === "row" || inserts.some((i) => i.at <= table.right))) {
    const r = strip(first, last);
    return { code: "next-year-no-space", range: rangeAddress(r.top, r.left, r.bottom, r.right) };
  }
  const fin = (l: number) => afterInserts(l, inserts);
  const newLine = (l: number) => (side ? fin(last) + 1 + (l - first) : fin(l) + 1);

  const fieldAt = new Map<string, KpiField>();
  for (const k of source) for (const [f, c] of fieldEntries(k)) fieldAt.set(`${c.row}:${c.col}`, f);
  const own = new Set(lines);
  const kpiLines = new Set(source.flatMap((k) => fieldEntries(k).filter(([f, c]) => f !== "fiscalYear" && own.has(line(c))).map(([, c]) => cross(c))));
  const cells: NextYearCell[] = [];
  const sizesFrom: Record<number, number> = {};
  for (const l of lines) {
    sizesFrom[newLine(l)] = fin(l);
    for (let x = span.from; x <= span.to; x++) {
      const c = at(l, x);
      const v = valueAt(s, c.row, c.col);
      const text = textAt(s, c.row, c.col);
      const field = fieldAt.get(`${c.row}:${c.col}`);
      const formatFrom = at(fin(l), x);
      const to = at(newLine(l), x);
      if (field && field !== "fiscalYear") cells.push({ ...to, value: nextFieldValue(field, v, text, from), formatFrom });
      else if (kpiLines.has(x)) cells.push({ ...to, value: null, formatFrom });
      else if (!isEmpty(v)) cells.push({ ...to, value: nextYearValue(v, text, from, from + 1), formatFrom });
    }
  }
  const merges = nextYearMerges(s.merges ?? [], lines, side, axis, fin, newLine);
  const bounds = boundsOf(cells);
  const extend = table && side && fin(last) === table.right && axis === "col";
  return {
    sheet: result.sheetName,
    fiscalYear: from + 1,
    fromYear: from,
    ...(inserts.length > 0 ? (axis === "col" ? { insertColumns: inserts } : { insertRows: inserts }) : {}),
    ...bounds,
    cells,
    merges,
    ...(axis === "col" ? { rowHeightsFrom: {}, columnWidthsFrom: sizesFrom } : { rowHeightsFrom: sizesFrom }),
    kpis: source.length,
    ...(extend ? { extendTable: { name: table.name, ref: { top: table.top, left: table.left, bottom: table.bottom, right: bounds.columns.right } } } : {}),
  };
}

/**
 * The year's lines and those its heading is merged over besides (`2024年度` over `目標 | 実績 | 達成率`: the 達成率
 * line, read by no field, is the year's too), when the heading covers them all side by side.
 */
function withHeadingLines(lines: number[], source: JudgedKpi[], s: SheetSnapshot, axis: "col" | "row", others: ReadonlySet<number>): number[] {
  if (lines.length === 0 || lines.length !== lines[lines.length - 1] - lines[0] + 1) return lines;
  const heading = source.find((k) => k.record.fields.fiscalYear)?.record.fields.fiscalYear;
  if (!heading) return lines;
  const over = (s.merges ?? []).find((m) => m.top <= heading.row && m.bottom >= heading.row && m.left <= heading.col && m.right >= heading.col);
  if (!over) return lines;
  const [lo, hi] = axis === "col" ? [over.left, over.right] : [over.top, over.bottom];
  if (lo > lines[0] || hi < lines[lines.length - 1]) return lines;
  const all: number[] = [];
  for (let l = lo; l <= hi; l++) if (lines.includes(l) || !others.has(l)) all.push(l);
  return all.length === hi - lo + 1 ? all : lines;
}

/**
 * The merges of the new lines: a merge within the latest year's lines repeated on the new ones, and a merge
 * ending at one of them that starts before it (a group header, the title) widened over the new line — each in
 * the coordinates after insertion.
 */
function nextYearMerges(all: readonly Rect[], lines: number[], side: boolean, axis: "col" | "row", fin: (l: number) => number, newLine: (l: number) => number): Rect[] {
  const lo = (m: Rect) => (axis === "col" ? m.left : m.top);
  const hi = (m: Rect) => (axis === "col" ? m.right : m.bottom);
  const make = (m: Rect, a: number, b: number): Rect => (axis === "col" ? { ...m, left: a, right: b } : { ...m, top: a, bottom: b });
  const own = new Set(lines);
  const out: Rect[] = [];
  for (const m of all) {
    const inside = own.has(lo(m)) && own.has(hi(m)) && (side || lo(m) === hi(m));
    if (inside) {
      if (lo(m) !== hi(m) || (axis === "col" ? m.top !== m.bottom : m.left !== m.right)) out.push(make(m, newLine(lo(m)), newLine(hi(m))));
    } else if (own.has(hi(m)) && lo(m) < hi(m) && (side ? hi(m) === lines[lines.length - 1] : true)) {
      out.push(make(m, fin(lo(m)), newLine(hi(m))));
    }
  }
  return out;
}
