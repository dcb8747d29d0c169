import { headerKey } from "./headerKey";

/** Headers that name the KPI itself (`KPI`, `KPI名`, `指標`) — or, beside a target column, the KPI rather than its target. */
const KPI_NAME = /^(?:kpi|kpi名|kpi指標|指標|指標名)$/u;

/**
 * Whether a header names the KPI itself rather than its target (`KPI`, `KPI名`, `KPI指標`, `指標`, `指標名`): in
 * `方針 | KPI | 目標 | 実績` the bare `KPI` column holds the KPIs' names, although `KPI` alone is an alias of the
 * target (`KPI | 実績` tables, where it holds the target).
 *
 * @example isKpiNameHeader("ＫＰＩ") // true
 * @example isKpiNameHeader("KPI目標") // false
 */
export function isKpiNameHeader(text: string): boolean {
  return KPI_NAME.test(headerKey(text));
}
