import type { Worksheet } from "exceljs";
import { parseRangeAddress } from "../../core/parseRangeAddress";
import type { CellValue, MergedRange, SheetSnapshot } from "../../core/SheetSnapshot";
import { cellContent, type CellContent } from "./cellContent";
import { tableModels } from "./exceljsInternals";

type Located = CellContent & { row: number; col: number };

/** A1 range (`"B1:C2"`) → 1-based corners. */
function rangeOf(ref: string): MergedRange | undefined {
  const r = parseRangeAddress(ref);
  return r && { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

/** The first Excel Table (ListObject) on the sheet, as exceljs exposes it after loading. */
function firstTable(ws: Worksheet): SheetSnapshot["table"] {
  const [first] = tableModels(ws);
  if (!first) return undefined;
  const range = rangeOf(first.tableRef ?? first.ref ?? "");
  if (!range) return undefined;
  const table: NonNullable<SheetSnapshot["table"]> = { name: first.name ?? "", ...range };
  if (first.totalsRow) table.totalsRow = true;
  return table;
}

/**
 * One exceljs worksheet as a snapshot of its used block: the bounding box of the cells that hold a value (cells
 * that are only formatted do not count, so 100,000 formatted empty rows add nothing), like Office.js
 * `getUsedRange(true)`. An empty sheet gives an empty block at A1.
 *
 * @example worksheetSnapshot(workbook.getWorksheet("KPI")!, false).texts[1][6] // "60.00%"
 */
export function worksheetSnapshot(ws: Worksheet, date1904: boolean): SheetSnapshot {
  const cells: Located[] = [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const content = cellContent(cell, date1904);
      if (content.value === null && !cell.isMerged) return;
      cells.push({ ...content, row: r, col: c });
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (cells.length === 0) top = left = 1;
  const height = Math.max(0, bottom - top + 1);
  const width = Math.max(0, right - left + 1);
  const grid = <T>(fill: T): T[][] => Array.from({ length: height }, () => new Array<T>(width).fill(fill));
  const values = grid<CellValue>(null);
  const texts = grid("");
  const numberFormats = grid("General");
  for (const cell of cells) {
    values[cell.row - top][cell.col - left] = cell.value;
    texts[cell.row - top][cell.col - left] = cell.text;
    numberFormats[cell.row - top][cell.col - left] = cell.format;
  }
  const snapshot: SheetSnapshot = { sheetName: ws.name, origin: { row: top, col: left }, values, texts, numberFormats };
  // worksheet.model serialises every row: only ask for it when there are merges
  const merges = ws.hasMerges ? ws.model.merges.map(rangeOf).filter((m): m is MergedRange => m !== undefined) : [];
  if (merges.length > 0) snapshot.merges = merges;
  const table = firstTable(ws);
  if (table) snapshot.table = table;
  if (ws.state === "hidden" || ws.state === "veryHidden") snapshot.visibility = ws.state;
  return snapshot;
}
