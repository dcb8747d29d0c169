// The preview's file side, loaded only in preview mode as a chunk of its own: exceljs (its browser build), JSZip
// and the CSV reader never reach the Excel path.
import type { CheckResult } from "../core/CheckResult";
import type { WriteOptions } from "../core/writeback/WriteOptions";
import { Results } from "../ui/components/Results";
import type { Backend } from "../ui/Backend";
import { ENGINE } from "../app/pipeline/engine";
import { readDefinedNames } from "../xlsx/readDefinedNames";
import { readProtection } from "../xlsx/readProtection";
import { readWorkbookBytes } from "../xlsx/readWorkbookBytes";
import { workbookFromSnapshot } from "../xlsx/workbookFromSnapshot";
import { writeCheckedWorkbook, type WriteNote } from "../xlsx/writeCheckedWorkbook";
import { FileWorkbookPort } from "./FileWorkbookPort";
import { pickKpiSheet } from "./_lib/pickKpiSheet";

/** What the write-back of a download is told: the write options without the workbook (the file is it). */
export type DownloadOptions = Omit<WriteOptions, "existing">;

/** A file opened in the preview: the pane's backend over it and the way to make its checked copy. */
export interface OpenedFile {
  fileName: string;
  /** The sheet checked (the first one with a KPI table). */
  sheet: string;
  backend: Backend & { port: FileWorkbookPort };
  /**
   * The checked copy of the file as `.xlsx` bytes: status column, disclosure sheet, findings sheet as asked;
   * `notes` hears what the copy lacks (the 推移 sheet without charts).
   */
  checkedWorkbook(result: CheckResult, options: DownloadOptions, notes?: (note: WriteNote) => void): Promise<Uint8Array>;
}

const isWorkbookName = (name: string): boolean => /\.xl[st][xm]$/i.test(name);

/**
 * Reads a file's bytes (.xlsx/.xlsm or .csv, by its name) for the preview and returns the pane's backend over it:
 * a {@link FileWorkbookPort} on the sheet that holds the KPI table, the real engine and results view. Throws the
 * readers' `InputError` for a file it cannot read (corrupt, encrypted, old .xls, unsupported type, too large).
 * `checkedWorkbook` writes with `writeCheckedWorkbook` (a CSV first becomes a one-sheet workbook) and throws its
 * `WorkbookWriteError` for a workbook whose charts, pivot tables, macros… it would lose.
 *
 * @example
 * const file = await openWorkbookFile(new Uint8Array(await f.arrayBuffer()), f.name, { asOf: "2026-11-29" });
 * root.render(<App backend={file.backend} … />);
 */
export async function openWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  options: { asOf: string; onSelect?: (sheet: string, cell: string) => void },
): Promise<OpenedFile> {
  const sheets = await readWorkbookBytes(bytes, fileName);
  const workbook = isWorkbookName(fileName);
  const definedNames = workbook ? await readDefinedNames(bytes) : {};
  // protected sheets and a protected structure are left out of the write as in Excel
  const protection = workbook ? await readProtection(bytes) : undefined;
  const sheet = pickKpiSheet(sheets, ENGINE, options.asOf);
  const port = new FileWorkbookPort({ sheets, activeSheet: sheet, definedNames, ...(protection ? { protection } : {}) }, options.onSelect);
  return {
    fileName,
    sheet,
    backend: { port, engine: ENGINE, Results },
    async checkedWorkbook(result, writeOptions, notes) {
      const input = workbook ? bytes : await workbookFromSnapshot(sheets.find((s) => s.sheetName === result.sheetName) ?? sheets[0]);
      return writeCheckedWorkbook(input, result, writeOptions, notes);
    },
  };
}
