import type { Finding, Severity } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import type { KpiField, Layout } from "../KpiRecord";
import type { SkippedRow } from "../layout/ReadTable";
import type { KpiStatus } from "../KpiStatus";
import type { KpiSeries } from "../series/KpiSeries";

/** One KPI in the JSON report (cli-and-report.md): a judged KPI without the record it was read from. */
export type ReportKpi = Omit<JudgedKpi, "record"> & { sheet: string };

/**
 * The JSON report of `kpi-check --json` (cli-and-report.md), version 1. A stable interface: add fields, never
 * rename or remove them.
 */
export interface Report {
  reportVersion: 1;
  source: {
    file: string;
    sheet: string;
    range: string | null;
    layout: Layout | null;
    /** The header rows used (two for a two-row header; none for blocks and transposed tables). */
    headerRows: number[];
    /** Per field, the columns (transposed: rows) it was read from. */
    fields: Partial<Record<KpiField, string[]>>;
    /** Rows of the KPI range that are not KPIs, and why. */
    skippedRows: SkippedRow[];
    /** Other sheets that also hold a KPI table. */
    otherKpiSheets: string[];
    /** The sheets checked as one (`--all-sheets`). */
    sheets?: string[];
  };
  asOf: string;
  fiscalYearStartMonth: number;
  summary: {
    kpis: number;
    byStatus: Record<KpiStatus, number>;
    findings: Record<Severity, number>;
  };
  kpis: ReportKpi[];
  /** The same KPIs across fiscal years, newest first, with how each year joined (added in version 1). */
  series: KpiSeries[];
  findings: (Finding & { message: string; sheet: string })[];
}
