import type { InputError, InputErrorCode } from "../core/InputError";
import type { Lang } from "./Lang";

/**
 * One-line messages per input error code; `{name}` is replaced by the error's param of that name.
 *
 * @example INPUT_ERROR_MESSAGES.en["unsupported-type"] // "Unsupported file type ({extension}). …"
 */
export const INPUT_ERROR_MESSAGES: Record<Lang, Record<InputErrorCode, string>> = {
  ja: {
    empty: "ファイルが空です（0バイト）。",
    corrupt: "Excelのブックとして読み取れません。ファイルが壊れているか、.xlsx形式ではありません（{detail}）。",
    encrypted: "パスワードで保護されたブックは読み取れません。Excelでパスワードを解除して、保存し直してください。",
    "legacy-xls": "古いExcel 97-2003形式（.xls）のファイルです。Excelで「Excelブック（*.xlsx）」として保存し直してください。",
    "binary-csv": "CSVとして読み取れません（バイナリ、またはUTF-8とShift_JIS以外の文字コード）。「CSV UTF-8」で保存し直してください。",
    "malformed-csv": "CSVの{line}行目付近を読み取れません（引用符「\"」が閉じていない可能性があります）。",
    "unsupported-type": "対応していないファイル形式です（{extension}）。.xlsx、.xlsm、.csvのファイルを指定してください。",
    "file-too-large": "ファイルが大きすぎます（{size} MB、上限{limit} MB）。KPIの表だけを新しいブックにコピーして保存してください。",
    "unpacked-too-large": "ブックを展開したサイズが大きすぎます（{size} MB、上限{limit} MB）。壊れているか、不正なファイルの可能性があります。",
    "too-many-cells": "セルが多すぎて読み取れません（約{count}個、上限{limit}個）。KPIの表だけを新しいブックにコピーして保存してください。",
    "sheet-too-large": "シート「{sheet}」の使用範囲{range}が広すぎます（{count}セル、上限{limit}セル）。表から離れたセルに残った値を削除してください。",
  },
  en: {
    empty: "The file is empty (0 bytes).",
    corrupt: "The file cannot be read as an Excel workbook: it is damaged or not an .xlsx file ({detail}).",
    encrypted: "The workbook is password-protected. Remove the password in Excel and save it again.",
    "legacy-xls": "This is an old Excel 97-2003 file (.xls). Save it as an Excel Workbook (*.xlsx) in Excel and try again.",
    "binary-csv": "The file cannot be read as CSV (binary data, or an encoding other than UTF-8 or Shift_JIS). Save it as CSV UTF-8.",
    "malformed-csv": "The CSV cannot be read near line {line} (a quote \" may not be closed).",
    "unsupported-type": "Unsupported file type ({extension}). Choose an .xlsx, .xlsm or .csv file.",
    "file-too-large": "The file is too large ({size} MB; the limit is {limit} MB). Copy the KPI table into a new workbook and save it.",
    "unpacked-too-large": "The workbook unpacks to too much data ({size} MB; the limit is {limit} MB). The file may be damaged or crafted.",
    "too-many-cells": "The file has too many cells to read (about {count}; the limit is {limit}). Copy the KPI table into a new workbook and save it.",
    "sheet-too-large": "The used range {range} of sheet \"{sheet}\" is too large ({count} cells; the limit is {limit}). Clear the stray cells far from the table.",
  },
};

/**
 * The one-line message of an input error in Japanese (default) or English. A parenthesised part whose params are
 * all missing or empty is left out; integers of five digits or more get thousands separators (`1,000,000`).
 *
 * @example inputErrorMessage(new InputError("legacy-xls")) // "古い Excel 97-2003 形式（.xls）のファイルです。…"
 * @example inputErrorMessage(new InputError("unsupported-type", { extension: ".pdf" }), "en")
 * // "Unsupported file type (.pdf). Choose an .xlsx, .xlsm or .csv file"
 */
export function inputErrorMessage(err: Pick<InputError, "code" | "params">, lang: Lang = "ja"): string {
  const template = INPUT_ERROR_MESSAGES[lang][err.code] ?? err.code;
  const param = (name: string): string => {
    const v = err.params[name];
    if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) >= 10_000) return v.toLocaleString("en-US");
    return v === undefined || v === null ? "" : String(v);
  };
  return template
    .replace(/\s?[(（]([^()（）]*\{(\w+)\}[^()（）]*)[)）]/g, (whole, _inner: string, name: string) =>
      param(name) === "" ? "" : whole,
    )
    .replace(/\{(\w+)\}/g, (_, name: string) => param(name));
}
