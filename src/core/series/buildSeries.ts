import { addressOf } from "../cellAddress";
import type { KpiSchema } from "../KpiSchema";
import type { KpiSeries, SeriesPoint } from "./KpiSeries";
import { linkSeries, type SeriesInput, type SeriesLinks } from "./linkSeries";

export type { SeriesInput } from "./linkSeries";

/**
 * Builds the series of a table's KPIs across fiscal years (kpi-rules.md §2 "Series across years"). Year by year,
 * oldest first, each KPI joins at most one series that ended in an earlier year, by the first rule that applies:
 * 1. the same value in the ID column (`KPI ID`, `系列`);
 * 2. the same No as a KPI of the previous year in the table, with a title at least `schema.series.titleSimilarity`
 *    alike (`no-title`) or the same metric in the target (`no-metric`);
 * 3. the same metric (`対面募集率`, `NPS(事故対応)`) in any earlier year, the latest first, even when the No changed
 *    (`metric`); a metric equal only up to a transposed acronym (NPS / NSP) joins as not sure.
 * A KPI that joins nothing starts a series; where a KPI of the previous year with the same No was only
 * `schema.series.unsureSimilarity` alike, the point names it in `apart`. Rule 2 never joins a KPI that clearly
 * measures something else than last year's (`measureChanged`: units of another kind, or an unrelated metric in
 * other units, by `schema.series.unitFamilies`), nor rule 3 into that series: it starts a series whose `apart`
 * names last year's KPI and measure (`series-new-measure`). KPIs without a fiscal year are left out. In a check of
 * several sheets (`sheet`), a KPI on a sheet where series already end (a sheet of several years, or its copy for the
 * website) joins by these rules only a series of its own sheet, before the KPIs of other sheets join any (a sheet of
 * one year continues the series of any sheet).
 * Pure and deterministic; the result is plain data. Series come newest first (by their last year, then No).
 *
 * `links` (optional) are the links of these KPIs made before (`linkSeries`, where the judge's reading of each
 * target is reused), perhaps before some of them were judged again: the series take the KPIs as given here.
 *
 * @example
 * buildSeries(checkSheet(snapshot, { asOf: "2026-11-29" }).kpis, BUILT_IN_SCHEMA)
 *   .find((s) => s.metric === "回答数")!.points.map((p) => p.result) // ["91件", "196件", "208件"]
 */
export function buildSeries(kpis: readonly SeriesInput[], schema: KpiSchema, links: SeriesLinks = linkSeries(kpis, schema)): KpiSeries[] {
  const made = links.series.map(({ seriesId, kpis: members }) => {
    const points = members.map((index) => toPoint(kpis[index], index, links));
    const last = members[members.length - 1];
    return { seriesId, points, last: points[points.length - 1], lower: links.measures[last]?.lower ?? false };
  });
  made.sort((a, b) => {
    const x = a.last;
    const y = b.last;
    return y.fiscalYear - x.fiscalYear || (x.no ?? Infinity) - (y.no ?? Infinity) || x.row - y.row;
  });
  const used = new Set<string>();
  return made.map(({ seriesId, points, last, lower }) => {
    const first = points[0];
    let id = seriesId ?? `${first.fiscalYear}-${first.no ?? `r${first.row}`}`;
    if (used.has(id)) id = `${id}-r${first.row}`;
    used.add(id);
    return { id, seriesId, title: last.title, metric: last.metric, direction: lower ? "lower" : "higher", points };
  });
}


/** One KPI as a point of its series. */
function toPoint(kpi: SeriesInput, index: number, links: SeriesLinks): SeriesPoint {
  const fields = kpi.record?.fields;
  const { metric, units } = links.measures[index]!;
  const cells = { title: addressOf(fields?.title), target: addressOf(fields?.target), result: addressOf(fields?.result) };
  const status = kpi.status ?? null;
  const components = kpi.components ?? [];
  const match = links.match[index];
  const apart = links.apart[index];
  const { fiscalYear, no, row, sheet, title, target, result } = kpi;
  // one literal per shape: `sheet` is there only when the KPI names its sheet
  return sheet === undefined
    ? { fiscalYear: fiscalYear!, no, row, title, target, result, status, components, metric, units, cells, match, apart }
    : { fiscalYear: fiscalYear!, no, row, sheet, title, target, result, status, components, metric, units, cells, match, apart };
}
