import { officeExcelRun } from "../excel/excelSupport";
import { ExcelWorkbookPort } from "../excel/ExcelWorkbookPort";
import { Results } from "../ui/components/Results";
import type { Backend } from "../ui/Backend";
import { ENGINE } from "../app/pipeline/engine";

/**
 * The pane's backend in Excel: Office.js through `Excel.run`, the real engine, the results view. `index.tsx`
 * imports this module dynamically, so it becomes the `engine` chunk loaded after the first paint.
 *
 * @example const backend = excelBackend({ mergedAreas: true });
 */
export function excelBackend(options: { mergedAreas: boolean; mergeUndoGroup?: boolean }): Backend {
  return {
    // reading merged areas and resizing a table both come with ExcelApi 1.13
    port: new ExcelWorkbookPort(officeExcelRun, {
      mergedAreas: options.mergedAreas,
      resizeTables: options.mergedAreas,
      mergeUndoGroup: options.mergeUndoGroup,
    }),
    engine: ENGINE,
    Results,
  };
}
