import type { Component, Expression } from "../../Expression";

/**
 * Whether {@link labelled} names the lone component after the metric: it has no label and the expression a metric.
 *
 * @example namedAfterMetric(parse("回答数:200件")) // true
 */
export function namedAfterMetric(e: Expression, components: Component[] = e.components): boolean {
  return components.length === 1 && !components[0].label && !!e.metric;
}

/**
 * The components with a lone unlabelled one named after the metric (`回答数:200件`, `自動車:65pt`), so that it can
 * pair with a labelled component on the other side.
 *
 * @example labelled(parse("回答数:200件")).map((c) => c.label) // ["回答数"]
 */
export function labelled(e: Expression, components: Component[] = e.components): Component[] {
  return namedAfterMetric(e, components) ? [{ ...components[0], label: e.metric }] : components;
}
