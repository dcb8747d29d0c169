import type { Comparator, Quantity } from "../../Expression";

/**
 * A figure found in a normalised text, with where it sits and what surrounds it.
 *
 * @example
 * // `年間最低8回` →
 * { start: 0, end: 6, quantity: { value: 8, unit: "回", per: "year", text: "年間8回" }, comparator: ">=",
 *   group: -1, condition: false, reference: false }
 */
export interface Candidate {
  /** Index of the first character of the figure's words (period or comparator prefix, sign or digit). */
  start: number;
  /** Index after the last character of its words (unit, period suffix, comparator suffix). */
  end: number;
  quantity: Quantity;
  comparator?: Comparator;
  /** Index of the top-level bracket group holding the figure, -1 outside brackets. */
  group: number;
  /** It states a condition on the metric (`3ヶ月以内の解約率`): a comparator followed by `の`. */
  condition: boolean;
  /** It restates another figure (`前年196件から`, `目標200件に対し`). */
  reference: boolean;
  label?: string;
  /** Where the label starts (its words belong to the component, not to the metric). */
  labelStart?: number;
  alternatives?: Quantity[];
}
