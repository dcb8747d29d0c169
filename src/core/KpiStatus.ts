/** The seven statuses of kpi-rules.md §3, in display order. */
export const KPI_STATUSES = [
  "met",
  "partial",
  "not_met",
  "pending",
  "missing_result",
  "no_target",
  "unevaluable",
] as const;

/** The judged status of one KPI. */
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** The status of one target component. */
export type ComponentStatus = "met" | "not_met" | "missing";
