import ExcelJS from "exceljs";
import type { SheetSnapshot } from "../core/SheetSnapshot";
import { InputError } from "./InputError";
import { sniffContainer } from "./_lib/sniffContainer";
import { worksheetSnapshot } from "./_lib/worksheetSnapshot";

/**
 * Reads an `.xlsx`/`.xlsm` file's bytes into one snapshot per worksheet (in workbook order): the used block's values
 * (dates as serial numbers, formulas as their cached result, errors as `{error}`), the text Excel displays
 * (rendered from value and number format), the number formats, merges and the first Excel Table.
 *
 * Throws `InputError` for an empty file (`empty`), a password-protected workbook (`encrypted`), an old `.xls`
 * (`legacy-xls`) and anything else that is not a readable workbook (`corrupt`, with exceljs's reason in
 * `params.detail`). Takes bytes, not a path, so the CLI and the browser preview share it.
 *
 * @example
 * const [kpi] = await readXlsx(new Uint8Array(await file.arrayBuffer()));
 * kpi.texts[1][6] // "60.00%" for a cell holding 0.6 formatted 0.00%
 */
export async function readXlsx(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  const kind = sniffContainer(bytes);
  if (kind === "empty") throw new InputError("empty");
  if (kind === "ole-encrypted") throw new InputError("encrypted");
  if (kind === "ole") throw new InputError("legacy-xls");
  if (kind !== "zip") throw new InputError("corrupt", { detail: "not a zip file" });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings name its own `Buffer extends ArrayBuffer`; JSZip underneath takes any Uint8Array (also in
    // the browser), and a Node Buffer is one
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    throw new InputError("corrupt", { detail: e instanceof Error ? e.message : String(e) });
  }
  if (workbook.worksheets.length === 0) throw new InputError("corrupt", { detail: "no worksheets" });
  const date1904 = Boolean(workbook.properties?.date1904);
  return workbook.worksheets.map((ws) => worksheetSnapshot(ws, date1904));
}
