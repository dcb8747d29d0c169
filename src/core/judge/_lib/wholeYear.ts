import type { Component, Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import { countsTheYear } from "./countsTheYear";
import type { KpiNotes } from "./KpiNotes";
import { sumOfParts } from "./sumOfParts";
import { totalDecides } from "./totalDecides";
import type { Verdict } from "./Verdict";
import { isWholeYear } from "./yearParts";

/**
 * Figures for every part of the year (`上期1回・下期1回`, the four quarters) against a count over the year: their
 * sum is the year's figure and decides (`result-total`). Undefined otherwise.
 *
 * @example wholeYear(年2回以上, false, [上期1回, 下期1回], result, ctx, notes)?.status // "met"
 */
export function wholeYear(t: Component, shownLabel: boolean, answers: Component[], result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict | undefined {
  if (!countsTheYear(t) || !isWholeYear(answers.map((c) => c.label), ctx.schema)) return undefined;
  const sum = sumOfParts(answers.map((c) => c.quantity));
  return sum ? totalDecides(t, shownLabel, sum, result, notes) : undefined;
}
