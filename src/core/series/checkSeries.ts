import { finding, type Finding, type SheetCell } from "../Finding";
import type { JudgedComponent } from "../JudgedKpi";
import type { KpiSeries, SeriesApart, SeriesPoint } from "./KpiSeries";
import { normalizeLabel } from "../normalizeLabel";
import { metricKey } from "./_lib/metricKey";

/** Last year's component that answers this year's: a lone one answers a lone one, else the same label. */
function counterpart(c: JudgedComponent, previous: readonly JudgedComponent[], lone: boolean): JudgedComponent | undefined {
  if (lone && previous.length === 1) return previous[0];
  const label = normalizeLabel(c.label);
  if (label === "") return undefined;
  return (
    previous.find((p) => normalizeLabel(p.label) === label) ??
    previous.find((p) => {
      const l = normalizeLabel(p.label);
      return l !== "" && (l.startsWith(label) || label.startsWith(l));
    })
  );
}

/** Whether `a` is worse than `b` in the direction of the comparator (for `<=`/`<` a higher figure is worse). */
function worse(a: number, b: number, lowerIsBetter: boolean): boolean {
  return lowerIsBetter ? a > b : a < b;
}

/** Units for a message: `件`, `%/pt`; `-` for none (no quoted part stays empty). */
const unitsText = (units: readonly string[]) => (units.length > 0 ? units.join("/") : "-");

const isLower = (c: JudgedComponent) => c.comparator === "<=" || c.comparator === "<";

/** A metric's spelling variant key, made once per distinct metric in a check (metrics repeat year after year). */
type VariantOf = (metric: string) => string;

function changedMeasure(p: SeriesPoint, q: SeriesPoint, variantOf: VariantOf): boolean {
  if (p.metric && q.metric && p.metric !== q.metric && variantOf(p.metric) !== variantOf(q.metric)) return true;
  if (p.units.length === 0 || q.units.length === 0) return false;
  return p.units.length !== q.units.length || p.units.some((u) => !q.units.includes(u));
}

function at(point: SeriesPoint, field: "title" | "target" | "result") {
  return { row: point.row, field, cell: point.cells[field], sheet: point.sheet };
}

/**
 * `previousAt` of a finding on `q` comparing with `p`, when `p` is on another sheet (else nothing to add): `p`'s row
 * and the cell of its `field` (its title's where that field has none).
 */
function previousPlace(p: SeriesPoint, q: SeriesPoint, field: "title" | "target" | "result"): { previousAt?: SheetCell } {
  if (p.sheet === undefined || p.sheet === q.sheet) return {};
  return { previousAt: { sheet: p.sheet, row: p.row, cell: p.cells[field] ?? p.cells.title } };
}

/** The findings between two consecutive points of a series (each finding's parameters one object literal). */
function betweenPoints(p: SeriesPoint, q: SeriesPoint, out: Finding[], variantOf: VariantOf): void {
  const { fiscalYear, no, title } = q;
  const { fiscalYear: previousYear, no: previousNo, title: previousTitle } = p;
  if (q.match && !q.match.sure) {
    const { by, similarity } = q.match;
    out.push(finding("series-uncertain", at(q, "title"), { fiscalYear, no, title, previousYear, previousNo, previousTitle, by, similarity, ...previousPlace(p, q, "title") }));
  }
  if (changedMeasure(p, q, variantOf)) {
    out.push(
      finding("series-unit-changed", at(q, "target"), {
        fiscalYear, no, title, previousYear, previousNo, previousTitle,
        metric: q.metric ?? q.title,
        previousMetric: p.metric ?? p.title,
        units: unitsText(q.units),
        previousUnits: unitsText(p.units),
        ...previousPlace(p, q, "target"),
      }),
    );
    return; // figures of different measures do not compare
  }
  if (q.fiscalYear !== p.fiscalYear + 1) return; // "last year" only: a gap has no last year
  const lone = q.components.length === 1;
  // last year on another sheet (one sheet per year): the findings name where its result is
  const place = previousPlace(p, q, "result");
  for (const c of q.components) {
    const last = counterpart(c, p.components, lone);
    if (!last || last.actual === null || last.unit !== c.unit) continue;
    const lowerIsBetter = isLower(c);
    const label = c.label || q.metric || q.title;
    const unit = c.unit ?? "";
    const previousResult = last.actual;
    if (worse(c.target, previousResult, lowerIsBetter)) {
      out.push(
        finding("target-below-last-result", at(q, "target"), {
          fiscalYear, no, title, previousYear, previousNo, previousTitle, label, unit, previousResult, target: c.target, lowerIsBetter, ...place,
        }),
      );
    }
    if (c.actual !== null && worse(c.actual, previousResult, lowerIsBetter)) {
      out.push(
        finding("result-declined", at(q, "result"), {
          fiscalYear, no, title, previousYear, previousNo, previousTitle, label, unit, previousResult, result: c.actual, lowerIsBetter, ...place,
        }),
      );
    }
  }
}

