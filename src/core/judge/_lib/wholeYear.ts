import type { Component, Expression } from "../../Expression";
import type { KpiStatus } from "../../KpiStatus";
import type { JudgeContext } from "../JudgeContext";
import { compareComponent } from "./compareComponent";
import { countsTheYear } from "./countsTheYear";
import { judgedComponent } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import { sumOfParts } from "./sumOfParts";
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
  if (!sum) return undefined;
  const cmp = compareComponent(t, sum, false);
  if (cmp.kind !== "compared") return undefined;
  notes.onResult("result-total", { text: result.normalized });
  const status: KpiStatus = cmp.met ? "met" : "not_met";
  return { status, components: [judgedComponent(t, shownLabel, status, cmp.target, cmp.actual)] };
}
