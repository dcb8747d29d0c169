import { headerKey } from "./headerKey";

/** Words that name the KPI itself (`KPI`, `KPI名`, `指標`, `成果指標`) — or, beside a target column, the KPI rather than its target. */
const NAME = "(?:kpi|kpi名|kpi指標|指標|指標名|成果指標|重要業績評価指標)";
/** A naming word, alone or with another in brackets: `成果指標（KPI）`, `KPI(重要業績評価指標)`. */
const KPI_NAME = new RegExp(`^${NAME}(?:\\(${NAME}\\))?$`, "u");

/**
 * Whether a header names the KPI itself rather than its target (`KPI`, `KPI名`, `KPI指標`, `指標`, `指標名`,
 * `成果指標`, alone or with another of them in brackets: `成果指標（KPI）`): in
 * `方針 | KPI | 目標 | 実績` the bare `KPI` column holds the KPIs' names, although `KPI` alone is an alias of the
 * target (`KPI | 実績` tables, where it holds the target).
 *
 * @example isKpiNameHeader("ＫＰＩ") // true
 * @example isKpiNameHeader("成果指標（KPI）") // true
 * @example isKpiNameHeader("KPI目標") // false
 */
export function isKpiNameHeader(text: string): boolean {
  return KPI_NAME.test(headerKey(text));
}
