/**
 * Why a file could not be read at all (before any KPI is checked).
 *
 * - `empty`: the file has 0 bytes.
 * - `corrupt`: not a zip, or a zip that is not a workbook (`params.detail` keeps the reader's reason).
 * - `encrypted`: an OLE compound file holding an `EncryptedPackage` stream (a password-protected workbook).
 * - `legacy-xls`: any other OLE compound file (an Excel 97–2003 `.xls`).
 * - `binary-csv`: a `.csv` with NUL bytes or bytes that are neither UTF-8 nor Shift_JIS.
 * - `malformed-csv`: a `.csv` the CSV grammar rejects (an unclosed quote); `params.line` says where.
 * - `unsupported-type`: a file name extension the reader does not handle (`params.extension`).
 * - `file-too-large`: the file is larger than the readers accept (`params.size`, `params.limit` in MB).
 * - `unpacked-too-large`: the zip's parts unpack to more than the readers accept, e.g. a zip bomb (`size`, `limit`
 *   in MB).
 * - `too-many-cells`: more cells (XML elements, merged and named cells; CSV cells) than the readers hold in memory
 *   (`params.count`, `params.limit`).
 * - `sheet-too-large`: a sheet's used block spans too many cells, e.g. a stray value in `XFD1048576`
 *   (`params.sheet`, `params.range`, `params.count`, `params.limit`).
 *
 * @example const code: InputErrorCode = "legacy-xls";
 */
export type InputErrorCode =
  | "empty"
  | "corrupt"
  | "encrypted"
  | "legacy-xls"
  | "binary-csv"
  | "malformed-csv"
  | "unsupported-type"
  | "file-too-large"
  | "unpacked-too-large"
  | "too-many-cells"
  | "sheet-too-large";

/**
 * Parameters of an input error: plain values that `src/i18n/inputErrors.ts` interpolates.
 *
 * @example { detail: "Corrupted zip: can't find end of central directory" }
 */
export type InputErrorParams = Record<string, string | number>;

/**
 * A file that cannot be read, as typed data: a `code` and `params`, no message text. Front ends render it with
 * `inputErrorMessage` (src/i18n/inputErrors.ts) instead of showing a stack trace.
 *
 * @example
 * try { await readWorkbookBytes(bytes, "kpi.xls"); }
 * catch (e) { if (e instanceof InputError) console.error(inputErrorMessage(e, "ja")); else throw e; }
 * // new InputError("corrupt", { detail: "End of data reached" }).code === "corrupt"
 */
export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly params: InputErrorParams;

  constructor(code: InputErrorCode, params: InputErrorParams = {}) {
    super(code); // the code, not a message: messages live in src/i18n/
    this.name = "InputError";
    this.code = code;
    this.params = params;
  }
}

/**
 * Whether a thrown value is an `InputError` (also across bundles, where `instanceof` may fail).
 *
 * @example isInputError(new InputError("empty")) // true
 */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (e instanceof Error && e.name === "InputError" && "code" in e);
}
