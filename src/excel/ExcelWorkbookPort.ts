import type { ApplyReport, WorkbookInfo, WorkbookPort, WorkbookReading } from "../core/WorkbookPort";
import type { WorkbookPatch } from "../core/WorkbookPatch";
import { applyWorkbookPatch } from "./applyWorkbookPatch";
import { readSheetSnapshot } from "./readSheetSnapshot";
import { selectCell } from "./selectCell";
import { toWorkbookError, workbookError } from "./toWorkbookError";

/** `Excel.run` as the port uses it (Office's own, or a test double). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Options of {@link ExcelWorkbookPort}. */
export interface ExcelPortOptions {
  /** Read merged areas too (ExcelApi 1.13). */
  mergedAreas?: boolean;
  /** Request budget in bytes for writes (default 4 MiB). */
  budgetBytes?: number;
}

/**
 * The {@link WorkbookPort} of the add-in: Office.js through `Excel.run`. It remembers the workbook it read so
 * that applying the plan needs no extra round trip, and refuses up front to write to a protected sheet or a
 * workbook whose structure is protected, so nothing is written half-way.
 *
 * @example
 * const port = new ExcelWorkbookPort((batch) => Excel.run(batch), { mergedAreas: true });
 * const { snapshot } = await port.readSnapshot();
 */
export class ExcelWorkbookPort implements WorkbookPort {
  private lastRead?: { sheet: string; workbook: WorkbookInfo };

  constructor(
    private readonly run: ExcelRun,
    private readonly options: ExcelPortOptions = {},
  ) {}

  async readSnapshot(options: { sheet?: string } = {}): Promise<WorkbookReading> {
    try {
      const reading = await this.run((context) => readSheetSnapshot(context, { ...options, mergedAreas: this.options.mergedAreas }));
      this.lastRead = { sheet: reading.snapshot.sheetName, workbook: reading.workbook };
      return reading;
    } catch (e) {
      throw toWorkbookError(e);
    }
  }

  async applyPatch(patch: WorkbookPatch): Promise<ApplyReport> {
    const read = this.lastRead;
    if (read?.workbook.sheetProtected && patch.column?.sheet === read.sheet) throw workbookError("protected", read.sheet);
    if (read?.workbook.structureProtected && patch.sheets.length > 0) throw workbookError("protected", "workbook structure");
    try {
      return await this.run((context) => applyWorkbookPatch(context, patch, { workbook: read?.workbook, budgetBytes: this.options.budgetBytes }));
    } catch (e) {
      throw toWorkbookError(e);
    } finally {
      // The workbook changed (sheets re-created, names re-added): the next write reads it afresh.
      this.lastRead = undefined;
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await this.run((context) => selectCell(context, sheet, cell));
    } catch (e) {
      throw toWorkbookError(e);
    }
  }
}
