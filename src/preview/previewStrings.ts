import type { Lang } from "../i18n/Lang";
import type { UiStrings } from "../i18n/ui";

/** The words only the browser preview shows: the notice, the file picker and the download. */
export interface PreviewStrings {
  noticeTitle: string;
  notice: string;
  fileSection: string;
  open: string;
  openSample: string;
  dropHere: string;
  dropActive: string;
  opening: string;
  opened: (file: string, sheet: string) => string;
  noFile: string;
  openFailed: string;
  readFailed: string;
  download: string;
  downloading: string;
  downloadFailed: string;
  droppedParts: (parts: string) => string;
  selected: (sheet: string, cell: string) => string;
  /** The pane's own words that change outside Excel (the button checks; the write-back is a download). */
  pane: Partial<UiStrings>;
}

const JA: PreviewStrings = {
  noticeTitle: "ブラウザーでのプレビュー",
  notice: "Excelの外で開いているため、ファイルを対象に動いています。.xlsx または .csv のKPIの表を開くと、Excelと同じチェックを実行できます。",
  fileSection: "ファイル",
  open: "ファイルを開く…",
  openSample: "サンプルを開く",
  dropHere: "ここに .xlsx / .csv ファイルをドロップ",
  dropActive: "ドロップして開く",
  opening: "ファイルを読み込んでいます…",
  opened: (file, sheet) => `「${file}」のシート「${sheet}」`,
  noFile: "ファイルが開かれていません。",
  openFailed: "ファイルを開けませんでした",
  readFailed: "ファイルを読み込めませんでした。",
  download: "チェック済みのブックをダウンロード",
  downloading: "ブックを作成しています…",
  downloadFailed: "チェック済みのブックを作成できませんでした。",
  droppedParts: (parts) => `このブックには書き出すと失われる部分があるため、ダウンロードできません: ${parts}`,
  selected: (sheet, cell) => `Excelではシート「${sheet}」のセル ${cell} を選択します。`,
  pane: {
    run: "チェックする",
    intro: "KPIの表を判定します。結果は、達成状況の列と「開示用」「指摘一覧」シートを加えたブックとしてダウンロードできます。",
    steps: { read: "シートを読み込んでいます…", check: "判定しています…", write: "書き込む内容を準備しています…", html: "HTMLを作成しています…" },
    wrote: () => "チェック済みのブックをダウンロードできます。",
    settingsSection: "設定（このブラウザーに保存）",
    selectCell: (cell) => `セル ${cell} の場所を表示`,
    errors: {
      "cell-edit-mode": "ファイルを処理できませんでした。",
      protected: "シートまたはブックが保護されているため書き込めません。",
      "too-large": "シートが大きすぎて処理できません。KPIの表だけを別のブックに分けてお試しください。",
      unsupported: "このブラウザーでは使えない機能があります。",
      "sheet-not-found": "シートが見つかりません。",
      changed: "読み取った後にファイルが変わったため、何も書き込みませんでした。",
      unknown: "ファイルの処理でエラーが起きました。",
    },
  },
};

const EN: PreviewStrings = {
  noticeTitle: "Browser preview",
  notice: "This page is open outside Excel, so it works on a file. Open a KPI table as .xlsx or .csv to run the same check as in Excel.",
  fileSection: "File",
  open: "Open a file…",
  openSample: "Open the sample",
  dropHere: "Drop an .xlsx / .csv file here",
  dropActive: "Drop to open",
  opening: "Reading the file…",
  opened: (file, sheet) => `Sheet "${sheet}" of "${file}"`,
  noFile: "No file is open.",
  openFailed: "Could not open the file",
  readFailed: "The file could not be read.",
  download: "Download the checked workbook",
  downloading: "Making the workbook…",
  downloadFailed: "Could not make the checked workbook.",
  droppedParts: (parts) => `The workbook has parts that writing would lose, so it cannot be downloaded: ${parts}`,
  selected: (sheet, cell) => `In Excel this selects cell ${cell} on sheet "${sheet}".`,
  pane: {
    run: "Check",
    intro: "Judges the KPI table. Download the result as a workbook with the status column and the Disclosure and Findings sheets.",
    steps: { read: "Reading the sheet…", check: "Judging…", write: "Preparing what to write…", html: "Making the HTML…" },
    wrote: () => "The checked workbook is ready to download.",
    settingsSection: "Settings (saved in this browser)",
    selectCell: (cell) => `Show where cell ${cell} is`,
    errors: {
      "cell-edit-mode": "The file could not be processed.",
      protected: "The sheet or the workbook is protected and cannot be written.",
      "too-large": "The sheet is too large to process. Try moving the KPI table to a workbook of its own.",
      unsupported: "This browser lacks a feature the preview needs.",
      "sheet-not-found": "The sheet was not found.",
      changed: "The file changed after it was read, so nothing was written.",
      unknown: "Something went wrong processing the file.",
    },
  },
};

/**
 * The browser preview's words in a language (Japanese by default).
 *
 * @example previewStrings("en").openSample // "Open the sample"
 */
export function previewStrings(lang: Lang = "ja"): PreviewStrings {
  return lang === "en" ? EN : JA;
}
