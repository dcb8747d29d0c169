import type { Component } from "../../Expression";
import type { Grammar } from "./grammarOf";
import { isLowerBetter } from "./isLowerBetter";

/** Units of scores, which may fall below zero (`NPS -5pt`): a bare zero of them is still at least zero. */
const SCORES = new Set(["pt", "点"]);

/**
 * A bare zero (`更改漏れゼロ`, `満期落ち 0件`, `支払漏れ 0%`) asks for none: nothing is "at least zero" of a count, a
 * rate, a time or an amount, whether or not the metric names something to keep low — unless the text names an
 * increase (`NISA純増数 0件`: at least no net loss).
 */
const asksForNone = (c: Component): boolean =>
  c.quantity.value === 0 && c.upper === undefined && !c.relative && !SCORES.has(c.quantity.unit ?? "");

/**
 * A target component without a comparator means `>=`, or `<=` when its metric or label names something to keep
 * low (with neither, the whole text decides) or when it is a bare zero (`更改漏れゼロ`). Sets `comparator` and
 * `impliedComparator` in place.
 *
 * @example
 * const components = [{ quantity: { value: 0.5, unit: "%", text: "0.5%" } }];
 * setDefaultComparators(components, "不備率", "不備率 0.5%", grammarOf(BUILT_IN_SCHEMA));
 * // components[0]: { …, comparator: "<=", impliedComparator: true }
 */
export function setDefaultComparators(
  components: Component[],
  metric: string | undefined,
  s: string,
  g: Grammar,
): void {
  const metricLow = metric !== undefined && isLowerBetter(metric, g);
  let textLow: boolean | undefined;
  for (const c of components) {
    if (c.comparator !== undefined) continue;
    const low =
      (asksForNone(c) && !g.increase.test(s)) ||
      metricLow ||
      (c.label !== undefined ? isLowerBetter(c.label, g) : metric === undefined && (textLow ??= isLowerBetter(s, g)));
    c.comparator = low ? "<=" : ">=";
    c.impliedComparator = true;
  }
}