/** The finding of a series' first point kept apart from last year's KPI with the same No (`series-new-measure`, `series-kept-apart`). */
function apartFinding(q: SeriesPoint, a: SeriesApart): Finding {
  const { fiscalYear, no, title } = q;
  const { fiscalYear: previousYear, no: previousNo, title: previousTitle } = a;
  if (a.measure) {
    return finding("series-new-measure", at(q, "target"), {
      fiscalYear, no, title, previousYear, previousNo, previousTitle,
      metric: q.metric ?? q.title,
      previousMetric: a.measure.metric ?? a.title,
      units: unitsText(q.units),
      previousUnits: unitsText(a.measure.units),
      ...(a.previousAt ? { previousAt: a.previousAt } : {}),
    });
  }
  return finding("series-kept-apart", at(q, "title"), {
    fiscalYear, no, title, previousYear, previousNo, previousTitle, similarity: a.similarity,
    ...(a.previousAt ? { previousAt: a.previousAt } : {}),
  });
}

/**
 * The findings a reviewer raises across years (kpi-rules.md §2 "Series across years"), each following its
 * comparator's direction (for `<=`/`<` targets a higher figure is worse):
 * - `target-below-last-result` (warning): this year's target is less demanding than last year's result;
 * - `result-declined` (info): this year's result is worse than last year's;
 * - `kpi-dropped` (info): a KPI of one year has no successor in the next year of the table;
 * - `series-unit-changed` (warning): the metric or unit changed within a series (its figures are not compared);
 * - `series-uncertain` (info): a join that is not sure (a spelling variant, several equal candidates);
 * - `series-kept-apart` (info): a KPI kept apart from last year's with the same No and a somewhat alike title;
 * - `series-new-measure` (info): a KPI with last year's No and title that measures something else starts a new
 *   series (last year's KPI is then not `kpi-dropped`: it was replaced).
 * Figures compare only between components in the same unit, and only with the fiscal year just before.
 *
 * @example checkSeries(buildSeries(kpis, BUILT_IN_SCHEMA)).map((f) => f.code) // ["result-declined", "kpi-dropped", …]
 */
export function checkSeries(series: readonly KpiSeries[]): Finding[] {
  const out: Finding[] = [];
  const variants = new Map<string, string>();
  const variantOf: VariantOf = (metric) => {
    let variant = variants.get(metric);
    if (variant === undefined) variants.set(metric, (variant = metricKey(metric).variant));
    return variant;
  };
  const years = new Set<number>();
  for (const s of series) for (const p of s.points) years.add(p.fiscalYear);
  const sorted = [...years].sort((a, b) => a - b);
  const nextYear = new Map(sorted.map((y, i) => [y, i + 1 < sorted.length ? sorted[i + 1] : null]));
  // a KPI whose successor measures something else was replaced, not dropped: the new series' finding tells of it
  const replaced = new Map<number, Set<number>>(); // fiscal year → rows
  for (const s of series) {
    const { apart } = s.points[0];
    if (!apart?.measure) continue;
    const rows = replaced.get(apart.fiscalYear);
    if (rows) rows.add(apart.row);
    else replaced.set(apart.fiscalYear, new Set([apart.row]));
  }
  for (const { points } of series) {
    for (let i = 0; i < points.length; i++) {
      const q = points[i];
      if (i > 0) betweenPoints(points[i - 1], q, out, variantOf);
      else if (q.apart) out.push(apartFinding(q, q.apart));
      const next = nextYear.get(q.fiscalYear) ?? null;
      if (next !== null && points[i + 1]?.fiscalYear !== next && !replaced.get(q.fiscalYear)?.has(q.row)) {
        out.push(finding("kpi-dropped", at(q, "title"), { fiscalYear: q.fiscalYear, no: q.no, title: q.title, nextYear: next }));
      }
    }
  }
  return out;
}
