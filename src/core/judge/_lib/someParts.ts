import type { Component, Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import { countsTheYear } from "./countsTheYear";
import { unjudged } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";
import { isWholeYear, isYearPart } from "./yearParts";

/**
 * Figures for some parts of the year only (`第1四半期 30件 第2四半期 25件`, `上期 600件、第3四半期 300件`) against a
 * count over the year: neither one of them nor their sum is the year's figure — unevaluable with
 * `result-part-of-year` naming the parts. Undefined unless every figure is labelled with a part of the year.
 *
 * @example someParts(年間100件以上, false, [第1四半期 30件, 第2四半期 25件], result, ctx, notes)?.status // "unevaluable"
 */
export function someParts(t: Component, shownLabel: boolean, answers: Component[], result: Expression, ctx: JudgeContext, notes: KpiNotes): Verdict | undefined {
  const labels = answers.map((c) => c.label);
  if (!countsTheYear(t) || !labels.every((l) => isYearPart(l, ctx.schema)) || isWholeYear(labels, ctx.schema)) return undefined;
  notes.onResult("result-part-of-year", { text: result.normalized, part: labels.join("・") });
  return { status: "unevaluable", components: unjudged([t], shownLabel) };
}
