import type { Component, Expression, Quantity } from "../../Expression";
import type { KpiStatus } from "../../KpiStatus";
import { compareComponent } from "./compareComponent";
import { judgedComponent } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/**
 * A total the result's figures add up to (the parts of the year's, the named words'), judged against the lone target
 * component: it decides, with `result-total`. Undefined when it cannot be compared (another unit).
 *
 * @example totalDecides(年2回以上, false, { value: 2, unit: "回", text: "計2回" }, result, notes)?.status // "met"
 */
export function totalDecides(t: Component, shownLabel: boolean, total: Quantity, result: Expression, notes: KpiNotes): Verdict | undefined {
  const cmp = compareComponent(t, total, false);
  if (cmp.kind !== "compared") return undefined;
  notes.onResult("result-total", { text: result.normalized });
  const status: KpiStatus = cmp.met ? "met" : "not_met";
  return { status, components: [judgedComponent(t, shownLabel, status, cmp.target, cmp.actual)] };
}
