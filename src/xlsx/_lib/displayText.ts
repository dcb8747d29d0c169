import type { CellValue } from "../../core/SheetSnapshot";
import { withJapaneseEra } from "./japaneseEra";
import * as numfmt from "numfmt";

/**
 * Formats whose display depends on the system locale. exceljs names built-in format 14 `mm-dd-yy`; Excel shows
 * it in the system's short date, which on Japanese Windows is `yyyy/m/d`.
 */
const LOCALE_DISPLAY: Readonly<Record<string, string>> = { "mm-dd-yy": "yyyy/m/d" };

/**
 * The text Excel displays for a cell value in a number format, as Office.js `range.text` gives it: numfmt renders
 * the full format code (percent, `#,##0"名"`, dates, text sections, Japanese eras); errors show their code,
 * booleans `TRUE`/`FALSE`, empty cells "". Column-width effects (`####`) are not simulated.
 *
 * @example displayText(0.6, "0.00%") // "60.00%"
 * @example displayText(4024, '#,##0"名"') // "4,024名"
 * @example displayText({ error: "#N/A" }, "General") // "#N/A"
 */
export function displayText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "string" && (format === "General" || format === "@")) return value; // the common case, fast
  const pattern = LOCALE_DISPLAY[format] ?? format;
  try {
    return numfmt.format(typeof value === "number" ? withJapaneseEra(pattern, value) : pattern, value);
  } catch {
    // a format code numfmt cannot parse: show the raw value as General would
    try {
      return numfmt.format("General", value);
    } catch {
      return String(value);
    }
  }
}
