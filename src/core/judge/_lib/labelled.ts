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
 * pair with a labelled component on the other side. Not when it was chosen among several figures (`others`): the
 * metric, written before the first figure, may be another figure's (`自動車 早期更改率 82% 火災 早期更改率 72%`
 * chose 72%, which is 火災's, not 自動車's).
 *
 * @example labelled(parse("回答数:200件")).map((c) => c.label) // ["回答数"]
 */
export function labelled(e: Expression, components: Component[] = e.components): Component[] {
  return namedAfterMetric(e, components) && !e.others ? [{ ...components[0], label: e.metric }] : components;
}
