import type { JudgedKpi } from "../JudgedKpi";
import { judgeKpi, type Judgement } from "../judge/judgeKpi";
import type { SeriesLinks } from "../series/linkSeries";
import { previousYearKpi } from "../series/previousYearKpi";
import type { PendingKpi } from "./readAndJudge";

/**
 * Judges the KPIs relative to last year's result (`readAndJudge`'s `pending`, `index` into `kpis`) against the
 * previous fiscal year of their series (`links`, made once over all of `kpis`: one sheet, or every sheet of a
 * workbook), oldest year first so that a chain of such targets (`前年度実績以上` year after year) builds on the
 * year before as judged; each judged KPI takes its place in `kpis`. Returns the judgements in the order of `pending`.
 *
 * @example judgePending(kpis, parts.pending, linkSeries(kpis, schema, parts.measures))[0].kpi.status // "met"
 */
export function judgePending(kpis: JudgedKpi[], pending: readonly PendingKpi[], links: SeriesLinks): Judgement[] {
  const order = pending.map((_, at) => at);
  const yearOf = (at: number) => pending[at].ctx.fiscalYear ?? Infinity;
  order.sort((a, b) => yearOf(a) - yearOf(b) || a - b);
  const judged: Judgement[] = new Array<Judgement>(pending.length);
  for (const at of order) {
    const { index, ctx, reading } = pending[at];
    const judgement = judgeKpi(kpis[index].record, { ...ctx, previous: previousYearKpi(links, kpis, index) }, reading);
    kpis[index] = judgement.kpi;
    judged[at] = judgement;
  }
  return judged;
}
