import type { Worksheet } from "exceljs";
import { rangeAddress } from "../../core/cellAddress";
import { InputError } from "../../core/InputError";
import { rectArea, type Rect } from "../../core/Rect";
import { cellContent } from "./cellContent";
import { INPUT_LIMITS, type InputLimits } from "./inputLimits";

const areaOf = (b: Rect | null): number => (b ? rectArea(b) : 0);

/** exceljs's bounding box of the non-null cells: cheap, and never smaller than the snapshot's used block. */
function roughRect(ws: Worksheet): Rect | null {
  const d = ws.dimensions as unknown as { model: Partial<Rect> };
  const { top, left, bottom, right } = d.model;
  return top && left && bottom && right ? { top, left, bottom, right } : null;
}

/** The used block exactly as `worksheetSnapshot` takes it: cells that hold a value, and merged cells. */
function exactRect(ws: Worksheet): Rect | null {
  let block: Rect | null = null;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cellContent(cell, false).value === null && !cell.isMerged) return;
      if (!block) block = { top: r, left: c, bottom: r, right: c };
      else {
        block.top = Math.min(block.top, r);
        block.left = Math.min(block.left, c);
        block.bottom = Math.max(block.bottom, r);
        block.right = Math.max(block.right, c);
      }
    });
  });
  return block;
}

/**
 * Refuses a workbook whose sheets' used blocks together span more than `limits.sheetCells` cells, before the
 * snapshots allocate them: a snapshot is a dense rectangle, so two values in `A1` and `XFD1048576` would make 17
 * billion cells. Throws `InputError("sheet-too-large", { sheet, range, count, limit })` naming the sheet that passes
 * the limit and its used range, so that the user can clear the stray cells.
 *
 * @example checkSheetLimits(workbook.worksheets) // passes for the sample; throws for a sheet used up to XFD1048576
 */
export function checkSheetLimits(worksheets: Worksheet[], limits: InputLimits = INPUT_LIMITS): void {
  let total = 0;
  for (const ws of worksheets) {
    const rough = roughRect(ws);
    const block = total + areaOf(rough) <= limits.sheetCells ? rough : exactRect(ws);
    const area = areaOf(block);
    total += area;
    if (block && total > limits.sheetCells) {
      throw new InputError("sheet-too-large", {
        sheet: ws.name,
        range: rangeAddress(block.top, block.left, block.bottom, block.right),
        count: area,
        limit: limits.sheetCells,
      });
    }
  }
}
