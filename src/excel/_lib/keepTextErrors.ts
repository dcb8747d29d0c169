/* global Excel */
import { cellAddress } from "../../core/cellAddress";
import type { SheetSnapshot } from "../../core/SheetSnapshot";
import { fromExcelValue } from "./cellValue";

/** A column of one sheet where cells were read as errors: the rows from the first to the last of them. */
interface ErrorColumn {
  snapshot: SheetSnapshot;
  col: number;
  top: number;
  bottom: number;
}

/** The columns of `snapshot` (sheet columns) holding a cell read as an error, with the rows they span. */
function errorColumns(snapshot: SheetSnapshot): ErrorColumn[] {
  const byCol = new Map<number, ErrorColumn>();
  const { origin } = snapshot;
  snapshot.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || typeof v !== "object") return;
      const row = origin.row + r;
      const col = origin.col + c;
      const seen = byCol.get(col);
      if (seen) seen.bottom = row;
      else byCol.set(col, { snapshot, col, top: row, bottom: row });
    }),
  );
  return [...byCol.values()];
}

/**
 * Tells apart, in one more `context.sync()`, the cells read as Excel errors from text cells holding the same
 * characters: `Range.values` gives both as the code (`"#N/A"`), and only `Range.valueTypes` (ExcelApi 1.1) says
 * `"Error"` or `"String"`. A text cell (`'#N/A` typed with an apostrophe, or in a cell formatted as text) goes back to
 * its text in the snapshot (it is the sheet's wording, not an error of the sheet). Only the columns holding such a cell
 * are loaded, from its first to its last one, and only when a sheet has one: a sheet without errors is read in no more
 * syncs than before. When Excel refuses this load, the cells stay errors as read.
 *
 * @example await keepTextErrors(context, [snapshot]); // a text cell "#N/A" now reads "#N/A", not { error: "#N/A" }
 */
export async function keepTextErrors(context: Excel.RequestContext, snapshots: readonly SheetSnapshot[]): Promise<void> {
  const columns = snapshots.flatMap(errorColumns);
  if (columns.length === 0) return;
  const loads = columns.map((column) => {
    const range = context.workbook.worksheets.getItem(column.snapshot.sheetName).getRange(`${cellAddress(column.top, column.col)}:${cellAddress(column.bottom, column.col)}`);
    range.load("valueTypes");
    return { column, range };
  });
  try {
    await context.sync();
  } catch {
    return; // the errors stay as read
  }
  for (const { column, range } of loads) {
    const { snapshot, col, top } = column;
    range.valueTypes.forEach(([type], i) => {
      const r = top + i - snapshot.origin.row;
      const c = col - snapshot.origin.col;
      const v = snapshot.values[r]?.[c];
      if (v === null || v === undefined || typeof v !== "object") return;
      snapshot.values[r][c] = fromExcelValue(v.error, snapshot.texts[r]?.[c] ?? "", type);
    });
  }
}
