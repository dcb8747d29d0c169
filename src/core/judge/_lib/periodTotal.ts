import type { Component, Expression } from "../../Expression";
import { unjudged } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/** Words that say a result is a total over a period: `累計320件`, `通算320件`. */
const CUMULATIVE = /累計|通算/;

/** A period of several years without its years: `3年間`, `3か年`, a mid-term plan's (`中期経営計画`, `中計`). */
const YEARS_PERIOD = /(?:[2-9]|[1-9]\d) ?(?:年間|か年|ヵ年|カ年|ヶ年)|中期経営計画|中期計画|中計/;
/** A total over such a period: `累計`, `通算`, `合計`, `3年間で`, `中計期間中に`. */
const OVER_PERIOD = /累計|通算|合計|(?:年間|か年|ヵ年|カ年|ヶ年)で|期間中|期間で/;
/** A figure over such a period that is no total: an average (`3年間で平均95%`). */
const NOT_A_TOTAL = /平均/;

/**
 * The period whose total a lone target is, as its text names it, on the row that answers it: the period's last year
 * for years written (`2024～2026年度 累計300件以上` on a FY2026 row: `2024～2026年度`; its other years have no target of
 * their own, `target-other-year`), any row for a period without its years (`3年間で累計300件`: `3年間`,
 * `中期経営計画期間中 累計10,000件`: `中期経営計画`). Undefined for any other target.
 */
export function periodTotalOf(target: Expression, targets: readonly Component[], fiscalYear: number | null): string | undefined {
  const mark = targets.find((c) => c.year?.totalFrom !== undefined && c.year.year === fiscalYear)?.year;
  if (mark) return `${mark.totalFrom}～${mark.year}年度`;
  if (targets.length !== 1 || targets[0].year !== undefined || targets[0].relative) return undefined;
  // a rate (`3年間で継続率95%`) or an average over the years is no sum of the years' figures
  if (targets[0].quantity.unit === "%" || NOT_A_TOTAL.test(target.normalized)) return undefined;
  const period = YEARS_PERIOD.exec(target.normalized);
  return period && OVER_PERIOD.test(target.normalized) ? period[0] : undefined;
}

/**
 * Whether a result says it is the total of a period: a total word (`累計320件`, `通算`, `合計`, `(累計320件)` after a
 * year's figure) or a period of years of its own (`2024～2026年度 320件`).
 */
function isCumulative(result: Expression): boolean {
  const total = (c: Component): boolean => c.total === true || c.year?.from !== undefined || c.year?.totalFrom !== undefined;
  return result.components.some(total) || (result.others ?? []).some(total) || CUMULATIVE.test(result.normalized);
}

/** Whether every target component asks for at least a figure: then a year's figure reaching it says the total did. */
const atLeast = (targets: readonly Component[]): boolean =>
  targets.every((c) => (c.comparator === ">=" || c.comparator === ">") && !c.relative && c.upper === undefined);

/**
 * A total over a period of fiscal years (`2024～2026年度 累計300件以上`, `中期計画期間(2024～2026年度)累計300件`) judged
 * on the period's last year, or over a period without its years (`3年間で累計300件`) on any row (`period`: see
 * `periodTotalOf`). A result that says it is the period's total (`累計320件`) is judged as read
 * (`judge`). A result that does not (`120件`) may be the last year's figure alone: it answers only when it reaches an
 * at-least total by itself (the total is then reached too); otherwise the KPI is `unevaluable` with
 * `result-not-cumulative` — never `not_met` for a year's figure below a period's total.
 *
 * @example judgePeriodTotal(target, targets, true, parse("120件"), "2024～2026年度", judge, notes).status // "unevaluable"
 */
export function judgePeriodTotal(
  target: Expression,
  targets: readonly Component[],
  shownLabel: boolean,
  result: Expression,
  period: string,
  judge: () => Verdict,
  notes: KpiNotes,
): Verdict {
  if (isCumulative(result)) return judge();
  const verdict = judge();
  if (verdict.status === "met" && atLeast(targets)) return verdict;
  if (verdict.status !== "met" && verdict.status !== "not_met" && verdict.status !== "partial") return verdict;
  notes.onResult("result-not-cumulative", { target: target.normalized, result: result.normalized, period });
  return { status: "unevaluable", components: unjudged(targets, shownLabel) };
}
