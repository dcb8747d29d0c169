import { finding } from "../Finding";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../KpiSchema";
import type { SheetSnapshot } from "../SheetSnapshot";
import type { ReadTable, ReadTableOptions } from "./ReadTable";
import { createGrid } from "./_lib/Grid";
import { readBlocksLayout } from "./_lib/readBlocksLayout";
import { readTableLayout } from "./_lib/readTableLayout";

/**
 * Reads the KPI records of a sheet snapshot in either layout of kpi-rules.md §1, in one pass:
 * - **table**: a header row within the first 20 rows (the row naming the most fields, at least two of them
 *   required; the top row of `snapshot.table` when that names them), one KPI per non-blank row down to the
 *   snapshot's end or the Excel Table's bottom. A cell inside a merged range reads the merge's top-left cell.
 *   Findings: `missing-column` (error for a required field, warning for target/result), `duplicate-column`
 *   (warning; the first column wins).
 * - **blocks**: year headings, `No | title` rows, label rows and text rows, as the website table pasted into
 *   Excel (and the add-in's disclosure sheet) has them.
 * - neither: `layout: null` and a `table-not-found` finding.
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
  const read = readTableLayout(grid, schema, ignore) ?? readBlocksLayout(grid, schema);
  if (read) return read;
  return {
    layout: null,
    records: [],
    findings: [finding("table-not-found", {}, { sheet: snapshot.sheetName })],
    range: null,
  };
}
