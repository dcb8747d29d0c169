import { cellAddress, columnLetters } from "../../core/cellAddress";
import type { WorkbookInfo } from "../../core/WorkbookPort";
import type { WorkbookPatch } from "../../core/WorkbookPatch";
import { cellOps } from "./cellOps";
import { layoutOps, widthToPoints } from "./layoutOps";
import type { PatchOp } from "./PatchOp";

export { widthToPoints } from "./layoutOps";

/**
 * Turns a write plan into the ordered steps that apply it with Office.js: structure first (names and sheets the
 * add-in owns are deleted and re-created, the owned column emptied), then number formats and values, then
 * hyperlinks, formats grouped by look over many areas at once, merges, sizes, tables, page setup, the ownership
 * names and the selection. The workbook read before (if known) says which old sheets and names exist.
 *
 * @example planPatch({ sheets: [], column: { … } }, workbook).map((op) => op.kind)
 * // ["delete-name", "clear", "number-formats", "values", "format", "column-width", "add-name"]
 */
export function planPatch(patch: WorkbookPatch, workbook?: WorkbookInfo): PatchOp[] {
  const structure: PatchOp[] = [];
  const content: PatchOp[] = [];
  const links: PatchOp[] = [];
  const looks: PatchOp[] = [];
  const layout: PatchOp[] = [];
  const names: PatchOp[] = [];
  const hasName = (name: string) => !workbook || workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  const hasSheet = (name: string) => !workbook || workbook.sheets.includes(name);
  const owners = [...patch.sheets.map((s) => s.ownerName), ...(patch.column ? [patch.column.ownerName] : [])];
  for (const name of owners) if (hasName(name)) structure.push({ kind: "delete-name", name });

  for (const sheet of patch.sheets) {
    let position: number | undefined;
    if (sheet.replaces && hasSheet(sheet.replaces)) {
      structure.push({ kind: "delete-sheet", sheet: sheet.replaces });
      const at = workbook?.sheets.indexOf(sheet.replaces) ?? -1;
      if (at >= 0) position = at;
    }
    structure.push(position === undefined ? { kind: "add-sheet", sheet: sheet.name } : { kind: "add-sheet", sheet: sheet.name, position });
    if (sheet.showGridLines !== undefined || sheet.freeze) {
      structure.push({ kind: "sheet-options", sheet: sheet.name, showGridLines: sheet.showGridLines, freeze: sheet.freeze });
    }
    cellOps(sheet.name, sheet.cells, content, links, looks);
    layoutOps(sheet, layout);
    names.push({ kind: "add-name", name: sheet.ownerName, ref: sheet.ownerRef });
  }

  const column = patch.column;
  if (column) {
    if (column.clear) {
      const letters = columnLetters(column.col);
      structure.push({ kind: "clear", sheet: column.sheet, address: `${letters}${column.clear.top}:${letters}${column.clear.bottom}` });
    }
    if (column.extendTable) structure.push({ kind: "extend-table", table: column.extendTable, header: String(column.header.value ?? "") });
    cellOps(column.sheet, [column.header, ...column.cells], content, links, looks);
    if (column.width !== undefined) {
      layout.push({ kind: "column-width", sheet: column.sheet, addresses: [cellAddress(column.header.row, column.col)], points: widthToPoints(column.width) });
    }
    names.push({ kind: "add-name", name: column.ownerName, ref: column.ownerRef });
  }

  const tail: PatchOp[] = patch.select ? [{ kind: "select", sheet: patch.select.sheet, address: patch.select.cell }] : [];
  return [...structure, ...content, ...links, ...looks, ...layout, ...names, ...tail];
}
