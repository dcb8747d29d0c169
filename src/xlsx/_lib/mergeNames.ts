import { definedNames, sheetOrder } from "./workbookXml";

/** The defined names of the output: the user's exactly as they were, the add-in's (hidden) as exceljs wrote them. */
export function mergeNames(inXml: string, outXml: string, owned: Set<string>, ourSheets: Set<string>, replaced: Set<string>): string {
  const inOrder = sheetOrder(inXml);
  const outOrder = sheetOrder(outXml);
  const user = definedNames(inXml).filter(
    (n) => !owned.has(n.name.toLowerCase()) && !(n.localSheetId !== undefined && replaced.has(inOrder[n.localSheetId])),
  );
  const ours = definedNames(outXml)
    .filter((n) => owned.has(n.name.toLowerCase()) || (n.localSheetId !== undefined && ourSheets.has(outOrder[n.localSheetId])))
    .map((n) => (owned.has(n.name.toLowerCase()) ? n.xml.replace("<definedName ", '<definedName hidden="1" ') : n.xml));
  const all = [...user.map((n) => n.xml), ...ours];
  const block = all.length ? `<definedNames>${all.join("")}</definedNames>` : "";
  const stripped = outXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
  return stripped.replace(/<\/sheets>/, `</sheets>${block}`);
}
