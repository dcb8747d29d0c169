import type { Component } from "../../Expression";
import type { ComponentStatus } from "../../KpiStatus";
import type { JudgedComponent } from "../../JudgedKpi";

/**
 * A target component as judged (`missing` and its own figure until compared). `shownLabel` is false when
 * `labelled` took the label from the metric: the report gives such a lone component no label.
 *
 * @example judgedComponent(回答数:200件, false, "met", 200, 208) // { label: null, comparator: ">=", target: 200, actual: 208, unit: "件", status: "met" }
 */
export function judgedComponent(
  c: Component,
  shownLabel: boolean,
  status: ComponentStatus = "missing",
  target = c.quantity.value,
  actual: number | null = null,
  unit: string | null = c.quantity.unit ?? null,
): JudgedComponent {
  return { label: shownLabel ? (c.label ?? null) : null, comparator: c.comparator ?? ">=", target, actual, unit, status };
}

/**
 * The target components with no result compared to them.
 *
 * @example unjudged(targets, true).map((c) => c.status) // ["missing", "missing"]
 */
export function unjudged(targets: readonly Component[], shownLabel: boolean): JudgedComponent[] {
  return targets.map((c) => judgedComponent(c, shownLabel));
}
