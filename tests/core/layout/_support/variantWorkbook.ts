/* A generated agency variant (agencyVariants.ts) as an .xlsx file, written with exceljs as Excel keeps one: values,
   shown number formats, merges, the hidden old sheet. Its Excel Table (ListObject) is left out: exceljs writes a
   table's cells itself. */
import ExcelJS from "exceljs";
import type { Variant } from "./agencyVariants";

/** The variant's workbook bytes. */
export async function variantWorkbook(v: Variant): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of v.sheets) {
    const ws = wb.addWorksheet(sheet.sheetName, { state: sheet.visibility === "hidden" ? "hidden" : "visible" });
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const cell = ws.getCell(sheet.origin.row + r, sheet.origin.col + c);
        cell.value = typeof value === "object" ? { error: value.error } as ExcelJS.CellErrorValue : value;
        const format = sheet.numberFormats[r]?.[c];
        if (format && format !== "General") cell.numFmt = format;
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
