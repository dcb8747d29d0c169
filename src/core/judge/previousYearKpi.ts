import type { JudgedKpi } from "../JudgedKpi";
import { normalizeLabel } from "./_lib/normalizeLabel";

/**
 * The same KPI in the previous fiscal year, for a target relative to last year's result (`前年度実績以上`): the
 * KPI of fiscal year − 1 with the same No and the same title (after NFKC, spaces and case folded), else none.
 * A plain rule until the series across years (issue #17) matches KPIs; an unsure match is no match here, so the
 * target stays unevaluable with `baseline-unknown` rather than be judged against another KPI.
 *
 * @example previousYearKpi(kpis, kpi2024No3) // the 2023 No 3 KPI of the same title, or undefined
 */
export function previousYearKpi(kpis: readonly JudgedKpi[], kpi: JudgedKpi): JudgedKpi | undefined {
  const { fiscalYear, no } = kpi;
  if (fiscalYear === null || no === null) return undefined;
  const title = normalizeLabel(kpi.title);
  return kpis.find((k) => k.fiscalYear === fiscalYear - 1 && k.no === no && normalizeLabel(k.title) === title);
}
