/**
 * The two renderings of a random sheet model (randomSheet.ts): the SheetSnapshot Excel or the file readers would
 * give, and real .xlsx bytes written by exceljs.
 */
import ExcelJS from "exceljs";
import type { CellValue, MergedRange, SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { displayText } from "../../../src/xlsx/_lib/displayText";
import type { ModelCell, SheetModel } from "./randomSheet";

/** A cell's raw value, displayed text and number format, as a snapshot holds them. */
function snapshotCell(cell: ModelCell): [CellValue, string, string] {
  if (cell === null) return [null, "", "General"];
  switch (cell.t) {
    case "s":
      return [cell.v === "" ? null : cell.v, cell.v, "General"];
    case "n":
    case "d":
      return [cell.v, displayText(cell.v, cell.fmt), cell.fmt];
    case "b":
      return [cell.v, cell.v ? "TRUE" : "FALSE", "General"];
    case "e":
      return [{ error: cell.v }, cell.v, "General"];
    case "f": {
      const v = cell.result === "" ? null : cell.result;
      return [v, displayText(v, cell.fmt), cell.fmt];
    }
    case "r": {
      const joined = cell.runs.join("");
      return [joined === "" ? null : joined, joined, "General"];
    }
  }
}

/** The model as the snapshot Excel or the file readers would give (merged cells other than the top-left empty). */
export function toSnapshot(m: SheetModel): SheetSnapshot {
  const hidden = new Set(m.merges.flatMap((g) => cellsOf(g).filter(([r, c]) => r !== g.top || c !== g.left).map(([r, c]) => `${r},${c}`)));
  const cells = m.cells.map((row, r) => row.map((cell, c) => snapshotCell(hidden.has(`${r},${c}`) ? null : cell)));
  const merges: MergedRange[] = m.merges.map((g) => ({ top: g.top + m.origin.row, left: g.left + m.origin.col, bottom: g.bottom + m.origin.row, right: g.right + m.origin.col }));
  return {
    sheetName: m.name,
    origin: m.origin,
    values: cells.map((row) => row.map((c) => c[0])),
    texts: cells.map((row) => row.map((c) => c[1])),
    numberFormats: cells.map((row) => row.map((c) => c[2])),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

function cellsOf(g: SheetModel["merges"][number]): [number, number][] {
  const out: [number, number][] = [];
  for (let r = g.top; r <= g.bottom; r++) for (let c = g.left; c <= g.right; c++) out.push([r, c]);
  return out;
}

const dateOf = (serialNumber: number) => new Date(Math.round((serialNumber - 25569) * 86_400_000));

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates): Excel
 * saves them escaped (`_x0001_`), exceljs writes them as they are and then cannot read its own file back. A real
 * .xlsx does not hold them, so the .xlsx rendering leaves them out.
 */
const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");

/** exceljs's form of a model cell. */
function excelValue(cell: Exclude<ModelCell, null>): ExcelJS.CellValue {
  switch (cell.t) {
    case "s":
      return xmlSafe(cell.v);
    case "n":
      return cell.v;
    case "d":
      return dateOf(cell.v);
    case "b":
      return cell.v;
    case "e":
      return { error: cell.v as ExcelJS.CellErrorValue["error"] };
    case "f":
      return { formula: cell.formula, result: (typeof cell.result === "string" ? xmlSafe(cell.result) : cell.result ?? undefined) as ExcelJS.CellFormulaValue["result"] } as ExcelJS.CellFormulaValue;
    case "r":
      return { richText: cell.runs.map((text, i) => ({ text: xmlSafe(text), font: i % 2 === 0 ? { bold: true } : { color: { argb: "FFFF0000" } } })) };
  }
}

/** The sheets written by exceljs into .xlsx bytes (values, number formats, merges, hidden rows). */
export async function toXlsx(models: SheetModel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  models.forEach((m, i) => {
    const ws = wb.addWorksheet(`${m.name}${i === 0 ? "" : ` (${i + 1})`}`);
    m.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(m.origin.row + r, m.origin.col + c);
        target.value = excelValue(cell);
        if ("fmt" in cell && cell.fmt !== "General") target.numFmt = cell.fmt;
      }),
    );
    for (const g of m.merges) ws.mergeCells(g.top + m.origin.row, g.left + m.origin.col, g.bottom + m.origin.row, g.right + m.origin.col);
    for (const r of m.hiddenRows) ws.getRow(m.origin.row + r).hidden = true;
  });
  if (models.length === 0) wb.addWorksheet("empty");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
