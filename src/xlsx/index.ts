/** File adapters: bytes of an `.xlsx` / `.csv` in, `SheetSnapshot`s out (no file system, no DOM). */
export { InputError, isInputError, type InputErrorCode, type InputErrorParams } from "./InputError";
export { readCsv } from "./readCsv";
export { readWorkbookBytes } from "./readWorkbookBytes";
export { readXlsx } from "./readXlsx";
