import { parseRangeAddress } from "../../core/parseRangeAddress";
import { rectArea } from "../../core/Rect";

/**
 * How many cells an A1 reference covers, corners in any order and without clamping to Excel's grid (exceljs does
 * not clamp either: a crafted `A1:A99999999` makes it create 99,999,999 cells). A single cell is 1; a reference
 * that is not a cell or a range of two cells (`$A:$A`, a name, a formula) is 0 — exceljs does not expand those.
 *
 * @example rangeArea("A1:C2") // 6
 * @example rangeArea("$D$1:$D$1048576") // 1048576
 */
export function rangeArea(ref: string): number {
  const rect = parseRangeAddress(ref);
  return rect && rect.sheet === "" ? rectArea(rect) : 0;
}
