import type { KpiStatus } from "../KpiStatus";

/**
 * A status as published (disclosure-output.md §2–§3): only 達成, 一部達成 and 未達成 go on the website or the
 * disclosure sheet; the checker's own words (集計中, 結果未入力, 目標なし, 判定不能) never do.
 *
 * @example publicStatus("partial") // "partial"
 * @example publicStatus("missing_result") // undefined
 */
export function publicStatus(status: KpiStatus): "met" | "partial" | "not_met" | undefined {
  return status === "met" || status === "partial" || status === "not_met" ? status : undefined;
}
