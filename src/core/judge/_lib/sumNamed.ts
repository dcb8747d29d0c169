import type { Component, Expression } from "../../Expression";
import type { KpiNotes } from "./KpiNotes";
import { namedSum } from "./namedSum";
import { totalDecides } from "./totalDecides";
import type { Verdict } from "./Verdict";

/**
 * The result's figures written after the words the target joins by `+` (`満足+やや満足` against `満足 62.0% やや満足
 * 30.5%`): their sum decides (`result-total`). Undefined otherwise.
 *
 * @example sumNamed(90%以上, false, parse("満足+やや満足 90%以上"), parse("満足 62.0% やや満足 30.5%"), notes)?.status // "met"
 */
export function sumNamed(t: Component, shownLabel: boolean, target: Expression, result: Expression, notes: KpiNotes): Verdict | undefined {
  const sum = namedSum(target.normalized, result);
  return sum ? totalDecides(t, shownLabel, sum, result, notes) : undefined;
}
