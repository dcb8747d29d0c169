/* exceljs reads a note whose text box has no `inset` as the inset [NaN] and writes it back as inset="NaNmm,…":
   the note's text box then has no valid margins. */
import type ExcelJS from "exceljs";

interface NoteMargins {
  inset?: unknown;
}

/**
 * Forgets, on every note of the workbook, the text-box inset exceljs read from a note that had none (a list holding
 * `NaN`), so that the note is written back without one, as it was — Excel's default margins.
 *
 * @example keepNoteInsets(wb); await wb.xlsx.writeBuffer(); // no inset="NaNmm,…" in the VML drawings
 */
export function keepNoteInsets(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = cell.note as unknown;
        if (!note || typeof note !== "object") return;
        const margins = (note as { margins?: NoteMargins }).margins;
        if (margins && Array.isArray(margins.inset) && margins.inset.some((m) => typeof m !== "number" || Number.isNaN(m))) {
          delete margins.inset;
        }
      });
    });
  }
}
