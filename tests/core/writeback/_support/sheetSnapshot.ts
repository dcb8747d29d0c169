/* A SheetWrite as the sheet it describes: the snapshot a reader would get from the written sheet. */
import type { CellValue, SheetSnapshot } from "../../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../../src/core/snapshotFromRows";
import type { SheetWrite } from "../../../../src/core/WorkbookPatch";

/** The snapshot of the sheet a `SheetWrite` writes (values as written, texts as Excel shows them). */
export function snapshotOfSheetWrite(sheet: SheetWrite): SheetSnapshot {
  const bottom = Math.max(0, ...sheet.cells.map((c) => c.row));
  const right = Math.max(0, ...sheet.cells.map((c) => c.col));
  const rows: CellValue[][] = Array.from({ length: bottom }, () => new Array<CellValue>(right).fill(null));
  for (const c of sheet.cells) rows[c.row - 1][c.col - 1] = c.value;
  return snapshotFromRows(sheet.name, rows, { merges: sheet.merges });
}
