import type { Comparator, Quantity } from "../../Expression";
import { periodsPerYear } from "../../periodsPerYear";

/** The outcome of comparing one result figure with one target figure. */
export type Comparison =
  | { kind: "compared"; met: boolean; target: number; actual: number; unit?: string }
  | { kind: "unit-mismatch"; targetUnit: string; resultUnit: string };

const EPSILON = 1e-9;

/** Units of time that convert into one another (seconds in each): `160秒` against `3分以内`. */
const SECONDS: Readonly<Record<string, number>> = { 秒: 1, 分: 60, 時間: 3600 };

function unitName(q: Quantity): string {
  return (q.unit ?? "") + (q.per ? `/${q.per}` : "");
}

/** Weeks in a month as staff count them: `月4回` is `週1回` (not 48 against 52 a year). */
const WEEKS_A_MONTH = 4;

/**
 * Brings a result quantity onto the target's period: a rate per month becomes per year (×12) when the target
 * counts per year or per fiscal year (a plain count), a yearly count per quarter (÷4) against `四半期に1回`, and so
 * on between calendar periods (a month is four weeks); per-person rates only compare with per-person rates.
 */
function onTargetPeriod(result: Quantity, target: Quantity): number | undefined {
  if ((target.per ?? "year") === (result.per ?? "year")) return result.value;
  if (target.per === "week" && result.per === "month") return result.value / WEEKS_A_MONTH;
  if (target.per === "month" && result.per === "week") return result.value * WEEKS_A_MONTH;
  const t = periodsPerYear(target.per);
  const r = periodsPerYear(result.per);
  if (t === undefined || r === undefined) return undefined;
  return (result.value * r) / t;
}

/**
 * Whether `actual comparator target` holds; equal meets `>=` and `<=` (with a tolerance for binary fractions).
 *
 * @example meets(85, ">=", 85) // true
 */
export function meets(actual: number, comparator: Comparator, target: number): boolean {
  const diff = actual - target;
  const equal = Math.abs(diff) <= EPSILON * Math.max(1, Math.abs(target));
  switch (comparator) {
    case ">=":
      return equal || diff > 0;
    case ">":
      return !equal && diff > 0;
    case "<=":
      return equal || diff < 0;
    case "<":
      return !equal && diff < 0;
  }
}

/**
 * Compares a result quantity (whose unit is already known) with a target quantity and its equivalent
 * restatements, after period normalisation and, for time, unit conversion (`160秒` against `3分`: 2.67分). The figures returned are on the period of the target form used.
 *
 * @example compareQuantities({ value: 66, unit: "件", per: "year", text: "" }, { value: 5, unit: "件", per: "month", text: "" }, [], ">=")
 * // { kind: "compared", met: true, target: 5, actual: 5.5, unit: "件" }
 */
export function compareQuantities(
  result: Quantity,
  target: Quantity,
  alternatives: readonly Quantity[],
  comparator: Comparator,
): Comparison {
  for (let i = -1; i < alternatives.length; i++) {
    const t = i < 0 ? target : alternatives[i]; // the target, then its restatements
    const factor = t.unit === result.unit ? 1 : t.unit && result.unit && SECONDS[t.unit] && SECONDS[result.unit] ? SECONDS[result.unit] / SECONDS[t.unit] : 0;
    if (factor === 0) continue;
    const onPeriod = onTargetPeriod(result, t);
    const actualOnTarget = onPeriod === undefined ? undefined : onPeriod * factor;
    if (actualOnTarget === undefined) continue;
    const met = meets(actualOnTarget, comparator, t.value);
    return { kind: "compared", met, target: t.value, actual: actualOnTarget, unit: t.unit };
  }
  return { kind: "unit-mismatch", targetUnit: unitName(target), resultUnit: unitName(result) };
}
