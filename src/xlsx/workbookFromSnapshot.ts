import ExcelJS from "exceljs";
import type { SheetSnapshot } from "../core/SheetSnapshot";

/**
 * A new `.xlsx` holding one sheet with a snapshot's values and number formats at their sheet positions: how a
 * `.csv` becomes a workbook that the write-back can add its outputs to.
 *
 * @example const bytes = await workbookFromSnapshot(readCsv(csvBytes, "kpi"));
 */
export async function workbookFromSnapshot(snapshot: SheetSnapshot): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(snapshot.sheetName);
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(snapshot.origin.row + r, snapshot.origin.col + c);
      cell.value = typeof value === "object" ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
      const format = snapshot.numberFormats[r]?.[c];
      if (format && format !== "General") cell.numFmt = format;
    }),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
