import type { Component, Expression } from "../../Expression";
import type { KpiStatus } from "../../KpiStatus";
import type { PreviousKpi } from "../JudgeContext";
import { compareComponent } from "./compareComponent";
import { judgedComponent } from "./judgedComponent";
import { judgeRelative, type PreviousResult } from "./judgeRelative";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/** The previous year's result as a baseline: its one component's actual figure, or its one figure without a target. */
function previousResult(previous: PreviousKpi | null | undefined): PreviousResult | undefined {
  const figure = previous?.resultFigure;
  if (previous && previous.components.length === 0 && figure) {
    return { fiscalYear: previous.fiscalYear, row: previous.row, value: figure.value, unit: figure.unit ?? null };
  }
  const [c] = previous?.components ?? [];
  if (!previous || previous.components.length !== 1 || c.actual === null) return undefined;
  return { fiscalYear: previous.fiscalYear, row: previous.row, value: c.actual, unit: c.unit };
}

/**
 * A relative target that states the figure it comes to (`前年度比110%(1,100件)`) answered by a lone figure in that
 * figure's unit (`1,150件`): judged against it. Undefined otherwise.
 */
function statedFigure(t: Component, shownLabel: boolean, answers: Component[]): Verdict | undefined {
  const [alt] = t.alternatives ?? [];
  if (!alt || answers.length !== 1 || answers[0].change || answers[0].quantity.unit !== alt.unit) return undefined;
  const plain: Component = { quantity: alt, comparator: t.comparator ?? ">=" };
  const cmp = compareComponent(plain, answers[0].quantity, false);
  if (cmp.kind !== "compared") return undefined;
  const status: KpiStatus = cmp.met ? "met" : "not_met";
  return { status, components: [judgedComponent(plain, shownLabel && t.label !== undefined, status, cmp.target, cmp.actual)] };
}

/**
 * A relative target (`前年比110%`, `前年度実績以上`) judged by `judgeRelative`, saying where its baseline came from
 * (`baseline-from-result`, `baseline-from-previous-year`); unevaluable with `baseline-unknown` when there was none,
 * or with `change-unit-unclear` when points and percent of a rate cannot be told apart,
 * and `wantsPrevious` when last year's KPI (`previous`, undefined: not looked for yet) would give one.
 *
 * @example judgeRelativeTarget(前年度実績以上, true, target, result, answers, lastYearsKpi, notes).status // "met"
 */
export function judgeRelativeTarget(
  t: Component,
  shownLabel: boolean,
  target: Expression,
  result: Expression,
  answers: Component[],
  previous: PreviousKpi | null | undefined,
  notes: KpiNotes,
): Verdict {
  const baseline = previousResult(previous);
  const outcome = judgeRelative(t, { ...result, components: answers }, baseline);
  const rel = t.relative;
  if (outcome.kind === "unit-unclear") {
    notes.onResult("change-unit-unclear", { target: target.normalized, result: result.normalized });
    return { status: "unevaluable", components: [judgedComponent(t, shownLabel)] };
  }
  if (outcome.kind === "unknown") {
    const stated = statedFigure(t, shownLabel, answers);
    if (stated) return stated;
    notes.onTarget("baseline-unknown", { text: target.normalized, basis: rel?.basis ?? "" });
    const components = [judgedComponent(t, shownLabel)];
    return rel?.previous && previous === undefined
      ? { status: "unevaluable", components, wantsPrevious: true }
      : { status: "unevaluable", components };
  }
  if (outcome.baseline?.from === "result") {
    // the figure the target's baseline names: last year's (`(前年12件)`) or an average (`(業界平均82.3%)`)
    const stated = rel?.previous ? result.baseline : result.average;
    notes.onResult("baseline-from-result", { baseline: stated?.text ?? "", basis: rel?.basis ?? "" });
  } else if (outcome.baseline && baseline) {
    notes.onResult("baseline-from-previous-year", {
      fiscalYear: baseline.fiscalYear ?? 0,
      row: baseline.row,
      value: baseline.value,
      unit: baseline.unit ?? "",
      // the year before on another sheet (one sheet per year): the message and the pane's link name it
      ...(previous?.at ? { previousAt: previous.at } : {}),
    });
  }
  const status: KpiStatus = outcome.met ? "met" : "not_met";
  if (result.judgement && !result.doneWord && result.judgement !== status) notes.onResult("judgement-conflict", { word: result.judgement, status });
  return { status, components: [judgedComponent(t, shownLabel, status, outcome.target, outcome.actual, outcome.unit)] };
}
