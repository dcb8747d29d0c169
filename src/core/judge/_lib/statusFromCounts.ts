import type { KpiStatus } from "../../KpiStatus";

/**
 * A KPI's status from how many of its components were met: `met` when all are, `partial` when some are, else
 * `not_met`.
 *
 * @example statusFromCounts(1, 2) // "partial"
 */
export function statusFromCounts(met: number, total: number): KpiStatus {
  if (met === total) return "met";
  return met > 0 ? "partial" : "not_met";
}
