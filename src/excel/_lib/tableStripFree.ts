import { parseRangeAddress } from "../../core/parseRangeAddress";
import type { SheetSnapshot } from "../../core/SheetSnapshot";

/**
 * True when nothing stands right of the sheet's Excel Table in the table's rows, as far as the read saw: adding a
 * column to a table (`TableColumnCollection.add`) inserts cells there and moves whatever is right of it (assumed,
 * checked by hand in docs/testing-in-excel.md), and on the web it fails with data far to the right. False when
 * the read did not cover everything right of the table (the used range reaches past the block read).
 *
 * @example tableStripFree(snapshot, "KPI!A1:I25") // true when J1:XFD25 is empty
 */
export function tableStripFree(snapshot: SheetSnapshot, usedAddress: string | null): boolean {
  const table = snapshot.table;
  if (!table) return false;
  const used = usedAddress ? parseRangeAddress(usedAddress) : undefined;
  const readRight = snapshot.origin.col + (snapshot.values[0]?.length ?? 0) - 1;
  if (used && used.right > readRight && used.bottom >= table.top && used.top <= table.bottom) return false;
  for (let row = table.top; row <= table.bottom; row++) {
    const line = snapshot.values[row - snapshot.origin.row];
    if (!line) continue;
    for (let col = Math.max(table.right + 1, snapshot.origin.col); col <= readRight; col++) {
      const v = line[col - snapshot.origin.col];
      if (v !== null && v !== undefined && v !== "") return false;
    }
  }
  return true;
}
