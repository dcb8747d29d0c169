import type { Component, Quantity } from "../../Expression";
import type { FindingParams } from "../../Finding";
import { compareQuantities, meets } from "./compareQuantities";

/** A finding to raise about how a result figure was read (the caller places it). */
export type ReadingNote = {
  [C in "unit-inferred" | "percent-as-fraction" | "result-ratio"]: { code: C; params: FindingParams[C] };
}["unit-inferred" | "percent-as-fraction" | "result-ratio"];

/** One target component compared with one result figure, with how the figure was read. */
export type ComponentOutcome =
  | { kind: "compared"; met: boolean; target: number; actual: number; notes: ReadingNote[] }
  | { kind: "unit-mismatch"; targetUnit: string; resultUnit: string; notes: ReadingNote[] };

const NO_NOTES: ReadingNote[] = [];
const NO_ALTERNATIVES: readonly Quantity[] = [];

/** Rounds a share for a message: 78.57142… → 78.6. */
const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** Which of two readings of a bare figure is nearer the target's size: as written, or in the target's scale. */
function nearer(value: number, scale: number, target: number): number {
  if (value <= 0 || target <= 0) return value;
  const scaled = value * scale;
  return Math.abs(Math.log(scaled / target)) < Math.abs(Math.log(value / target)) ? scaled : value;
}

/**
 * Compares a result figure with a target component (kpi-rules.md §3):
 * - a ratio `14名中11名` is whole against an "all" target (`全支店で開催`), a share (78.6 %) against a rate, and its
 *   part against a count;
 * - a result that says "all" (`全35店舗で実施`, `25名全員受講`) meets an "all" target, and is 100 % of a rate;
 * - a bare figure takes the target's unit (unless a counter the schema does not know follows it: `12拠点`) (`unit-inferred`) — and its scale when that is the nearer reading (`36.9`
 *   against `37.0兆円`) — or is a fraction of a percent target (`0.6` against `75%`: `percent-as-fraction`);
 * - a range `50～55%` is met within both bounds;
 * - a bare target of zero (`苦情件数ゼロ`) compares with a result figure in any unit.
 *
 * @example compareComponent(研修受講率75%以上, { value: 11, of: 14, unit: "人", … }, false) // compared, met (78.6 %)
 */
export function compareComponent(t: Component, result: Quantity, resultAll: boolean): ComponentOutcome {
  const tq = t.quantity;
  let actual = result;
  let notes = NO_NOTES;
  if (actual.of !== undefined) {
    if (t.all) return { kind: "compared", met: actual.value >= actual.of, target: actual.of, actual: actual.value, notes };
    if (tq.unit === "%" && actual.of > 0) {
      const percent = (actual.value / actual.of) * 100;
      notes = [{ code: "result-ratio", params: { text: actual.text, percent: oneDecimal(percent) } }];
      actual = { value: percent, unit: "%", text: actual.text };
    }
  }
  if (t.all && resultAll && actual.unit !== "%") return { kind: "compared", met: true, target: 100, actual: 100, notes };
  if (resultAll && tq.unit === "%" && actual.unit !== undefined && actual.unit !== "%" && actual.of === undefined) {
    actual = { value: 100, unit: "%", text: actual.text }; // `25名全員受講` against a rate: all is 100 %
  }
  if (actual.unit === undefined && tq.unit !== undefined) {
    if (actual.counter !== undefined) return { kind: "unit-mismatch", targetUnit: tq.unit, resultUnit: actual.counter, notes };
    const fraction = tq.unit === "%" && Math.abs(actual.value) < 1 && actual.value !== 0 && Math.abs(tq.value) >= 1;
    let value = fraction ? actual.value * 100 : actual.value;
    if (!fraction && tq.scale !== undefined) value = nearer(value, tq.scale, tq.value);
    const scaled = value !== actual.value && !fraction;
    const note: ReadingNote = fraction
      ? { code: "percent-as-fraction", params: { value: actual.value, percent: actual.value * 100 } }
      : { code: "unit-inferred", params: { unit: scaled ? (tq.scaleUnit ?? tq.unit) : tq.unit, value: actual.value } };
    notes = [note];
    actual = { ...actual, unit: tq.unit, per: actual.per ?? tq.per, value };
  }
  if (tq.unit === undefined && tq.value === 0 && actual.unit !== undefined && t.upper === undefined) {
    // zero is zero in any unit (`苦情件数ゼロ` → `2件`)
    return { kind: "compared", met: meets(actual.value, t.comparator ?? ">=", 0), target: 0, actual: actual.value, notes };
  }
  const cmp = compareQuantities(actual, tq, t.alternatives ?? NO_ALTERNATIVES, t.comparator ?? ">=");
  if (cmp.kind === "unit-mismatch") return { ...cmp, notes };
  const met = cmp.met && (t.upper === undefined || meets(cmp.actual, "<=", t.upper));
  return { kind: "compared", met, target: cmp.target, actual: cmp.actual, notes };
}
