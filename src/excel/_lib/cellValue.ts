import type { CellValue } from "../../core/SheetSnapshot";

/** The error values Excel shows (`#N/A`, `#DIV/0!`, …), including the dynamic-array and data-type ones. */
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/**
 * A cell value as Office.js `range.values` gives it, as the engine's {@link CellValue}: empty cells (`""`) become
 * null, error values become `{ error }`. Office.js returns an error as its code string, and tells an error from a
 * text by `range.valueTypes` (`"Error"` / `"String"`, ExcelApi 1.1): a text cell holding `#N/A` (typed with an
 * apostrophe, or in a cell formatted as text) stays that text. Without `type` (the first reading, `range.values` and
 * `range.text` only), an error code is taken for an error whatever the cell shows (an error in a column too narrow
 * for it shows `####`): `keepTextErrors` then asks `range.valueTypes` of those cells alone, and gives a text cell its
 * text back. A cell holding a data type — a linked entity
 * such as Stocks or Geography, a custom entity, a picture in the cell — gives `range.values` its basic value
 * `#VALUE!` while the cell shows its own text (`EntityCellValue.basicValue`, "Excel JavaScript API data types core
 * concepts", https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts): it reads as that shown
 * text, as the user sees it, or as empty when it shows none.
 *
 * @example fromExcelValue("", "") // null
 * @example fromExcelValue("#DIV/0!", "#DIV/0!", "Error") // { error: "#DIV/0!" }
 * @example fromExcelValue("#N/A", "#N/A", "String") // "#N/A" (a text cell)
 * @example fromExcelValue("#N/A", "####") // { error: "#N/A" } (until valueTypes says otherwise)
 * @example fromExcelValue(0.6, "60.00%") // 0.6
 * @example fromExcelValue("#VALUE!", "東京都") // "東京都" (a Geography data type)
 */
export function fromExcelValue(value: unknown, text: string, type?: string): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const s = String(value);
  if (type !== "String" && EXCEL_ERROR.test(s)) {
    if (s === "#VALUE!" && text !== s) return text === "" ? null : text;
    return { error: s };
  }
  return s;
}

/**
 * A value of the write plan as Office.js `range.values` takes it, into a cell formatted as text (`@`) — the one
 * way the adapter stores text: Excel keeps a text cell's entry exactly as typed (never a formula, number or
 * date), so strings go out as they are. A leading apostrophe would stay a visible character in such a cell, so
 * none is added. Null and empty strings clear the cell; errors are written as their text.
 *
 * @example toExcelInput("=1+1") // "=1+1" (into a cell formatted "@")
 * @example toExcelInput(4024) // 4024
 * @example toExcelInput(null) // ""
 */
export function toExcelInput(value: CellValue): string | number | boolean {
  if (value === null || value === "") return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") return value.error;
  return value;
}

/**
 * True when a value goes into Excel as text and so needs its cell formatted as text (`@`) first.
 *
 * @example isText("80%") // true
 * @example isText(0.8) // false
 */
export function isText(value: CellValue): boolean {
  return (typeof value === "string" && value !== "") || (typeof value === "object" && value !== null);
}
