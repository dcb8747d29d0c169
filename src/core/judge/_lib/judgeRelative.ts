import type { Comparator, Component, Expression, Quantity } from "../../Expression";
import { meets } from "./compareQuantities";

/** A previous year's result of the same KPI, as the judge is given it. */
export interface PreviousResult {
  fiscalYear: number | null;
  row: number;
  value: number;
  unit: string | null;
}

/** How a relative target was judged, or what was missing. */
export type RelativeOutcome =
  | {
      kind: "judged";
      met: boolean;
      target: number;
      actual: number;
      unit: string | null;
      /** Where the baseline came from, when one was used. */
      baseline?: { from: "result" | "previous-year"; value: number; unit: string | null };
    }
  | { kind: "unknown" }
  /** A change of a rate in points on one side and in percent on the other, or judging differently read either way. */
  | { kind: "unit-unclear" };

/** A figure written with its sign: a change, not a level. */
const SIGNED = /^[+-]/;

/** Percentage points and points are one unit for a change of a rate. */
function sameUnit(a: string | undefined | null, b: string | undefined | null): boolean {
  const fold = (u: string | undefined | null) => (u === "pt" ? "%" : (u ?? ""));
  return a === b || fold(a) === fold(b);
}

const UNCLEAR: RelativeOutcome = { kind: "unit-unclear" };

/** A level of a rate or score, whose change may be written in points or in percent. */
const isRate = (u: string | undefined | null): boolean => u === "%" || u === "pt";

function judged(met: boolean, target: number, actual: number, unit: string | null): RelativeOutcome {
  return { kind: "judged", met, target, actual, unit };
}

/** Judged by the result's own comparison (`前年比118.5%`, `前年度から0.11ポイントダウン`, `前年度比 増加`). */
function byOwnChange(t: Component, result: Expression, cmp: Comparator): RelativeOutcome | undefined {
  const rel = t.relative;
  const rc = result.change;
  if (!rel || !rc) return undefined;
  if (rel.delta === undefined) {
    const factor = rel.factor ?? 1;
    if (rc.factor !== undefined) return judged(meets(rc.factor * 100, cmp, factor * 100), factor * 100, rc.factor * 100, "%");
    // `前年比+1%` against `前年比+1.5pt`: percent or points of a rate
    if (factor !== 1) return rel.percentChange && rc.delta?.unit === "pt" ? UNCLEAR : undefined; // `前年比110%` against `+12件`: needs the baseline
    if (rc.delta !== undefined) return judged(meets(rc.delta.value, cmp, 0), 0, rc.delta.value, rc.delta.unit ?? null);
    if (rc.direction !== undefined) return judged(meets(rc.direction, cmp, 0), 0, rc.direction, null);
    return undefined;
  }
  if (rc.delta !== undefined && sameUnit(rc.delta.unit, rel.delta.unit)) {
    return judged(meets(rc.delta.value, cmp, rel.delta.value), rel.delta.value, rc.delta.value, rel.delta.unit ?? null);
  }
  // `前年比+1pt` against `前年比+1.5%`
  return rel.delta.unit === "pt" && rc.percentChange ? UNCLEAR : undefined;
}

/**
 * Judges a relative target component (`前年比110%`, `前年度実績以上`, `前年同期比減少`, `昨年比20%減`) against a
 * result (kpi-rules.md §2): by the result's own comparison when it states one (`前年比118.5%`); else by its actual
 * figure against the baseline times the factor (or plus the delta), the baseline being the previous period's figure
 * the result states (`(前年61.3万件)`), else the previous year's result of the same KPI (`previous`, for a target
 * relative to the previous period). `unknown` when no baseline can be had; `unit-unclear` when a change of a rate is
 * in points on one side and in percent on the other (`前年比+1pt` against `+1.5%`), or a change in percent of a rate
 * (`前年比+1%`) judges differently as a ratio (90.9 % of 90 %) and as points (91 %).
 *
 * @example judgeRelative(前年比105%以上, parse("65.2万件(前年61.3万件)"), undefined)
 * // { kind: "judged", met: true, target: 643650, actual: 652000, unit: "件", baseline: { from: "result", … } }
 */
export function judgeRelative(t: Component, result: Expression, previous: PreviousResult | undefined): RelativeOutcome {
  const rel = t.relative;
  const cmp = t.comparator ?? ">=";
  if (!rel) return { kind: "unknown" };
  const own = byOwnChange(t, result, cmp);
  if (own) return own;
  const actuals = result.components.filter((c) => !c.change);
  if (actuals.length !== 1) return { kind: "unknown" };
  const actual: Quantity = actuals[0].quantity;
  if (rel.delta !== undefined && SIGNED.test(actual.text) && sameUnit(actual.unit, rel.delta.unit)) {
    // `+1.5%` against `前年比+1pt`: a change of a rate in percent is no change in points
    if (actual.unit !== rel.delta.unit) return UNCLEAR;
    // `+3名` against `前年度比+2名`: a signed figure is the change
    return judged(meets(actual.value, cmp, rel.delta.value), rel.delta.value, actual.value, rel.delta.unit ?? null);
  }
  // `+1.5pt` against `前年比+1%`
  if (rel.delta === undefined && rel.percentChange && SIGNED.test(actual.text) && actual.unit === "pt") return UNCLEAR;
  if (rel.delta === undefined && rel.factor !== undefined && SIGNED.test(actual.text) && actual.unit === "%") {
    // `+12.3%` against `前年度末比+10%` (110 %): a signed percent is the change, 112.3 % of the baseline
    const factor = rel.factor * 100;
    const reached = Number.parseFloat((100 + actual.value).toPrecision(15));
    return judged(meets(reached, cmp, factor), factor, reached, "%");
  }
  let baseline: { from: "result" | "previous-year"; value: number; unit: string | null } | undefined;
  // the result's figure of the baseline the target names: last year's (`(前年82.3%)`) or an average (`(業界平均82.3%)`)
  const stated = rel.previous ? result.baseline : result.average;
  if (stated && sameUnit(stated.unit, actual.unit ?? stated.unit)) {
    baseline = { from: "result", value: stated.value, unit: stated.unit ?? null };
  } else if (rel.previous && previous && sameUnit(previous.unit, actual.unit ?? previous.unit)) {
    baseline = { from: "previous-year", value: previous.value, unit: previous.unit };
  }
  if (!baseline) return { kind: "unknown" };
  let value = actual.value;
  if (actual.unit === undefined && actual.scale === undefined && baseline.value !== 0) {
    // a bare figure takes the baseline's scale when that reads it as its size (`65.2` against `613000` 件 of `61.3万件`)
    const k = result.baseline?.scale;
    if (k !== undefined && Math.abs(Math.log10((value * k) / baseline.value)) < Math.abs(Math.log10(value / baseline.value))) value *= k;
  }
  const threshold = rel.delta !== undefined ? baseline.value + rel.delta.value : baseline.value * (rel.factor ?? 1);
  if (rel.delta === undefined && rel.percentChange && isRate(baseline.unit)) {
    // `前年比+1%` of a rate of 90 %: 90.9 % as a ratio, 91 % as points; a verdict only where both agree
    const asPoints = baseline.value + ((rel.factor ?? 1) - 1) * 100;
    if (meets(value, cmp, asPoints) !== meets(value, cmp, threshold)) return UNCLEAR;
  }
  return { kind: "judged", met: meets(value, cmp, threshold), target: threshold, actual: value, unit: baseline.unit ?? actual.unit ?? null, baseline };
}
