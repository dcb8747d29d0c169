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
  "evaluation",
  "commitment",
  "principles",
  "seriesId",
] as const;

/** The name of one field of a KPI record. */
export type KpiField = (typeof KPI_FIELDS)[number];

/**
 * One field of a record: what the cell holds, what it shows, and where it is (1-based; its A1 address is
 * `cellAddress(row, col)`, built only where a finding or an output names it: a sheet has millions of cells).
 */
export interface FieldCell {
  /** Displayed text, as the user sees it (not yet NFKC-normalised). */
  readonly text: string;
  readonly value: CellValue;
  readonly numberFormat: string;
  readonly row: number;
  readonly col: number;
}

/**
 * The fields of a record by name, as a reader builds them (a record's own are read-only).
 *
 * @example const fields: KpiFields = { no: grid.fieldCell(27, 2) };
 */
export type KpiFields = Partial<Record<KpiField, FieldCell>>;

/**
 * One KPI (one initiative of one fiscal year) as read from any sheet layout, remembering the cell of every
 * field it found: plain data (`JSON.stringify` and `structuredClone` keep every field). Fields absent from the
 * sheet are absent here.
 *
 * @example
 * { row: 27, fields: { fiscalYear: { text: "2021年度", value: "2021年度", numberFormat: "General", row: 27, col: 1 } } }
 */
export interface KpiRecord {
  /** 1-based sheet row where the KPI starts. */
  readonly row: number;
  /** The fields by name. */
  readonly fields: Readonly<KpiFields>;
  /**
   * Last year's result as the row gives it beside this year's figures (a `前年度実績` / `昨年度実績` column): the
   * baseline of a target relative to it (`前年度以上`). Absent without such a column or with its cell empty.
   */
  readonly previousResult?: FieldCell;
  /**
   * The table gives only results for this record's year, beside years with targets (a wide table's `2024年度実績`
   * before `2025年度目標 | 2025年度実績`): last year's figures shown for comparison, where no target is expected.
   * Its KPI is still `no_target`, without `target-missing` / `result-without-target`.
   */
  readonly resultsOnly?: boolean;
}

/**
 * The fields a record has, in `KPI_FIELDS` order, with their cells.
 *
 * @example fieldCells(record).map(([name, cell]) => `${name}@${cell.row}`) // ["fiscalYear@27", "no@27", …]
 */
export function fieldCells(record: KpiRecord): [KpiField, FieldCell][] {
  const out: [KpiField, FieldCell][] = [];
  for (const name of KPI_FIELDS) {
    const cell = record.fields[name];
    if (cell) out.push([name, cell]);
  }
  return out;
}

/** The sheet layouts of kpi-rules.md §1, by the names of `--layout` and the report's `source.layout`. */
export const LAYOUTS = ["table", "two-row-header", "wide", "next-target", "transposed", "blocks"] as const;

/** Which layout a sheet was read in (kpi-rules.md §1). */
export type Layout = (typeof LAYOUTS)[number];
