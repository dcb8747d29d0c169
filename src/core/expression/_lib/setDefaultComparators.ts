import type { Component } from "../../Expression";
import type { Grammar } from "./grammarOf";
import { isLowerBetter } from "./isLowerBetter";

/**
 * A target component without a comparator means `>=`, or `<=` when its metric or label names something to keep
 * low (with neither, the whole text decides). Sets `comparator` and `impliedComparator` in place.
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
      metricLow ||
      (c.label !== undefined ? isLowerBetter(c.label, g) : metric === undefined && (textLow ??= isLowerBetter(s, g)));
    c.comparator = low ? "<=" : ">=";
    c.impliedComparator = true;
  }
}
