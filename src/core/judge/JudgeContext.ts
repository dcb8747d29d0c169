import type { Quantity } from "../Expression";
import type { SheetCell } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import type { KpiSchema } from "../KpiSchema";

/**
 * What judging one KPI needs besides its record: one per record, never shared.
 *
 * @example { schema: BUILT_IN_SCHEMA, asOf: "2026-11-29", fiscalYearStartMonth: 4, fiscalYear: 2023, no: 1 }
 */
export interface JudgeContext {
  readonly schema: KpiSchema;
  /** `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly fiscalYearStartMonth: number;
  /** The record's fiscal year, already read (null when it could not be). */
  readonly fiscalYear: number | null;
  readonly no: number | null;
  /** The No as written where it has a sub-number (`1-2`; `no` is then its first part), read by `checkRecords`. */
  readonly noLabel?: string;
  /**
   * The previous fiscal year's KPI of the same series, judged (`previousYearKpi`), for a target
   * relative to last year's result (`前年度実績以上`, `前年比110%`); absent when not looked up, null when there is none.
   */
  readonly previous?: PreviousKpi | null;
}

/**
 * What the judge reads of the previous year's KPI: its year, row and judged components (or, without a target, its
 * result's one figure), and `at`, where it is when it is on another sheet than the KPI judged (one sheet per year;
 * the baseline's finding names it).
 */
export type PreviousKpi = Pick<JudgedKpi, "fiscalYear" | "row" | "components"> & {
  readonly at?: SheetCell;
  /**
   * Last year's result as its one figure when that KPI had no target to judge it by (a `前年度実績` / `2024年度実績`
   * column beside this year's target): the baseline then.
   */
  readonly resultFigure?: Quantity;
};
