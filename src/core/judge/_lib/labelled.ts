import type { Component, Expression } from "../../Expression";

/**
 * The components with a lone unlabelled one named after the metric (`回答数:200件`, `自動車:65pt`), so that it can
 * pair with a labelled component on the other side.
 *
 * @example labelled(parse("回答数:200件")).map((c) => c.label) // ["回答数"]
 */
export function labelled(e: Expression, components: Component[] = e.components): Component[] {
  const [only] = components;
  if (components.length === 1 && !only.label && e.metric) return [{ ...only, label: e.metric }];
  return components;
}
