import type { CellValue } from "../../SheetSnapshot";
import type { CellFormat, CellWrite, SheetWrite } from "../../WorkbookPatch";
import { textLines } from "./textLines";

/**
 * Collects the cells, merges and row heights of one sheet the add-in writes, and sizes each row to the
 * wrapped text it holds.
 */
export class SheetBuilder {
  readonly cells: CellWrite[] = [];
  readonly merges: SheetWrite["merges"] = [];
  readonly rowHeights: Record<number, number> = {};

  constructor(
    private readonly widths: Record<number, number>,
    private readonly lineHeight: number,
    private readonly padding: number,
  ) {}

  /** Writes a value over columns `left`–`right` of a row (merged when wider than one), every cell formatted. */
  put(row: number, left: number, right: number, value: CellValue, format: CellFormat, hyperlink?: string): void {
    this.cells.push(hyperlink ? { row, col: left, value, format, hyperlink } : { row, col: left, value, format });
    for (let c = left + 1; c <= right; c++) this.cells.push({ row, col: c, value: null, format });
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
    let width = 0;
    for (let c = left; c <= right; c++) width += this.widths[c] ?? 8.43;
    const size = format.font?.size ?? 11;
    const lines = typeof value === "string" && format.wrapText ? textLines(value, width * (11 / size)) : 1;
    const height = Math.ceil((lines * this.lineHeight * size) / 11 + this.padding);
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, height);
  }
}
