import type { SheetSnapshot } from "../core/SheetSnapshot";
import { InputError } from "../core/InputError";
import { readCsv } from "./readCsv";
import { readXlsx } from "./readXlsx";
import { checkCsvLimits } from "./_lib/checkCsvLimits";

/** Extensions read as a workbook. `.xls` goes there too, so that an old file is named as such (`legacy-xls`). */
const WORKBOOK = new Set(["xlsx", "xlsm", "xltx", "xltm", "xls"]);
/** Extensions read as delimited text. */
const TEXT = new Set(["csv", "tsv", "txt"]);

/**
 * Reads a file's bytes by its name's extension: `.xlsx`/`.xlsm` (and templates) with `readXlsx`, `.csv`/`.tsv`/`.txt`
 * with `readCsv` into one sheet named after the file, as Excel names it. Throws `InputError("unsupported-type")`
 * for any other extension (`params.extension`), and the readers' `InputError`s for bad content or a file past
 * the input limits (README "Limits").
 *
 * @example
 * const sheets = await readWorkbookBytes(await readFile(path), basename(path)); // CLI
 * const sheets = await readWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name); // browser
 */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<SheetSnapshot[]> {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  if (WORKBOOK.has(extension)) return readXlsx(bytes);
  // Excel names the sheet of an opened CSV after the file (a sheet name has at most 31 characters)
  if (TEXT.has(extension)) {
    checkCsvLimits(bytes);
    return [readCsv(bytes, base.slice(0, dot).slice(0, 31))];
  }
  throw new InputError("unsupported-type", { extension: extension ? `.${extension}` : "" });
}
