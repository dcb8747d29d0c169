import ExcelJS from "exceljs";
import type { SheetSnapshot } from "../core/SheetSnapshot";
import { InputError } from "../core/InputError";
import { checkSheetLimits } from "./_lib/checkSheetLimits";
import { checkZipLimits } from "./_lib/checkZipLimits";
import { sniffContainer } from "./_lib/sniffContainer";
import { worksheetSnapshot } from "./_lib/worksheetSnapshot";

/**
 * Reads an `.xlsx`/`.xlsm` file's bytes into one snapshot per worksheet (in workbook order): the used block's values
 * (dates as serial numbers, formulas as their cached result, errors as `{error}`), the text Excel displays
 * (rendered from value and number format), the number formats, merges and the first Excel Table.
 *
 * Throws `InputError` for an empty file (`empty`), a password-protected workbook (`encrypted`), an old `.xls`
 * (`legacy-xls`) and anything else that is not a readable workbook (`corrupt`, with exceljs's reason in
 * `params.detail`); and, before exceljs inflates anything, for a file past the input limits (README "Limits":
 * `file-too-large`, `unpacked-too-large` for a zip bomb, `too-many-cells`, then `sheet-too-large` before the
 * snapshots are built). Takes bytes, not a path, so the CLI and the browser preview share it.
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
  await checkZipLimits(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings name its own `Buffer extends ArrayBuffer`; JSZip underneath takes any Uint8Array (also in
    // the browser), and a Node Buffer is one
    // data validations and column definitions are not read, and exceljs expands them cell by cell: a drop-down list
    // on whole columns (D1:D1048576) costs seconds and hundreds of MB, a crafted <col max="2000000000"> hangs
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0], { ignoreNodes: ["dataValidations", "cols"] });
  } catch (e) {
    throw new InputError("corrupt", { detail: e instanceof Error ? e.message : String(e) });
  }
  if (workbook.worksheets.length === 0) throw new InputError("corrupt", { detail: "no worksheets" });
  checkSheetLimits(workbook.worksheets);
  const date1904 = Boolean(workbook.properties?.date1904);
  return workbook.worksheets.map((ws) => worksheetSnapshot(ws, date1904));
}
