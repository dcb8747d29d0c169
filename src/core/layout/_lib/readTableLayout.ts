import { rangeAddress, cellAddress } from "../../cellAddress";
import { finding, type Finding } from "../../Finding";
import type { KpiField, KpiRecord } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import type { ReadTable } from "../ReadTable";
import { findHeaderRow, readHeaderRow, type HeaderRow } from "./findHeaderRow";
import type { Grid } from "./Grid";
import { tableRecords } from "./tableRecords";

/** Optional fields whose absence is worth a warning (the rest are silent). */
const WARN_IF_MISSING: ReadonlySet<KpiField> = new Set<KpiField>(["target", "result"]);

/** The header row given by an Excel Table (its top row, within its columns), when it names two required fields. */
function headerOfExcelTable(grid: Grid, schema: KpiSchema, ignore: Set<number>): HeaderRow | undefined {
  const table = grid.table;
  if (!table || table.top < grid.top || table.top > grid.bottom) return undefined;
  const header = readHeaderRow(grid, table.top, Math.max(table.left, grid.left), table.right, schema, ignore);
  const required = new Set(schema.fields.filter((f) => f.constraints?.required).map((f) => f.name));
  const named = new Set(header.cells.filter((c) => required.has(c.field)).map((c) => c.field));
  return named.size >= Math.min(2, required.size) && header.cells.length ? header : undefined;
}

/**
 * Reads the table layout (kpi-rules.md §1): finds the header row, maps columns to fields (first column wins),
 * then reads one record per non-blank row down to the snapshot's end or the Excel Table's bottom. Returns
 * undefined when no header row is found.
 *
 * @example readTableLayout(grid, BUILT_IN_SCHEMA, new Set())?.header // { row: 1, columns: { fiscalYear: 1, … } }
 */
export function readTableLayout(grid: Grid, schema: KpiSchema, ignore: Set<number>): ReadTable | undefined {
  const header = headerOfExcelTable(grid, schema, ignore) ?? findHeaderRow(grid, schema, ignore);
  if (!header) return undefined;
  const findings: Finding[] = [];
  const columns: Partial<Record<KpiField, number>> = {};
  for (const h of header.cells) {
    const first = columns[h.field];
    if (first === undefined) {
      columns[h.field] = h.col;
    } else {
      findings.push(
        finding(
          "duplicate-column",
          { row: header.row, field: h.field, cell: cellAddress(header.row, h.col) },
          { field: h.field, header: h.text, first: cellAddress(header.row, first) },
        ),
      );
    }
  }
  for (const f of schema.fields) {
    if (columns[f.name] !== undefined) continue;
    if (f.constraints?.required) {
      findings.push(finding("missing-column", { row: header.row, field: f.name }, { field: f.name }));
    } else if (WARN_IF_MISSING.has(f.name)) {
      findings.push(finding("missing-column", { row: header.row, field: f.name }, { field: f.name }, "warning"));
    }
  }

  const table = grid.table;
  const inTable = table !== undefined && header.row >= table.top && header.row <= table.bottom;
  const left = inTable ? Math.max(table.left, grid.left) : header.left;
  const right = inTable ? table.right : header.right;
  const end = inTable ? Math.min(table.bottom, grid.bottom) : grid.bottom;
  const record = tableRecords(grid, Object.entries(columns) as [KpiField, number][]);
  const records: KpiRecord[] = [];
  let lastRow = header.row;
  for (let row = header.row + 1; row <= end; row++) {
    let blank = true;
    for (let col = left; col <= right && blank; col++) blank = ignore.has(col) || grid.isBlank(row, col);
    if (blank) continue;
    records.push(record(row));
    lastRow = row;
  }
  const range = inTable
    ? rangeAddress(table.top, table.left, table.bottom, table.right)
    : rangeAddress(header.row, left, lastRow, right);
  return { layout: "table", records, findings, range, header: { row: header.row, columns } };
}
