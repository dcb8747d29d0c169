/**
 * Which column an expression comes from: targets get default comparators, results get judgement words.
 *
 * @example parseExpression("達成", "result", BUILT_IN_SCHEMA).kind // "judgement" (as a target: "unreadable")
 */
export type ExpressionRole = "target" | "result";

/** A comparator of a target component. */
export type Comparator = ">=" | ">" | "<=" | "<";

/** The period a rate is counted over: per fiscal year, per month, or per person. */
export type Period = "year" | "month" | "person";

/**
 * A number with its canonical unit (kpi-rules.md §2), already scaled (`3万円` → 30000 円).
 *
 * @example { value: 5, unit: "件", per: "month" } // 毎月5件
 */
export interface Quantity {
  value: number;
  /** Canonical unit (`%`, `pt`, `件`, …); undefined for a bare number. */
  unit?: string;
  /** Rate period: `年間10回` → "year", `毎月5件` → "month", `1人1資格` → "person". */
  per?: Period;
  /** The source text of the quantity, normalised. */
  text: string;
}

/** One labelled (or lone) figure of a target or result. */
export interface Component {
  label?: string;
  quantity: Quantity;
  comparator?: Comparator;
  /** True when no comparator word was written and the default was used. */
  impliedComparator?: boolean;
  /** Equivalent restatements, e.g. `毎月5件（年60件）` → the 年60件 form. */
  alternatives?: Quantity[];
}

/** A judgement word of a result: 達成 → "met", 未達 → "not_met", 一部達成 → "partial". */
export type JudgementWord = "met" | "not_met" | "partial";

/**
 * What a target or result expression says (kpi-rules.md §2).
 * - `empty`: nothing or a placeholder (`-`, `未集計`, …);
 * - `not_applicable`: `計測なし`, `対象外`, …;
 * - `expression`: one or more components (and maybe a judgement word);
 * - `judgement`: only a judgement word;
 * - `unreadable`: no figure could be read.
 */
export interface Expression {
  kind: "empty" | "not_applicable" | "expression" | "judgement" | "unreadable";
  /** The text after NFKC normalisation and space folding. */
  normalized: string;
  metric?: string;
  components: Component[];
  qualifiers: string[];
  judgement?: JudgementWord;
  /** True when the figure was picked out of free text rather than a clean expression. */
  fromText?: boolean;
  /** Number of candidate figures when free text held several (the expression is then `unreadable`). */
  candidates?: number;
}
