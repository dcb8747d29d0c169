import type { CellValue } from "./SheetSnapshot";

/** The fields of a KPI record (kpi-rules.md §1). */
export const KPI_FIELDS = [
  "fiscalYear",
  "no",
  "title",
  "description",
  "scope",
  "target",
  "result",
  "commitment",
  "principles",
] as const;

/** The name of one field of a KPI record. */
export type KpiField = (typeof KPI_FIELDS)[number];

/** One field of a record: what the cell holds, what it shows, and where it is. */
export interface FieldCell {
  /** Displayed text, as the user sees it (not yet NFKC-normalised). */
  text: string;
  value: CellValue;
  numberFormat: string;
  /** A1 address on the read sheet. */
  cell: string;
  row: number;
  col: number;
}

/**
 * One KPI (one initiative of one fiscal year) as read from either sheet layout, remembering the cell of every
 * field it found. Fields absent from the sheet are absent here.
 *
 * @example
 * { row: 27, fields: { fiscalYear: { text: "2021年度", value: "2021年度", numberFormat: "General", cell: "A27", row: 27, col: 1 } } }
 */
export interface KpiRecord {
  /** 1-based sheet row where the KPI starts. */
  row: number;
  fields: Partial<Record<KpiField, FieldCell>>;
}

/** Which layout a sheet was read in (kpi-rules.md §1). */
export type Layout = "table" | "blocks";
