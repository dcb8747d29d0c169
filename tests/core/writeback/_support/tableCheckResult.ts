import type { CheckResult } from "../../../../src/core/CheckResult";
import type { KpiStatus } from "../../../../src/core/KpiStatus";
import { judged } from "./seedJudged";

/**
 * A table-layout check of 2023年度 KPIs: the header on row 1 (年度, No, 取組項目, 目標, 結果 in A–E), one KPI per row
 * from row 2 with the given statuses.
 */
export function tableCheckResult(statuses: KpiStatus[], layout: CheckResult["layout"] = "table"): CheckResult {
  return {
    sheetName: "KPI",
    layout,
    range: `A1:E${statuses.length + 1}`,
    header: { row: 1, columns: { fiscalYear: 1, no: 2, title: 3, target: 4, result: 5 } },
    kpis: statuses.map((s, i) => judged(i + 2, { fiscalYear: "2023年度", no: i + 1, title: `取組${i + 1}` }, s)),
    findings: [],
    asOf: "2026-11-29",
    fiscalYearStartMonth: 4,
    series: [],
  };
}
