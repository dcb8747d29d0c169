import type { Comparator } from "./Expression";
import type { KpiRecord } from "./KpiRecord";
import type { ComponentStatus, KpiStatus } from "./KpiStatus";

/** One target component, judged (the `components` of the JSON report). */
export interface JudgedComponent {
  readonly label: string | null;
  readonly comparator: Comparator;
  readonly target: number;
  readonly actual: number | null;
  readonly unit: string | null;
  readonly status: ComponentStatus;
}

/**
 * One KPI after reading and judgement: the record it came from, its normalised key and texts, and the status.
 * Plain data (`JSON.stringify` and `structuredClone` keep every field), not to be changed once judged.
 *
 * @example { fiscalYear: 2021, no: 6, row: 27, title: "代理店事故対応窓口割合の向上", status: "partial", … }
 */
export interface JudgedKpi {
  readonly record: KpiRecord;
  readonly fiscalYear: number | null;
  readonly no: number | null;
  readonly row: number;
  readonly title: string;
  readonly target: string;
  readonly result: string;
  readonly status: KpiStatus;
  readonly components: readonly JudgedComponent[];
  /** The sheet the KPI was read from, when a check spans several sheets (`--all-sheets`); else the result's sheet. */
  readonly sheet?: string;
  /** The No as written when it has a sub-number (`1-2`); `no` is then its first part. */
  readonly noLabel?: string;
  /** The staff's own evaluation (`評価`, `判定`, a `達成状況` of marks), as written; never the result. */
  readonly evaluation?: string;
}
