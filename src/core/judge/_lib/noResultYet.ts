import type { KpiStatus } from "../../KpiStatus";
import { hasFiscalYearEnded } from "../../fiscalYear/hasFiscalYearEnded";
import type { KpiNotes } from "./KpiNotes";

/**
 * The status of a KPI without a result for its year: pending while the fiscal year runs, then missing_result
 * (`result-missing`); unevaluable when the year is unknown.
 *
 * @example noResultYet({ fiscalYear: 2023, fiscalYearStartMonth: 4, asOf: "2026-11-29" }, notes) // "missing_result"
 */
export function noResultYet(
  when: { fiscalYear: number | null; fiscalYearStartMonth: number; asOf: string },
  notes: KpiNotes,
): KpiStatus {
  if (when.fiscalYear === null) return "unevaluable";
  if (!hasFiscalYearEnded(when.fiscalYear, when.fiscalYearStartMonth, when.asOf)) return "pending";
  notes.onResult("result-missing", { fiscalYear: when.fiscalYear });
  return "missing_result";
}
