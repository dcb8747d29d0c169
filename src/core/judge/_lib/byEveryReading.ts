import type { Component, Expression } from "../../Expression";
import type { KpiStatus } from "../../KpiStatus";
import { compareComponent } from "./compareComponent";
import { judgedComponent } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import { sumOfParts } from "./sumOfParts";
import type { Verdict } from "./Verdict";

/**
 * A sentence with several figures and nothing to choose among them (`4月は80%、5月は85%でした`): when every figure
 * in the target's unit judges alike, that is the status (`result-from-text`, `reading-chosen`); when they differ,
 * unevaluable with `ambiguous-result` naming them. Undefined when no figure compares with the target.
 *
 * @example byEveryReading(研修受講率80%以上, false, parse("4月は80%、5月は85%でした"), notes)?.status // "met"
 */
export function byEveryReading(t: Component, shownLabel: boolean, result: Expression, notes: KpiNotes): Verdict | undefined {
  const readings: { text: string; met: boolean; target: number; actual: number }[] = [];
  const figures = result.components.map((c) => c.quantity);
  const sum = sumOfParts(figures);
  if (sum) figures.push(sum);
  for (const q of figures) {
    const cmp = compareComponent(t, q, false);
    if (cmp.kind === "compared") readings.push({ text: q.text, met: cmp.met, target: cmp.target, actual: cmp.actual });
  }
  if (readings.length === 0) return undefined;
  const texts = readings.map((r) => r.text);
  if (readings.some((r) => r.met !== readings[0].met)) {
    notes.onResult("ambiguous-result", { text: result.normalized, readings: texts, statuses: ["met", "not_met"] });
    return { status: "unevaluable", components: [judgedComponent(t, shownLabel)] };
  }
  const last = readings[readings.length - 1];
  if (result.kind !== "expression") notes.onResult("result-from-text", { text: result.normalized });
  if (readings.length > 1) notes.onResult("reading-chosen", { text: result.normalized, chosen: last.text, others: texts.slice(0, -1) });
  const status: KpiStatus = last.met ? "met" : "not_met";
  return { status, components: [judgedComponent(t, shownLabel, status, last.target, last.actual)] };
}
