import type { Component, Expression, YearMark } from "../../Expression";
import { unjudged } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/** Words that say a result is a total over a period: `累計320件`, `通算320件`. */
const CUMULATIVE = /累計|通算/;

/**
 * The year mark of a target component that is a total over a period of fiscal years, on the period's last year
 * (`2024～2026年度 累計300件以上` on a FY2026 row); undefined for any other target. (The period's other years have no
 * target of their own: `target-other-year`.)
 */
export function periodTotalOf(targets: readonly Component[], fiscalYear: number | null): YearMark | undefined {
  return targets.find((c) => c.year?.totalFrom !== undefined && c.year.year === fiscalYear)?.year;
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
 * on the period's last year (`mark`). A result that says it is the period's total (`累計320件`) is judged as read
 * (`judge`). A result that does not (`120件`) may be the last year's figure alone: it answers only when it reaches an
 * at-least total by itself (the total is then reached too); otherwise the KPI is `unevaluable` with
 * `result-not-cumulative` — never `not_met` for a year's figure below a period's total.
 *
 * @example judgePeriodTotal(target, targets, true, parse("120件"), mark, judge, notes).status // "unevaluable"
 */
export function judgePeriodTotal(
  target: Expression,
  targets: readonly Component[],
  shownLabel: boolean,
  result: Expression,
  mark: YearMark,
  judge: () => Verdict,
  notes: KpiNotes,
): Verdict {
  if (isCumulative(result)) return judge();
  const verdict = judge();
  if (verdict.status === "met" && atLeast(targets)) return verdict;
  if (verdict.status !== "met" && verdict.status !== "not_met" && verdict.status !== "partial") return verdict;
  const period = `${mark.totalFrom}～${mark.year}年度`;
  notes.onResult("result-not-cumulative", { target: target.normalized, result: result.normalized, period });
  return { status: "unevaluable", components: unjudged(targets, shownLabel) };
}
