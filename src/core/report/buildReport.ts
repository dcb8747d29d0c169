import type { CheckResult } from "../CheckResult";
import type { Finding, Severity } from "../Finding";
import { KPI_STATUSES, type KpiStatus } from "../KpiStatus";
import type { Report } from "./Report";

/**
 * Builds the JSON report of a check (cli-and-report.md): source, as-of date, counts by status and severity, the
 * KPIs in sheet order and the findings with their rendered message.
 *
 * @example buildReport(result, "kpi.xlsx", (f) => renderFinding(f, "ja")).summary.byStatus.met // 4
 */
export function buildReport(result: CheckResult, file: string, message: (f: Finding) => string): Report {
  const byStatus = Object.fromEntries(KPI_STATUSES.map((s) => [s, 0])) as Record<KpiStatus, number>;
  for (const k of result.kpis) byStatus[k.status]++;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) bySeverity[f.severity]++;
  return {
    reportVersion: 1,
    source: {
      file,
      sheet: result.sheetName,
      range: result.range,
      layout: result.layout,
      headerRows: result.headerRows ?? [],
      fields: result.fields ?? {},
      skippedRows: result.skippedRows ?? [],
      otherKpiSheets: result.otherKpiSheets ?? [],
      ...(result.sheets ? { sheets: result.sheets } : {}),
    },
    asOf: result.asOf,
    fiscalYearStartMonth: result.fiscalYearStartMonth,
    summary: { kpis: result.kpis.length, byStatus, findings: bySeverity },
    kpis: result.kpis.map((k) => ({
      sheet: k.sheet ?? result.sheetName,
      fiscalYear: k.fiscalYear,
      no: k.no,
      ...(k.noLabel !== undefined ? { noLabel: k.noLabel } : {}),
      row: k.row,
      title: k.title,
      target: k.target,
      result: k.result,
      status: k.status,
      ...(k.evaluation !== undefined ? { evaluation: k.evaluation } : {}),
      components: k.components.map((c) => ({ ...c })),
    })),
    series: result.series,
    findings: result.findings.map((f) => ({ ...f, sheet: f.sheet ?? result.sheetName, message: message(f) })),
  };
}
