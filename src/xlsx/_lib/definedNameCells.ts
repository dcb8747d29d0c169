import { rangeArea } from "./rangeArea";

const DEFINED_NAME = /<definedName\b([^>]*)>([^<]*)<\/definedName>/g;
const NAME = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const RANGE = /\$?[A-Za-z]+\$?\d+:\$?[A-Za-z]+\$?\d+/g;
/** Names exceljs turns into page setup instead of expanding them cell by cell. */
const PAGE_SETUP = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

/**
 * How many cells the ranges (`A1:B2`) of a `workbook.xml`'s defined names cover: exceljs expands every range of a
 * defined name (`_xlnm._FilterDatabase`, names from 名前の管理, …) into one entry per cell when it loads, so that
 * `KPI!$A$1:$H$1048576` costs 8 million objects. Print areas and print titles are not expanded and not counted.
 *
 * @example definedNameCells('<definedName name="data">KPI!$A$1:$B$3</definedName>') // 6
 */
export function definedNameCells(workbookXml: string): number {
  let cells = 0;
  for (const [, attributes, text] of workbookXml.matchAll(DEFINED_NAME)) {
    const name = NAME.exec(attributes);
    if (name && PAGE_SETUP.has(name[1] ?? name[2])) continue;
    for (const [range] of text.matchAll(RANGE)) cells += rangeArea(range);
  }
  return cells;
}
