import type ExcelJS from "exceljs";
import { tableModels } from "./exceljsInternals";

/**
 * Gives every Excel Table without a `<tableStyleInfo>` (LibreOffice saves its tables so) the empty style it means —
 * no style name, no stripes, no first or last column — so that exceljs can write it back: exceljs reads the
 * missing element as a null style and fails on it (`Cannot read properties of null (reading 'theme')`).
 *
 * @example withTableStyles(workbook) // after workbook.xlsx.load(bytes)
 */
export function withTableStyles(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const table of tableModels(ws)) {
      if (table.style === null || table.style === undefined) {
        table.style = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      }
    }
  }
}
