import { finding } from "../Finding";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../KpiSchema";
import type { SheetSnapshot } from "../SheetSnapshot";
import type { ReadTable, ReadTableOptions } from "./ReadTable";
import { detectLayout } from "./_lib/detectLayout";
import { createGrid, type Grid } from "./_lib/Grid";
import { readBlocksLayout } from "./_lib/readBlocksLayout";
import { readTableFamily } from "./_lib/readTableFamily";
import { transposeGrid } from "./_lib/transposeGrid";

/**
 * Reads the KPI records of a sheet snapshot in any layout of kpi-rules.md §1, detected in this order (or the one
 * `options.layout` names):
 * - the table family — **table**, **two-row-header**, **wide**, **next-target** — a header of one or two rows
 *   within the first 20 rows (the one naming the most fields and years; an Excel Table's top row), one KPI per
 *   row below it, one record per fiscal year its headers name; rows that are not KPIs (totals, repeated headers,
 *   section headings, units, footnotes) are skipped and listed. Findings: `missing-column`, `duplicate-column`,
 *   `year-not-found`.
 * - **transposed**: the same read with rows and columns swapped (rows `2022年度目標`, `2022年度結果` …).
 * - **blocks**: year headings, `No | title` rows, label rows and text rows, as the website table pasted into
 *   Excel (and the add-in's disclosure sheet) has them.
 * - none: `layout: null` and a `table-not-found` finding.
 * Detection (`detectLayout`) scores the candidate readings (the table family under its best headers, transposed,
 * blocks) and takes the one reading the most cells into KPI fields; a header without KPI rows below it only when
 * none reads a KPI. An unsure detection adds a `layout-uncertain` warning (another reading nearly as good, or many
 * rows left unread); a layout named in `options.layout` is read as told, without one.
 *
 * Every field keeps its cell (text, value, number format, row and column: `addressOf` gives its A1 address); a
 * record's `row` is its first row.
 *
 * @example
 * const snap = snapshotFromRows("KPI", [["年度", "No", "取組項目", "目標", "結果"], ["2023年度", 1, "回答数", "200件", "208件"]]);
 * addressOf(readKpiTable(snap, BUILT_IN_SCHEMA).records[0].fields.result) // "E2"
 */
export function readKpiTable(
  snapshot: SheetSnapshot,
  schema: KpiSchema = BUILT_IN_SCHEMA,
  options: ReadTableOptions = {},
): ReadTable {
  const grid = createGrid(snapshot);
  const ignore = new Set(options.ignoreColumns ?? []);
  const o = { sheetName: snapshot.sheetName, startMonth: options.fiscalYearStartMonth ?? schema.fiscalYear.startMonth };
  const table = (headerRows?: readonly number[]) => ({ read: (g: Grid) => readTableFamily(g, schema, ignore, { ...o, headerRows }) });
  const transposed = {
    read: (g: Grid) => readTableFamily(transposeGrid(g), schema, new Set(options.ignoreRows ?? []), { ...o, transposed: true }),
  };
  const blocks = { read: (g: Grid) => readBlocksLayout(g, schema, ignore) };
  const layout = options.layout;
  const read =
    layout === "blocks"
      ? blocks.read(grid)
      : layout === "transposed"
        ? transposed.read(grid)
        : layout !== undefined
          ? table().read(grid)
          : detectLayout(grid, schema, { table, blocks, transposed }, ignore, o.startMonth);
  if (read) return read;
  return {
    layout: null,
    records: [],
    findings: [finding("table-not-found", {}, { sheet: snapshot.sheetName })],
    range: null,
  };
}
