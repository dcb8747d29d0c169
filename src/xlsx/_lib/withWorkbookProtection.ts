/**
 * The written `xl/workbook.xml` with the input's `<workbookProtection>` (Review > Protect Workbook: its lock and
 * password hash) put back where the schema orders it — before `revisionsProtection`, `bookViews` and `sheets` —
 * since exceljs writes none: a checked copy must stay as protected as its input. A part that has one already, or an
 * input without one, is returned as it is.
 *
 * @example withWorkbookProtection('<workbook><workbookPr/><sheets/></workbook>', '<workbook><workbookProtection lockStructure="1"/></workbook>')
 * // '<workbook><workbookPr/><workbookProtection lockStructure="1"/><sheets/></workbook>'
 */
export function withWorkbookProtection(outXml: string, inXml: string): string {
  const element = /<(?:\w+:)?workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?workbookProtection>)/.exec(inXml)?.[0];
  if (element === undefined || /<(?:\w+:)?workbookProtection\b/.test(outXml)) return outXml;
  // the written part declares the main namespace as its default: the element goes in without the input's prefix
  const plain = element.replace(/^<\w+:/, "<").replace(/<\/\w+:(workbookProtection>)$/, "</$1");
  const at = /<(?:\w+:)?(?:revisionsProtection|bookViews|sheets)\b/.exec(outXml);
  return at === null ? outXml : outXml.slice(0, at.index) + plain + outXml.slice(at.index);
}
