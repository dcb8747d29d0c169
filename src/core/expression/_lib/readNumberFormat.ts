/** What an Excel number format adds around a number. */
export interface NumberFormatInfo {
  /** The format multiplies by 100 and shows `%`. */
  percent: boolean;
  /** Literal text before and after the digits (`"前年比"0%` → prefix `前年比`; `#,##0"名"` → suffix `名`). */
  prefix: string;
  suffix: string;
  /** A date or time format (`yyyy/m/d`, `h:mm`): the number is a serial date, not a quantity. */
  date: boolean;
}

const DIGIT_PLACEHOLDERS = new Set([..."0#?"]);
const DATE_CODES = new Set([..."ymdhsYMDHS"]);
/** Characters Excel shows as they are without quotes; kept as literal text only when not ASCII (`名`, `件`). */
const FORMAT_SYNTAX = new Set([..."0#?.,;+-()/: $E e"]);

/**
 * Reads the first section of an Excel number format code: percent, literal text around the digits (quoted,
 * backslash-escaped, or bare non-ASCII characters), and whether it is a date format. Colours, locales and
 * conditions (`[Red]`, `[$-411]`), padding (`_)`) and fills (`*-`) are skipped; `General` is no literal.
 *
 * @example readNumberFormat('#,##0"名"') // { percent: false, prefix: "", suffix: "名", date: false }
 * @example readNumberFormat("0.00%") // { percent: true, prefix: "", suffix: "", date: false }
 */
export function readNumberFormat(format: string): NumberFormatInfo {
  const info: NumberFormatInfo = { percent: false, prefix: "", suffix: "", date: false };
  let seenDigits = false;
  const add = (text: string) => {
    if (seenDigits) info.suffix += text;
    else info.prefix += text;
  };
  const code = format.replace(/general/gi, "");
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === ";") break;
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      const end = close < 0 ? code.length : close;
      add(code.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") {
      add(code[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      i = close < 0 ? code.length : close;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if (ch === "%") {
      info.percent = true;
    } else if (DIGIT_PLACEHOLDERS.has(ch)) {
      seenDigits = true;
    } else if (DATE_CODES.has(ch)) {
      info.date = true;
    } else if (!FORMAT_SYNTAX.has(ch) && ch.charCodeAt(0) > 0x7f) {
      add(ch);
    }
  }
  return info;
}
