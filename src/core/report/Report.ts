import type { Finding, Severity } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import type { Layout } from "../KpiRecord";
import type { KpiStatus } from "../KpiStatus";

/** One KPI in the JSON report (cli-and-report.md): a judged KPI without the record it was read from. */
export type ReportKpi = Omit<JudgedKpi, "record">;

/**
 * The JSON report of `kpi-check --json` (cli-and-report.md), version 1. A stable interface: add fields, never
 * rename or remove them.
 */
export interface Report {
  reportVersion: 1;
  source: { file: string; sheet: string; range: string | null; layout: Layout | null };
  asOf: string;
  fiscalYearStartMonth: number;
  summary: {
    kpis: number;
    byStatus: Record<KpiStatus, number>;
    findings: Record<Severity, number>;
  };
  kpis: ReportKpi[];
  findings: (Finding & { message: string })[];
}
