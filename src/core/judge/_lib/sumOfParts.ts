import type { Quantity } from "../../Expression";

/** Units whose figures add up: counts, not rates or scores. */
export const ADDITIVE = new Set(["件", "回", "人", "社", "先", "店", "契約", "資格", "項目", "円"]);

/**
 * The sum of several counts of one unit (`上期98件、下期120件` → 218件), a reading of its own; undefined for fewer
 * than two figures, figures of other units or periods, rates, scores and ratios.
 *
 * @example sumOfParts([98件, 120件]) // { value: 218, unit: "件", text: "計218件" }
 */
export function sumOfParts(figures: readonly Quantity[]): Quantity | undefined {
  const [first] = figures;
  if (figures.length < 2 || first.unit === undefined || !ADDITIVE.has(first.unit)) return undefined;
  if (figures.some((q) => q.unit !== first.unit || q.per !== first.per || q.of !== undefined)) return undefined;
  const value = figures.reduce((n, q) => n + q.value, 0);
  const out: Quantity = { value, unit: first.unit, text: `計${value}${first.unit}` };
  if (first.per) out.per = first.per;
  return out;
}
