import type { Cell, CellValue as ExcelJsValue } from "exceljs";
import type { CellValue } from "../../core/SheetSnapshot";
import { displayText } from "./displayText";

/**
 * What a snapshot keeps of one cell.
 *
 * @example { value: 4024, text: "4,024名", format: '#,##0"名"' }
 */
export interface CellContent {
  value: CellValue;
  text: string;
  format: string;
}

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 and the 1904 date systems. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/** exceljs reads date-formatted numbers as UTC `Date`s; Excel stores the serial number. */
function serialOf(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

type Plain = string | number | boolean | null | { error: string } | Date;

/** Reduces an exceljs value to a plain one: rich text and hyperlinks to their text, formulas to their cached result. */
function plainOf(v: ExcelJsValue | undefined | { richText: { text: string }[] }): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((run) => run.text).join("");
  if ("formula" in v || "sharedFormula" in v || "result" in v) return plainOf((v as { result?: ExcelJsValue }).result);
  if ("hyperlink" in v || "text" in v) {
    const text = (v as { text?: unknown }).text;
    return typeof text === "object" && text !== null ? plainOf(text as ExcelJsValue) : text == null ? null : String(text);
  }
  return null;
}

/**
 * A cell's value (dates → Excel serial numbers, errors → `{error}`), its displayed text and its number format
 * (`General` when none). The non-top-left cells of a merged range are empty, as in Excel.
 *
 * @example cellContent(ws.getCell("A1"), false) // { value: 0.6, text: "60.00%", format: "0.00%" }
 */
export function cellContent(cell: Cell, date1904: boolean): CellContent {
  const format = cell.numFmt || "General";
  if (cell.isMerged && cell.master !== cell) return { value: null, text: "", format };
  const plain = plainOf(cell.value);
  if (plain instanceof Date) {
    // display from the 1900-system serial, which is what format renderers count in
    return { value: serialOf(plain, date1904), text: displayText(serialOf(plain, false), format), format };
  }
  const value: CellValue = plain === "" ? null : plain;
  return { value, text: displayText(value, format), format };
}
