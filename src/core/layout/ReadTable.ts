import type { Finding } from "../Finding";
import type { KpiField, KpiRecord, Layout } from "../KpiRecord";

/**
 * What {@link readKpiTable} read from a sheet: the layout it found, one record per KPI in sheet order, the
 * layout findings (`table-not-found`, `missing-column`, `duplicate-column`), the A1 range of the KPI table, and
 * for the table layout the header row with the 1-based sheet column of each recognised field.
 *
 * @example
 * { layout: "table", range: "A1:H25", records: [ … 24 records … ], findings: [],
 *   header: { row: 1, columns: { fiscalYear: 1, no: 2, title: 3, target: 6, result: 7 } } }
 */
export interface ReadTable {
  layout: Layout | null;
  records: KpiRecord[];
  findings: Finding[];
  range: string | null;
  header?: { row: number; columns: Partial<Record<KpiField, number>> };
}

/** Options of {@link readKpiTable}. */
export interface ReadTableOptions {
  /**
   * Sheet columns (1-based) to leave out of the table layout's header, e.g. the status column the add-in owns
   * (`達成状況` is also an alias of `result`).
   */
  ignoreColumns?: number[];
}
