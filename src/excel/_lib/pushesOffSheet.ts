import type { NextYearRows } from "../../core/nextYear/NextYearRows";
import { parseRangeAddress } from "../../core/parseRangeAddress";

/** Excel's last row and column (1,048,576 rows × 16,384 columns, XFD). */
const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

/**
 * True when inserting the next year's whole rows or columns would push a value off the end of the sheet: Excel
 * refuses such an insert ("can't insert new cells because it would push non-empty cells off the end of the
 * worksheet", `NonBlankCellOffSheet`), and the rows inserted before it would stay. `usedAddress` is the sheet's used
 * range (values only) as read; a stray value far away (XFD1048576) makes it reach the edge.
 *
 * @example pushesOffSheet({ …plan, insertColumns: [{ at: 9, count: 2 }] }, "KPI!A1:XFD30") // true
 */
export function pushesOffSheet(rows: Pick<NextYearRows, "insertRows" | "insertColumns">, usedAddress: string | null): boolean {
  const used = usedAddress ? parseRangeAddress(usedAddress) : undefined;
  if (!used) return false;
  const down = (rows.insertRows ?? []).reduce((n, i) => n + i.count, 0);
  const right = (rows.insertColumns ?? []).reduce((n, i) => n + i.count, 0);
  return (down > 0 && used.bottom > LAST_ROW - down) || (right > 0 && used.right > LAST_COL - right);
}
