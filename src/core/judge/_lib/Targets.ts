import type { Component, Expression } from "../../Expression";

/**
 * What a target needs to judge figures: the target as read, its components (of the row's year), and whether their
 * labels show (not when `labelled` names a lone component after the metric).
 */
export interface Targets {
  target: Expression;
  targets: Component[];
  shownLabel: boolean;
}
