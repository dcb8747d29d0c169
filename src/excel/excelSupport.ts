/* global Excel */

/**
 * The lowest ExcelApi requirement set the add-in needs: `Worksheet.getRanges` / `RangeAreas` (formats over many
 * areas at once) and `PageLayout` (A4 print setup) are ExcelApi 1.9. The manifest's `<Requirements>` names it,
 * so Office does not offer the add-in where it cannot run; {@link missingExcelApi} checks again at run time. It
 * holds the older sets the add-in uses unasked, such as `Range.conditionalFormats` (ExcelApi 1.6) for the status
 * rules on the result cells.
 *
 * @example Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)
 */
export const REQUIRED_EXCEL_API = "1.9";

/**
 * Reading merged areas (`Range.getMergedAreasOrNullObject`) needs ExcelApi 1.13; older Excel reads without.
 *
 * @example Office.context.requirements.isSetSupported("ExcelApi", MERGED_AREAS_EXCEL_API)
 */
export const MERGED_AREAS_EXCEL_API = "1.13";

/** The part of `Office.context.requirements` the check uses. */
export interface RequirementSetSupport {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The ExcelApi version this Excel lacks, or null when it has what the add-in needs.
 *
 * @example missingExcelApi(Office.context.requirements) // null, or "ExcelApi 1.9" on Excel 2016
 */
export function missingExcelApi(requirements: RequirementSetSupport | undefined): string | null {
  if (!requirements || !requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) return `ExcelApi ${REQUIRED_EXCEL_API}`;
  return null;
}

/**
 * True when this Excel can read merged areas.
 *
 * @example supportsMergedAreas(Office.context.requirements) // true on Microsoft 365
 */
export function supportsMergedAreas(requirements: RequirementSetSupport | undefined): boolean {
  return requirements?.isSetSupported("ExcelApi", MERGED_AREAS_EXCEL_API) === true;
}

/**
 * True when this Excel can merge a run's changes into one undo step (`Excel.RunOptions.mergeUndoGroup`,
 * ExcelApi 1.20 — "Undo capabilities with the Excel JavaScript API").
 *
 * @example supportsUndoGroup(Office.context.requirements) // false on Excel 2021
 */
export function supportsUndoGroup(requirements: RequirementSetSupport | undefined): boolean {
  return requirements?.isSetSupported("ExcelApi", "1.20") === true;
}

/**
 * True when this Excel can wait for the user to leave a cell being edited (`Excel.RunOptions.delayForCellEdit`,
 * ExcelApi 1.11).
 *
 * @example supportsDelayForCellEdit(Office.context.requirements) // true on Microsoft 365
 */
export function supportsDelayForCellEdit(requirements: RequirementSetSupport | undefined): boolean {
  return requirements?.isSetSupported("ExcelApi", "1.11") === true;
}

/**
 * The `Excel.run` the ports use: Office's own, with the run's options when there are any.
 *
 * @example new ExcelWorkbookPort(officeExcelRun, { mergedAreas: true })
 */
export function officeExcelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> {
  return options ? Excel.run(options, batch) : Excel.run(batch);
}
