import type { KpiField } from "../../KpiRecord";
import { fieldCells } from "../../KpiRecord";
import { parseRangeAddress } from "../../parseRangeAddress";
import type { ReadTable } from "../ReadTable";
import type { Grid } from "./Grid";

/** How much of a sheet one reading explains: what detection compares candidate readings by (`detectLayout`). */
export interface ReadingCoverage {
  /** The cells read into a KPI field other than the year (`row:col` → field), non-blank ones only. */
  cells: Map<string, KpiField>;
  /** The score: cells read, a target's or a result's counting twice (a reading of figures beats one of names). */
  weight: number;
  /** Rows holding a cell of a KPI. */
  kpiLines: number;
  /**
   * Rows among the KPI rows (from the header to the last KPI) with something in them that the reading neither read
   * nor explained: not a KPI's, not the header, not a skipped row with a reason (totals, a section heading …). What
   * lies below the last KPI (notes, a second small table) is not counted. Always 0 for a transposed table.
   */
  unreadLines: number;
}

/**
 * The coverage of one reading of a grid: its cells read into fields and its score (more read, and more figures
 * read, is a better reading), and the rows it leaves unexplained.
 *
 * @example readingCoverage(grid, readKpiTable(snapshot)).cells.size // 24 KPIs × 4 fields = 96
 */
export function readingCoverage(grid: Grid, read: ReadTable): ReadingCoverage {
  const cells = new Map<string, KpiField>();
  const accounted = new Set<number>();
  let last = 0;
  for (const record of read.records) {
    accounted.add(record.row);
    last = Math.max(last, record.row);
    for (const [field, cell] of fieldCells(record)) {
      accounted.add(cell.row);
      if (field !== "fiscalYear") last = Math.max(last, cell.row);
      if (field === "fiscalYear" || cell.text.trim() === "") continue;
      cells.set(`${cell.row}:${cell.col}`, field);
    }
  }
  let weight = cells.size;
  for (const field of cells.values()) if (field === "target" || field === "result") weight++;
  const kpiLines = new Set([...cells.keys()].map((k) => k.slice(0, k.indexOf(":")))).size;
  if (read.layout === "transposed" || read.range === null) return { cells, weight, kpiLines, unreadLines: 0 };
  for (const row of read.headerRows ?? []) accounted.add(row);
  for (const s of read.skippedRows ?? []) if (s.why !== "incomplete") accounted.add(s.row);
  const first = Math.min(read.headerRows?.[0] ?? Infinity, parseRangeAddress(read.range)?.top ?? Infinity);
  let unreadLines = 0;
  for (let row = Math.max(grid.top, first); row <= Math.min(last, grid.bottom); row++) {
    if (accounted.has(row)) continue;
    for (let col = grid.left; col <= grid.right; col++) {
      if (!grid.isBlank(row, col)) {
        unreadLines++;
        break;
      }
    }
  }
  return { cells, weight, kpiLines, unreadLines };
}
