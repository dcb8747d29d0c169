import type { Comparator } from "../Expression";
import type { Finding, Severity } from "../Finding";
import type { Layout } from "../KpiRecord";
import type { ComponentStatus, KpiStatus } from "../KpiStatus";

/** One KPI in the JSON report (cli-and-report.md). */
export interface ReportKpi {
  fiscalYear: number | null;
  no: number | null;
  row: number;
  title: string;
  target: string;
  result: string;
  status: KpiStatus;
  components: {
    label: string | null;
    comparator: Comparator;
    target: number;
    actual: number | null;
    unit: string | null;
    status: ComponentStatus;
  }[];
}

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
