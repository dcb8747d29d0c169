import type { Expression } from "../../Expression";
import { unjudged } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Targets } from "./Targets";
import type { Verdict } from "./Verdict";

/**
 * Whether a result answers a target for each of all members (`全店1回以上`): it names all (`全17店舗で54回実施`) or
 * gives a ratio of them (`17店舗中17店舗`).
 */
const answersEach = (result: Expression): boolean =>
  result.all === true || result.each === true || result.components.some((c) => c.quantity.of !== undefined);

/**
 * A target for each of all members (`全店1回以上`) answered by a figure that does not say it is each's (`54回実施`):
 * unevaluable with `result-not-each`. Undefined when the target is not for each, or the result answers each.
 *
 * @example resultNotEach(t /* 全店1回以上 *\/, parse("54回実施"), notes)?.status // "unevaluable"
 */
export function resultNotEach({ target, targets, shownLabel }: Targets, result: Expression, notes: KpiNotes): Verdict | undefined {
  if (!target.each || answersEach(result)) return undefined;
  notes.onResult("result-not-each", { target: target.normalized, result: result.normalized });
  return { status: "unevaluable", components: unjudged(targets, shownLabel) };
}
