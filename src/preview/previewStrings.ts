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
  opened: (file: string) => string;
  openFailed: (file: string) => string;
  readFailed: string;
  details: string;
  downloadFailed: string;
  droppedParts: (parts: string) => string;
  /** Said after the download when it holds a 推移 sheet: a file written here has no charts (and lost those Excel drew). */
  trendWithoutCharts: (sheet: string, droppedCharts: number) => string;
  /** The pane's own words that change outside Excel (the write-back is a download; cells are shown in place). */
  pane: Partial<UiStrings>;
}

const JA: PreviewStrings = {
  noticeTitle: "ブラウザーでのプレビュー",
  notice: "Excelの外で開いているため、ファイルを対象に動きます。.xlsxまたは.csvのKPIの表を開くと、Excelと同じチェックを実行できます。",
  fileSection: "ファイル",
  open: "ファイルを開く…",
  openSample: "サンプルを開く",
  dropHere: "ここに.xlsxまたは.csvのファイルをドロップしてください。",
  dropActive: "ドロップすると開きます。",
  opening: "ファイルを読み取っています…",
  opened: (file) => `開いているファイル：${file}`,
  openFailed: (file) => `「${file}」を開けませんでした`,
  readFailed: "ファイルを読み取れません。ファイルが壊れていないか確認して、もう一度開いてください。",
  details: "詳細",
  downloadFailed: "チェック済みのブックを作成できませんでした。もう一度実行してください。",
  droppedParts: (parts) => `このブックには書き出すと失われる部分（${parts}）があるため、ダウンロードできません。Excelで開いて、KPIの表だけを新しいブックにコピーしてください。`,
  trendWithoutCharts: (sheet, dropped) =>
    dropped > 0
      ? `「${sheet}」シートを作り直したため、Excelで作られたそのシートのグラフ${dropped}個は含まれません（Excelのアドインでチェックすると作り直します）。`
      : `「${sheet}」シートは表だけです（ブラウザーのプレビューではグラフを書き出せません。グラフはExcelのアドインで作れます）。`,
  pane: {
    write: "ブックを保存",
    writing: "ブックを作成中…",
    intro: "［チェックを実行］をクリックしてください。結果を書き込んだブックは［ブックを保存］でダウンロードできます。",
    steps: { read: "シートを読み取っています…", check: "チェックしています…", write: "書き込む内容を準備しています…", html: "HTMLを作成しています…" },
    settingsSection: "設定（このブラウザーに保存）",
    errors: {
      "cell-edit-mode": "ファイルを処理できませんでした。もう一度実行してください。",
      protected: "シートまたはブックが保護されているため書き込めません。Excelで保護を解除してから、もう一度開いてください。",
      "too-large": "シートが大きすぎて処理できません。KPIの表だけを別のブックに分けてから、もう一度開いてください。",
      unsupported: "このブラウザーでは使えない機能があります。最新のMicrosoft EdgeまたはGoogle Chromeでお使いください。",
      "sheet-not-found": "シートが見つかりません。シートを選び直してください。",
      changed: "読み取った後にファイルが変わったため、何も書き込みませんでした。ファイルを開き直してください。",
      "sheet-full": "シートの最後の行または列に値があるため、行や列を挿入できません。Excelで表から離れたセルに残った値を削除してから、もう一度開いてください。",
      "insert-conflict": "新年度の行（または列）を挿入できません。挿入する位置に配列数式、ピボットテーブル、フィルター、または結合セルがかかっています。Excelでそれらを表の外に移すか解除してから、もう一度開いてください。",
      conflict: "ファイルを処理できませんでした。もう一度実行してください。",
      unknown: "ファイルの処理中にエラーが発生しました。もう一度実行してください。",
    },
    protectedSheet: (sheet) => `シート「${sheet}」は保護されているため書き込めません。Excelでシートの保護を解除してから、もう一度開いてください。`,
    protectedStructure: "ブックの構成が保護されているため、シートを追加できません。Excelでブックの保護を解除してから、もう一度開いてください。",
    notWritten: (sheets) => `保護されているシート（${sheets}）には達成状況を書き込んでいません。書き込むには、Excelでシートの保護を解除してから、もう一度開いてください。`,
    notAdded: (sheets) => `ブックの構成が保護されているため、シート（${sheets}）を追加していません。追加するには、Excelでブックの保護を解除してから、もう一度開いてください。`,
  },
};

const EN: PreviewStrings = {
  noticeTitle: "Browser preview",
  notice: "This page is open outside Excel, so it works on a file. Open a KPI table as .xlsx or .csv to run the same check as in Excel.",
  fileSection: "File",
  open: "Open a file…",
  openSample: "Open the sample",
  dropHere: "Drop an .xlsx or .csv file here.",
  dropActive: "Drop to open.",
  opening: "Reading the file…",
  opened: (file) => `Open file: ${file}`,
  openFailed: (file) => `Could not open "${file}"`,
  readFailed: "The file cannot be read. Check that it is not damaged, then open it again.",
  details: "Details",
  downloadFailed: "Could not make the checked workbook. Try again.",
  droppedParts: (parts) => `The workbook has parts that writing would lose (${parts}), so it cannot be downloaded. Copy the KPI table into a new workbook in Excel.`,
  trendWithoutCharts: (sheet, dropped) =>
    dropped > 0
      ? `The "${sheet}" sheet was made again, so its ${dropped} chart(s) drawn in Excel are not in the file (checking with the Excel add-in draws them again).`
      : `The "${sheet}" sheet holds the tables only (the browser preview cannot write charts; the Excel add-in draws them).`,
  pane: {
    write: "Save workbook",
    writing: "Making the workbook…",
    intro: "Click Check. Save workbook downloads a copy with the results written.",
    steps: { read: "Reading the sheet…", check: "Checking…", write: "Preparing what to write…", html: "Making the HTML…" },
    settingsSection: "Settings (saved in this browser)",
    errors: {
      "cell-edit-mode": "The file could not be processed. Try again.",
      protected: "The sheet or the workbook is protected and cannot be written. Unprotect it in Excel, then open it again.",
      "too-large": "The sheet is too large to process. Move the KPI table to a workbook of its own, then open it again.",
      unsupported: "This browser lacks a feature the preview needs. Use a current Microsoft Edge or Google Chrome.",
      "sheet-not-found": "The sheet was not found. Choose the sheet again.",
      changed: "The file changed after it was read, so nothing was written. Open the file again.",
      "sheet-full": "Rows or columns cannot be inserted: a value in the sheet's last row or column would be pushed off the sheet. Clear the stray cells far from the table in Excel, then open the file again.",
      "insert-conflict": "Next year's rows (or columns) cannot be inserted: an array formula, a PivotTable, a filter or merged cells lie across them. Move them away from the table or clear them in Excel, then open the file again.",
      conflict: "The file could not be processed. Try again.",
      unknown: "Something went wrong processing the file. Try again.",
    },
    protectedSheet: (sheet) => `The sheet "${sheet}" is protected and cannot be written. Unprotect it in Excel, then open the file again.`,
    protectedStructure: "The workbook's structure is protected, so no sheet can be added. Turn off Protect Workbook in Excel, then open the file again.",
    notWritten: (sheets) => `No status was written on the protected sheets (${sheets}). To write it, unprotect them in Excel, then open the file again.`,
    notAdded: (sheets) => `The workbook's structure is protected, so the sheets (${sheets}) were not added. To add them, turn off Protect Workbook in Excel, then open the file again.`,
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
