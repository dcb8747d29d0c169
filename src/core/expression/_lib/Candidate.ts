import type { Comparator, Quantity, YearMark } from "../../Expression";

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
  /** A result figure whose comparator word makes it a bound, not the value (`10件以上`, `5件未満`; not `100%を維持`). */
  bound?: boolean;
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
  /** A reference that is a previous period's figure (`前年61.3万件`, `68.0%→`): a result's baseline. */
  previous?: boolean;
  /** A result's figure of an average of others it is compared with (`(業界平均82.3%)`): a baseline, not an actual. */
  average?: boolean;
  /** The figure of a result's own comparison (`前年比118.5%`), not an actual. */
  change?: boolean;
  /** The upper bound of a range (`50～55%`). */
  upper?: number;
  /** The figure follows a total word (`計6回`). */
  total?: boolean;
  /** The period named before the figure in a result (`2023年度 8.1P`). */
  year?: YearMark;
}
