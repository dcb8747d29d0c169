import { toWorkbookError } from "./toWorkbookError";

/**
 * Activates a sheet and selects a cell or range in it (one sync), e.g. the cell of a finding the user clicked.
 *
 * @example await Excel.run((context) => selectCell(context, "KPI", "G27"));
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  } catch (e) {
    throw toWorkbookError(e);
  }
}
