import type { JudgedComponent } from "../../JudgedKpi";
import type { KpiStatus } from "../../KpiStatus";

/**
 * What one rule of the judge decided: the KPI's status and its judged target components; `wantsPrevious` when a
 * target relative to last year's result found no baseline and last year's KPI would give one.
 *
 * @example { status: "met", components: [{ label: null, comparator: ">=", target: 200, actual: 208, unit: "件", status: "met" }] }
 */
export interface Verdict {
  readonly status: KpiStatus;
  readonly components: readonly JudgedComponent[];
  readonly wantsPrevious?: boolean;
}
