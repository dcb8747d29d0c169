import type { KpiField } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { matchHeader } from "../matchHeader";
import type { Grid } from "./Grid";

/** How many rows from the top of the snapshot may hold the header row. */
export const HEADER_SEARCH_ROWS = 20;

/** One header cell that names a field. */
export interface HeaderCell {
  field: KpiField;
  col: number;
  text: string;
}

/** A row read as a header: its cells that name fields (left to right) and its non-blank column span. */
export interface HeaderRow {
  row: number;
  cells: HeaderCell[];
  left: number;
  right: number;
}

/**
 * Reads one row as a header between columns `left` and `right`, skipping `ignore`d columns, error values and the
 * inner cells of merged ranges.
 *
 * @example readHeaderRow(grid, 1, 1, 8, schema, new Set()).cells[0] // { field: "fiscalYear", col: 1, text: "年度" }
 */
export function readHeaderRow(
  grid: Grid,
  row: number,
  left: number,
  right: number,
  schema: KpiSchema,
  ignore: Set<number>,
): HeaderRow {
  const cells: HeaderCell[] = [];
  let first = 0;
  let last = 0;
  for (let col = left; col <= right; col++) {
    if (ignore.has(col) || grid.isBlank(row, col)) continue;
    const m = grid.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) continue;
    if (!first) first = col;
    last = col;
    const value = grid.value(row, col);
    if (value !== null && typeof value === "object") continue; // an error value is never a header
    const text = grid.text(row, col);
    const field = matchHeader(text, schema);
    if (field) cells.push({ field, col, text });
  }
  return { row, cells, left: first, right: last };
}

/**
 * The header row of the table layout: among the first {@link HEADER_SEARCH_ROWS} rows of the grid, the one that
 * names the most distinct fields, provided it names at least two required ones (ties: the upper row wins).
 *
 * @example findHeaderRow(grid, BUILT_IN_SCHEMA, new Set())?.row // 1
 */
export function findHeaderRow(grid: Grid, schema: KpiSchema, ignore: Set<number>): HeaderRow | undefined {
  const required = new Set(schema.fields.filter((f) => f.constraints?.required).map((f) => f.name));
  const last = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS - 1);
  let best: HeaderRow | undefined;
  let bestCount = 0;
  for (let row = grid.top; row <= last; row++) {
    const header = readHeaderRow(grid, row, grid.left, grid.right, schema, ignore);
    const fields = new Set(header.cells.map((c) => c.field));
    let requiredCount = 0;
    for (const f of fields) if (required.has(f)) requiredCount++;
    if (requiredCount >= Math.min(2, required.size) && fields.size > bestCount) {
      best = header;
      bestCount = fields.size;
    }
  }
  return best;
}
