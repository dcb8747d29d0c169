import type { Comparator, Component, Expression } from "../../Expression";
import type { JudgedComponent } from "../../JudgedKpi";
import { compareComponent } from "./compareComponent";
import { judgedComponent } from "./judgedComponent";
import type { KpiNotes } from "./KpiNotes";
import type { ComponentMatch } from "./matchComponents";

/** How the paired components compared. */
export interface Comparison {
  /** One per target component, in the target's order. */
  components: JudgedComponent[];
  /** Target components whose result met them. */
  met: number;
  /** Target components that had a result. */
  answered: number;
  /** A result in a unit that does not convert to its target's (the KPI is then unevaluable). */
  mismatch: boolean;
  /** A result that is only a bound (`10件以上`) and does not say whether its target was met (then unevaluable). */
  uncertain: boolean;
}

/** Whether a comparator asks for (or states) at least a figure. */
const atLeast = (c: Comparator | undefined): boolean => c === undefined || c === ">=" || c === ">";

/**
 * Whether a result that is only a bound (`10件以上`: at least 10) settles its target's comparison: a lower bound
 * settles an at-least target when it meets it and an at-most target when it does not; an upper bound the reverse.
 */
function boundSettles(t: Component, r: Component, met: boolean): boolean {
  if (t.upper !== undefined) return !met;
  return atLeast(r.comparator) === atLeast(t.comparator) ? met : !met;
}

/**
 * Compares each target component with the result component paired with it (kpi-rules.md §3): a target without
 * one is `component-missing`, a pair matched by label prefix `label-mismatch`, by unit alone `matched-by-unit`, units that do not convert
 * `unit-mismatch`, a bound that does not settle the comparison (`10件以上` against `20件以上`) `result-bound`; how a bare figure was read (`unit-inferred`, `percent-as-fraction`, …) is noted.
 *
 * @example compareMatches(matchComponents(targets, results).matches, true, result, notes).met // 1
 */
export function compareMatches(matches: readonly ComponentMatch[], shownLabel: boolean, result: Expression, notes: KpiNotes): Comparison {
  let met = 0;
  let answered = 0;
  let mismatch = false;
  let uncertain = false;
  // a list of exactly one entry per match (it stays in the judged KPI)
  const components = matches.map(({ target: t, result: r, byPrefix, byUnit }): JudgedComponent => {
    if (!r) {
      notes.onResult("component-missing", { label: t.label ?? "", component: t.label || t.quantity.text });
      return judgedComponent(t, shownLabel);
    }
    answered++;
    if (byPrefix) {
      const pair: [string, string] = [t.label ?? "", r.label ?? ""];
      notes.onResult("label-mismatch", { target: pair[0], result: pair[1] });
      notes.labelVariant(pair);
    }
    if (byUnit) notes.onResult("matched-by-unit", { target: t.label || t.quantity.text, result: r.quantity.text });
    const cmp = compareComponent(t, r.quantity, result.all === true);
    for (const note of cmp.notes) notes.onResult(note.code, note.params);
    if (cmp.kind === "unit-mismatch") {
      mismatch = true;
      notes.onResult("unit-mismatch", { target: cmp.targetUnit, result: cmp.resultUnit });
      return judgedComponent(t, shownLabel);
    }
    if (r.bound && !boundSettles(t, r, cmp.met)) {
      uncertain = true;
      notes.onResult("result-bound", { text: r.quantity.text, comparator: r.comparator ?? ">=" });
      return judgedComponent(t, shownLabel);
    }
    if (cmp.met) met++;
    return judgedComponent(t, shownLabel, cmp.met ? "met" : "not_met", cmp.target, cmp.actual);
  });
  return { components, met, answered, mismatch, uncertain };
}
