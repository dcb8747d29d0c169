import { cellAddress, rangeAddress } from "../../core/cellAddress";
import type { WorkbookInfo } from "../../core/WorkbookPort";
import type { WorkbookPatch } from "../../core/WorkbookPatch";
import { cellOps } from "./cellOps";
import { layoutOps, widthToPoints } from "./layoutOps";
import { nextYearOps, type NextYearSizes } from "./nextYearOps";
import type { PatchOp } from "./PatchOp";
import type { SheetRules } from "./SheetRules";
import { statusFormatOps } from "./statusFormatOps";

export { widthToPoints } from "./layoutOps";

/**
 * Turns a write plan into the ordered steps that apply it with Office.js. The steps that fail when the workbook
 * is not as read come first, so that a failing request stops before it changed anything (a request's earlier
 * steps stay applied): the add-in's sheets are emptied in place (or added), the table extended and the owned
 * status lines emptied (those given up too); then the ownership names (old ones deleted just before the new ones are
 * added), so that a write cut off between requests has already claimed the cells it began to write; then number
 * formats and values, hyperlinks, formats grouped by look over many areas at once, merges, sizes, tables, page setup
 * and the selection. No step deletes a sheet or sets its position, which would clear the user's undo stack.
 * The workbook read before (if known) says which old sheets, tables and names exist. With the KPI sheet's
 * conditional formats as read (`rules`; one per sheet when several KPI sheets are written), the status rules of an
 * earlier run are deleted first and the plan's added with the formats; without them a sheet's conditional formats
 * are left alone.
 *
 * @example planPatch({ sheets: [], statusLines: [{ kind: "owned-column", … }] }, workbook).map((op) => op.kind)
 * // ["clear", "delete-name", "add-name", "number-formats", "values", "format", "column-width"]
 */
export function planPatch(patch: WorkbookPatch, workbook?: WorkbookInfo, sizes?: NextYearSizes, rules?: SheetRules | readonly SheetRules[]): PatchOp[] {
  const structure: PatchOp[] = [];
  const content: PatchOp[] = [];
  const links: PatchOp[] = [];
  const looks: PatchOp[] = [];
  const layout: PatchOp[] = [];
  const names: PatchOp[] = [];
  const hasName = (name: string) => !workbook || workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  const hasSheet = (name: string) => !workbook || workbook.sheets.includes(name);
  // one deletion per name: a line given up and a new line may share a name
  const owners = [...new Map([...patch.sheets, ...(patch.statusLines ?? [])].map((s) => [s.ownerName.toLowerCase(), s.ownerName])).values()];
  for (const name of owners) if (hasName(name)) names.push({ kind: "delete-name", name });
  // the next year's rows first: the rows and columns they insert move the rest (WorkbookPatch.rows)
  if (patch.rows) nextYearOps(patch.rows, sizes, structure, content, looks, layout);

  for (const sheet of patch.sheets) {
    if (sheet.replaces && hasSheet(sheet.replaces)) {
      const tables = (workbook?.tables ?? []).filter((t) => t.sheet === sheet.replaces).map((t) => t.name);
      // clearing cells leaves charts: the old ones (all on the add-in's sheet are its own) are deleted by name
      const charts = (workbook?.charts ?? []).filter((c) => c.sheet === sheet.replaces).map((c) => c.name);
      const rename = sheet.name !== sheet.replaces ? sheet.name : undefined;
      structure.push({ kind: "reset-sheet", sheet: sheet.replaces, ...(rename ? { rename } : {}), tables, ...(charts.length > 0 ? { charts } : {}) });
    } else {
      structure.push({ kind: "add-sheet", sheet: sheet.name });
    }
    if (sheet.showGridLines !== undefined || sheet.freeze) {
      structure.push({ kind: "sheet-options", sheet: sheet.name, showGridLines: sheet.showGridLines, freeze: sheet.freeze });
    }
    cellOps(sheet.name, sheet.cells, content, links, looks);
    layoutOps(sheet, layout);
    // charts last of the layout: they are placed over cells already sized
    for (const chart of sheet.charts ?? []) layout.push({ kind: "add-chart", sheet: sheet.name, chart });
    names.push({ kind: "add-name", name: sheet.ownerName, ref: sheet.ownerRef });
  }

  const lines = patch.statusLines ?? [];
  // each sheet's status rules from its own conditional formats as read (several sheets of a check of all sheets)
  for (const sheetRules of rules === undefined ? [] : "sheet" in rules ? [rules] : rules) {
    const cf = statusFormatOps(lines, sheetRules);
    structure.push(...cf.remove);
    looks.push(...cf.add);
  }
  for (const line of lines) {
    if (line.kind === "release-line") {
      const { top, left, bottom, right } = line.clear;
      if (!line.keep) structure.push({ kind: "clear", sheet: line.sheet, address: rangeAddress(top, left, bottom, right) });
      continue;
    }
    if (line.kind === "owned-column") {
      if (line.extendTable) structure.push({ kind: "extend-table", table: line.extendTable, header: String(line.header.value ?? "") });
      if (line.clear) structure.push({ kind: "clear", sheet: line.sheet, address: rangeAddress(line.clear.top, line.col, line.clear.bottom, line.col) });
      if (line.width !== undefined) {
        layout.push({ kind: "column-width", sheet: line.sheet, addresses: [cellAddress(line.header.row, line.col)], points: widthToPoints(line.width) });
      }
    } else if (line.clear) {
      structure.push({ kind: "clear", sheet: line.sheet, address: rangeAddress(line.row, line.clear.left, line.row, line.clear.right) });
    }
    cellOps(line.sheet, [line.header, ...line.cells], content, links, looks);
    names.push({ kind: "add-name", name: line.ownerName, ref: line.ownerRef });
  }

  const tail: PatchOp[] = patch.select ? [{ kind: "select", sheet: patch.select.sheet, address: patch.select.cell }] : [];
  // The ownership names right after the structure, before any content: a write Excel stops between two requests (a
  // dropped connection, a refused later request) has then claimed what it began to write, and the next run rewrites
  // it in place instead of taking the half-written column or sheet for the user's and writing beside it.
  return [...structure, ...names, ...content, ...links, ...looks, ...layout, ...tail];
}
