import type { Finding } from "../Finding";
import type { KpiField, KpiRecord, Layout } from "../KpiRecord";
import type { SkipReason } from "./_lib/classifyRow";

export type { SkipReason } from "./_lib/classifyRow";

/** A row of the KPI range that is not a KPI, and why (the report's `source.skippedRows`). */
export interface SkippedRow {
  row: number;
  why: SkipReason;
}

/**
 * What {@link readKpiTable} read from a sheet: the layout it found, one record per KPI in sheet order, the
 * layout findings (`table-not-found`, `missing-column`, `duplicate-column`, `year-not-found`), the A1 range of the
 * KPI table, the header rows, the columns (or, transposed, rows) each field was read from, and the rows skipped.
 *
 * @example
 * { layout: "table", range: "A1:H25", records: [ … 24 records … ], findings: [], headerRows: [1],
 *   fields: { fiscalYear: ["A"], no: ["B"], title: ["C"], target: ["F"], result: ["G"] }, skippedRows: [],
 *   header: { row: 1, columns: { fiscalYear: 1, no: 2, title: 3, target: 6, result: 7 } } }
 */
export interface ReadTable {
  layout: Layout | null;
  records: KpiRecord[];
  findings: Finding[];
  range: string | null;
  /** The header row nearest the data and the (last) 1-based sheet column of each recognised field. */
  header?: {
    row: number;
    columns: Partial<Record<KpiField, number>>;
    /** The units and criterion columns (`単位`, `判定基準`) that qualify the row's figures, where the table has them. */
    qualifiers?: { unit?: number; comparator?: number };
  };
  /** The sheet rows of the header (two for a two-row header; the label column's rows for a transposed table: none). */
  headerRows?: number[];
  /** Per field, the column letters (a transposed table: the row numbers) it was read from, one per year. */
  fields?: Partial<Record<KpiField, string[]>>;
  skippedRows?: SkippedRow[];
  /**
   * Where each year of a wide, two-row-header or next-target table was read: the result (else target) column per
   * fiscal year; for a transposed table the row per fiscal year. The status placement follows it.
   */
  yearLines?: { year: number; line: number }[];
}

/** Options of {@link readKpiTable}. */
export interface ReadTableOptions {
  /**
   * Sheet columns (1-based) to leave out of the table layout's header, e.g. the status column the add-in owns
   * (`達成状況` is also an alias of `result`).
   */
  ignoreColumns?: number[];
  /** Sheet rows to leave out (the status rows the add-in owns in a transposed table). */
  ignoreRows?: number[];
  /** The layout to read instead of detecting one (`--layout`). */
  layout?: Layout;
  /** First month of the fiscal year, for periods and dates (default: the schema's). */
  fiscalYearStartMonth?: number;
}
