import type { CheckOptions, CheckResult } from "./CheckResult";
import type { SheetSnapshot } from "./SheetSnapshot";
import { judgePending } from "./_lib/judgePending";
import { readAndJudge } from "./_lib/readAndJudge";
import { sheetResult } from "./_lib/sheetResult";
import { buildSeries } from "./series/buildSeries";
import { checkSeries } from "./series/checkSeries";
import { linkSeries } from "./series/linkSeries";

/**
 * The engine in one call: reads the KPI table of a sheet snapshot (either layout), checks every record against
 * the schema, judges every KPI against the as-of date — a target relative to last year's result (`前年度実績以上`)
 * against the previous year of its series — builds the series across the fiscal years of the sheet, and returns
 * the judged KPIs in sheet order with all findings (table-wide ones first, then by row and field).
 *
 * @example
 * const result = checkSheet(snapshot, { asOf: "2026-11-29" });
 * result.kpis.map((k) => k.status); // ["missing_result", …]
 */
export function checkSheet(snapshot: SheetSnapshot, options: CheckOptions): CheckResult {
  const parts = readAndJudge(snapshot, options);
  const kpis = parts.kpis.slice();
  // the series depend on years, Nos, titles and targets, not on statuses: linked once, before a target relative to
  // last year's result is judged against the previous year of its series (a sure join only)
  const links = linkSeries(kpis, parts.schema, parts.measures);
  const pendingJudged = judgePending(kpis, parts.pending, links);
  const series = buildSeries(kpis, parts.schema, links);
  return sheetResult(parts, kpis, pendingJudged, series, checkSeries(series));
}
