/**
 * Which column an expression comes from: targets get default comparators, results get judgement words.
 *
 * @example parseExpression("達成", "result", BUILT_IN_SCHEMA).kind // "judgement" (as a target: "unreadable")
 */
export type ExpressionRole = "target" | "result";

/** A comparator of a target component. */
export type Comparator = ">=" | ">" | "<=" | "<";

/**
 * The period a rate is counted over: per fiscal year, half year, quarter, month or week, or per person.
 * The calendar periods convert into one another (`perYear`); a per-person rate only compares with its kind.
 */
export type Period = "year" | "half" | "quarter" | "month" | "week" | "person";

/**
 * A number with its canonical unit (kpi-rules.md §2), already scaled (`3万円` → 30000 円).
 *
 * @example { value: 5, unit: "件", per: "month" } // 毎月5件
 */
export interface Quantity {
  value: number;
  /** Canonical unit (`%`, `pt`, `件`, …); undefined for a bare number. */
  unit?: string;
  /** Rate period: `年間10回` → "year", `四半期に1回` → "quarter", `毎月5件` → "month", `1人1資格` → "person". */
  per?: Period;
  /** The source text of the quantity, normalised. */
  text: string;
  /** The scale of a scaled unit as written (`37.0兆円` → 1e12), so that a bare `36.9` against it takes it too. */
  scale?: number;
  /** The scaled unit as written (`兆円`). */
  scaleUnit?: string;
  /** A counter word the schema does not know, right after a bare number (`12拠点` → `拠点`): it takes no other unit. */
  counter?: string;
  /** A ratio's whole: `14名中11名` → value 11, of 14. */
  of?: number;
}

/**
 * A fiscal or calendar year, or a month, that a result names before a figure (`2023年度 8.1P`, `令和6年度における…`,
 * `2022.3 94.9%`): the figure is that period's.
 *
 * @example { year: 2024, fiscal: true, text: "令和6年度" }
 * @example { year: 2022, month: 3, fiscal: false, text: "2022.3" }
 */
export interface YearMark {
  year: number;
  month?: number;
  /** True for a fiscal year (`年度`, `FY`); false for a calendar year or a month. */
  fiscal: boolean;
  /**
   * The first fiscal year of a period of fiscal years that `year` ends (`2024年度～2026年度 90%以上`: 2024): a level
   * kept through the period, so each of its years is the figure's. Not set for a total or a deadline of the period
   * (`累計`, `までに`), which only its last year answers.
   */
  from?: number;
  /**
   * The first fiscal year of a period whose total the figure is (`2024～2026年度 累計300件以上`, `2024年度～2026年度の
   * 3年間で通算300件`): only the period's last year answers it, and only with the period's cumulative result.
   */
  totalFrom?: number;
  text: string;
}

/**
 * A change against a baseline, as a relative target (`前年比110%`, `前年度実績以上`, `昨年比20%減`) or a result
 * (`前年比118.5%`, `前年度から0.11ポイントダウン`, `前年度比 増加`) states it.
 */
export interface Change {
  /** The baseline's words as written: `前年`, `前年度`, `業界平均`. */
  basis: string;
  /** Whether the baseline is the previous period's figure (else an average of others). */
  previous: boolean;
  /** A ratio to the baseline: `前年比110%` → 1.1, `昨年比20%減` → 0.8, `前年度実績以上` → 1. */
  factor?: number;
  /** A difference from the baseline in a unit: `0.11ポイントダウン` → -0.11 pt, `12件減` → -12 件. */
  delta?: Quantity;
  /** Only a direction: `増加` → 1, `減少` → -1. */
  direction?: 1 | -1;
  /**
   * The factor was written as a change in percent (`+1%`, `10%増`), not as a ratio (`110%`): of a rate (a level in
   * %) it may mean points as well (`+1%` of 90 % is 90.9 % or 91 %).
   */
  percentChange?: true;
  /** The baseline is only implied: a target in words asking for a change (`苦情件数の削減`); a word answers it too. */
  implied?: boolean;
  text: string;
}

/** One labelled (or lone) figure of a target or result. */
export interface Component {
  label?: string;
  quantity: Quantity;
  comparator?: Comparator;
  /** A result's figure that is only a bound of the value, by its comparator (`10件以上`, `5件未満`). */
  bound?: true;
  /** True when no comparator word was written and the default was used. */
  impliedComparator?: boolean;
  /** Equivalent restatements, e.g. `毎月5件（年60件）` → the 年60件 form. */
  alternatives?: Quantity[];
  /** The upper bound of a range `50～55%` (inclusive, in the quantity's unit); the quantity is the lower one. */
  upper?: number;
  /** A relative target (`前年比110%`): the quantity is its factor in % or its delta; the baseline decides. */
  relative?: Change;
  /** An "all" target (`全支店で開催`, `全員`): 100 %, and a ratio must be whole. */
  all?: boolean;
  /** A part of the total written in brackets after it with うち (`年間50件以上(うちお褒め20件以上)`): labelled お褒め. */
  part?: true;
  /** The figure a stated total gives (`計6回`). */
  total?: boolean;
  /** The period a result figure is stated for (`2023年度 8.1P`). */
  year?: YearMark;
  /** The figure of the result's own comparison (`前年比118.5%`; see `Expression.change`), not an actual. */
  change?: boolean;
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
  /** The judgement came from a done-word (`実施済み`, `未実施`), which only answers a target without a figure. */
  doneWord?: boolean;
  /** A hedged judgement (`概ね達成`): never met. */
  hedge?: string;
  /** A word of the future (`予定`, `見込み`, `目指し`) that the result's only figures or words belong to. */
  future?: string;
  /** A result's parts of its total in brackets with うち (`62件(うちお褒め18件)`): they answer a target's parts. */
  parts?: Component[];
  /** The result says "all" (`全員取得`, `全35店舗で実施`). */
  all?: boolean;
  /**
   * Of a target: a count of events for each of all members (`全店1回以上`, `全員 年2回以上受講`), which a result's
   * total (`17店舗で54回実施`) does not answer. Of a result: it names all members (`全17店舗で54回実施`).
   */
  each?: true;
  /** A result's own comparison with a baseline (`前年比118.5%`, `前年度から0.11ポイントダウン`). */
  change?: Change;
  /** The result is stated against its own target (`達成率103%`, `目標比98%`): met from 100 %. */
  achievement?: boolean;
  /** An average of others the result states (`85.0%(業界平均82.3%)`): the baseline of a target relative to an average. */
  average?: Quantity;
  /** A previous period's figure the result states (`(前年61.3万件)`, `前年度96.0%に対し…`). */
  baseline?: Quantity;
  /**
   * The figures a heuristic did not choose (several figures and no structure to decide): the judge tries each as
   * the reading and flags the result when they disagree.
   */
  others?: Component[];
}
