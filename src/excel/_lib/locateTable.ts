import { parseRangeAddress } from "../../core/parseRangeAddress";
import type { SheetSnapshot } from "../../core/SheetSnapshot";

/**
 * What one `load` tells about an Excel Table without a second round trip: its name, whether the header and
 * total rows show, its column names and its number of data rows. Office.js gives a table's address only through
 * a method (`getRange()`), which would cost another `context.sync()`.
 *
 * @example { name: "KpiTable", showHeaders: true, showTotals: false, columns: ["年度", "No", "取組項目"], rowCount: 24 }
 */
export interface TableFacts {
  name: string;
  showHeaders: boolean;
  showTotals: boolean;
  columns: string[];
  rowCount: number;
  /**
   * The whole table's address (`Table.getRange()`, header and total rows included) when the read could ask for it in
   * the block's sync; without it the table is found by its header.
   */
  address?: string;
}

/**
 * Finds where a table sits in a snapshot from its facts: at its address when the read has it (`Table.getRange()`);
 * otherwise the header row is the one place where the column names stand side by side (Excel keeps a table's header
 * cells equal to its column names and unique within it). The table spans the header, its data rows and the total row
 * (marked `totalsRow`, as the xlsx reader marks it: the engine reads that row as totals, never as a KPI). A table
 * whose header is hidden is not located, nor, without its address, one whose header appears in more than one place
 * (tables of several years stacked on one sheet with the same column names).
 *
 * @example
 * locateTable(snapshot, { name: "T", showHeaders: true, showTotals: false, columns: ["年度", "No"], rowCount: 2 })
 * // { name: "T", top: 1, left: 1, bottom: 3, right: 2 }
 */
export function locateTable(snapshot: SheetSnapshot, table: TableFacts): SheetSnapshot["table"] | undefined {
  if (!table.showHeaders || table.columns.length === 0) return undefined;
  const rect = table.address ? parseRangeAddress(table.address) : undefined;
  if (rect) {
    const { top, left, bottom, right } = rect;
    return { name: table.name, top, left, bottom, right, ...(table.showTotals ? { totalsRow: true } : {}) };
  }
  const width = table.columns.length;
  let found: { row: number; col: number } | undefined;
  for (let r = 0; r < snapshot.values.length; r++) {
    const row = snapshot.values[r];
    for (let c = 0; c + width <= row.length; c++) {
      if (!headerMatches(row, c, table.columns)) continue;
      if (found) return undefined;
      found = { row: r, col: c };
    }
  }
  if (!found) return undefined;
  const top = snapshot.origin.row + found.row;
  const left = snapshot.origin.col + found.col;
  return {
    name: table.name,
    top,
    left,
    bottom: top + table.rowCount + (table.showTotals ? 1 : 0),
    right: left + width - 1,
    ...(table.showTotals ? { totalsRow: true } : {}),
  };
}

function headerMatches(row: SheetSnapshot["values"][number], start: number, columns: string[]): boolean {
  for (let i = 0; i < columns.length; i++) {
    const value = row[start + i];
    if (value === null || typeof value === "object" || String(value) !== columns[i]) return false;
  }
  return true;
}

/**
 * The row of a table's total row, or undefined when it shows none or cannot be located: the last row of its address,
 * whether or not its header shows, or else of the table found by its header.
 *
 * @example totalsRowOf(snapshot, { …facts, showTotals: true, address: "KPI!A1:H26" }) // 26
 */
export function totalsRowOf(snapshot: SheetSnapshot, table: TableFacts): number | undefined {
  if (!table.showTotals) return undefined;
  const rect = table.address ? parseRangeAddress(table.address) : undefined;
  return rect ? rect.bottom : locateTable(snapshot, table)?.bottom;
}

/**
 * Picks the table to report in a snapshot: the located table with the most cells (the KPI table is the big one),
 * the first on a tie.
 *
 * @example pickTable([small, big]) // big
 */
export function pickTable(tables: NonNullable<SheetSnapshot["table"]>[]): SheetSnapshot["table"] | undefined {
  let best: NonNullable<SheetSnapshot["table"]> | undefined;
  let bestCells = -1;
  for (const t of tables) {
    const cells = (t.bottom - t.top + 1) * (t.right - t.left + 1);
    if (cells > bestCells) {
      best = t;
      bestCells = cells;
    }
  }
  return best;
}
