import type { Component, Expression } from "../../Expression";
import type { KpiStatus } from "../../KpiStatus";
import { judgedComponent } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/**
 * A result that is already the share of its target reached (`達成率103%` against `契約件数 1,200件以上`), as one
 * figure: met from 100 % on, with `result-achievement-rate`. Undefined for any other result.
 *
 * @example judgeAchievementRate([1,200件以上], false, [103%], parse("達成率103%"), notes)?.status // "met"
 */
export function judgeAchievementRate(targets: Component[], shownLabel: boolean, kept: Component[], result: Expression, notes: KpiNotes): Verdict | undefined {
  if (!result.achievement || kept.length !== 1) return undefined;
  const percent = kept[0].quantity.value;
  const status: KpiStatus = percent >= 100 ? "met" : "not_met";
  notes.onResult("result-achievement-rate", { text: result.normalized, percent });
  return { status, components: targets.map((c) => judgedComponent(c, shownLabel, status)) };
}
