import type { CellValue } from "../../SheetSnapshot";
import type { CellFormat, CellWrite, SheetWrite } from "../../WorkbookPatch";
import { textLines } from "./textLines";

/**
 * Collects the cells, merges and row heights of one sheet the add-in writes, and sizes each row to the
 * wrapped text it holds.
 *
 * @example
 * const s = new SheetBuilder({ 1: 9, 2: 32 }, 16.5, 6);
 * s.put(1, 1, 2, "お客様アンケートの収集", { wrapText: true }); // A1:B1 merged, row 1 sized
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

  /** Makes an empty row of the given height (a gap between blocks). */
  spacer(row: number, height: number): void {
    this.rowHeights[row] = height;
  }

  /** Writes a value over columns `left`–`right` of a row (merged when wider than one), every cell formatted. */
  put(row: number, left: number, right: number, value: CellValue, format: CellFormat, hyperlink?: string): void {
    this.cells.push(hyperlink ? { row, col: left, value, format, hyperlink } : { row, col: left, value, format });
    for (let c = left + 1; c <= right; c++) this.cells.push({ row, col: c, value: null, format });
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
    let width = 0;
    for (let c = left; c <= right; c++) width += this.widths[c] ?? 8.43;
    const size = format.font?.size ?? 11;
    const lines = typeof value === "string" && format.wrapText ? textLines(value, width * (11 / size), format.indent) : 1;
    const height = Math.ceil((lines * this.lineHeight * size) / 11 + this.padding);
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, height);
  }
}
