/**
 * Whether writing an add-in sheet needs the workbook's structure (Review > Protect Workbook forbids it): adding the
 * sheet, or renaming the one it replaces. An add-in sheet already there under its name is emptied and written in
 * place, which a protected structure allows.
 *
 * @example needsStructure({ name: "開示用" }, ["KPI"]) // true: the sheet is to be added
 */
export function needsStructure(sheet: { readonly name: string; readonly replaces?: string }, sheetNames: readonly string[]): boolean {
  return sheet.replaces === undefined || sheet.replaces !== sheet.name || !sheetNames.includes(sheet.replaces);
}
