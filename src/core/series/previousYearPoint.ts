import type { KpiSeries, SeriesPoint } from "./KpiSeries";

const indexes = new WeakMap<readonly KpiSeries[], Map<string, { series: KpiSeries; index: number }>>();

function indexOf(series: readonly KpiSeries[]) {
  let index = indexes.get(series);
  if (!index) {
    index = new Map();
    for (const s of series) s.points.forEach((p, i) => index!.set(`${p.fiscalYear}:${p.row}`, { series: s, index: i }));
    indexes.set(series, index);
  }
  return index;
}

/**
 * The series a KPI belongs to, found by its fiscal year and row (indexed once per list of series).
 *
 * @example seriesOf(series, { fiscalYear: 2023, row: 8 })?.metric // "回答数"
 */
export function seriesOf(series: readonly KpiSeries[], kpi: { fiscalYear: number | null; row: number }): KpiSeries | null {
  if (kpi.fiscalYear === null) return null;
  return indexOf(series).get(`${kpi.fiscalYear}:${kpi.row}`)?.series ?? null;
}

/**
 * The previous fiscal year's KPI of the same series (the baseline of a relative target such as 前年度実績以上), or
 * null when the series has no point in the year just before (a first year, or a gap). With `sureOnly`, also null
 * when this KPI joined its series unsurely (a spelling variant, a tie): a baseline must not come from a guess.
 *
 * @example previousYearPoint(series, { fiscalYear: 2023, row: 8 })?.result // "196件"
 */
export function previousYearPoint(
  series: readonly KpiSeries[],
  kpi: { fiscalYear: number | null; row: number },
  options: { sureOnly?: boolean } = {},
): SeriesPoint | null {
  if (kpi.fiscalYear === null) return null;
  const found = indexOf(series).get(`${kpi.fiscalYear}:${kpi.row}`);
  if (!found || found.index === 0) return null;
  const point = found.series.points[found.index];
  if (options.sureOnly && point.match && !point.match.sure) return null;
  const previous = found.series.points[found.index - 1];
  return previous.fiscalYear === kpi.fiscalYear - 1 ? previous : null;
}
