import type { JudgedKpi } from "../JudgedKpi";
import type { KpiSchema } from "../KpiSchema";
import type { PreviousKpi } from "../judge/JudgeContext";
import { oneResultFigure } from "./oneResultFigure";
import { otherSheetCell } from "./otherSheetCell";
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
    const previous = withPlace(previousYearKpi(links, kpis, index), kpis[index].sheet, ctx.schema);
    const judgement = judgeKpi(kpis[index].record, { ...ctx, previous }, reading);
    kpis[index] = judgement.kpi;
    judged[at] = judgement;
  }
  return judged;
}

/**
 * Last year's KPI as the judge reads it, with where it is when that is another sheet than the judged KPI's (`sheet`),
 * and, when it had no target (`No | KPI | 2024年度実績 | 2025年度目標 | 2025年度実績`), its result's one figure.
 */
function withPlace(previous: JudgedKpi | null, sheet: string | undefined, schema: KpiSchema): PreviousKpi | null {
  if (!previous) return previous;
  const at = otherSheetCell(previous, sheet);
  const figure = previous.status === "no_target" ? oneResultFigure(previous.result, schema) : undefined;
  return at || figure ? { ...previous, ...(at ? { at } : {}), ...(figure ? { resultFigure: figure } : {}) } : previous;
}

