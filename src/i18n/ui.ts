import type { Severity } from "../core/Finding";
import type { WorkbookErrorKind } from "../core/WorkbookPort";
import type { Layout } from "../core/KpiRecord";
import type { Lang } from "./Lang";

/** Every word the task pane and the ribbon command show, in one language. */
export interface UiStrings {
  appTitle: string;
  run: string;
  running: string;
  steps: Record<"read" | "check" | "write" | "html", string>;
  /** Shown next to the button before the first run. */
  intro: string;
  done: (kpis: number, findings: number) => string;
  wrote: (sheets: number) => string;
  tableSection: string;
  layoutTable: string;
  layoutBlocks: string;
  /** The name of each sheet layout (kpi-rules.md §1). */
  layoutNames: Record<Layout, string>;
  /** Rows of the KPI range that are not KPIs, read past (totals, headings, units, footnotes). */
  skippedRows: (rows: string) => string;
  /** Other sheets that also hold a KPI table. */
  otherKpiSheets: (sheets: string) => string;
  tableAt: (sheet: string, range: string) => string;
  excelTable: (name: string) => string;
  columnOf: string;
  notMapped: string;
  noTableTitle: string;
  noTableHint: string;
  summarySection: string;
  summaryLabel: (word: string, count: number) => string;
  findingsSection: string;
  noFindings: string;
  severity: Record<Severity, string>;
  selectCell: (cell: string) => string;
  kpisSection: string;
  fiscalYear: (year: number) => string;
  unknownYear: string;
  htmlSection: string;
  htmlPreviewTitle: string;
  copyHtml: string;
  /** The second copy: the HTML source as text. */
  copyHtmlSource: string;
  /** One line saying which copy to use where. */
  copyWhich: string;
  /** Heading of the publish check: how many findings would put something wrong on the page. */
  publishCheck: (count: number) => string;
  copied: string;
  copyFailed: string;
  download: string;
  /** Shown where Excel cannot save files (desktop web views): the text box is the way out. */
  downloadUnavailable: string;
  selectAll: string;
  htmlSource: string;
  settingsSection: string;
  asOf: string;
  asOfHint: string;
  fiscalYearStart: string;
  month: (m: number) => string;
  years: string;
  allYears: string;
  writeBack: string;
  writeStatus: string;
  writeDisclosure: string;
  writeFindings: string;
  htmlOptions: string;
  htmlShowStatus: string;
  htmlClassOnly: string;
  htmlHeading: string;
  saveFailed: string;
  errors: Record<WorkbookErrorKind, string>;
  errorTitle: string;
  crashTitle: string;
  crashBody: string;
  reload: string;
  unsupported: (apiSet: string) => string;
  officeMissing: string;
  /** The ribbon command's notification. */
  commandDone: (counts: string) => string;
  commandNoTable: string;
  commandFailed: (message: string) => string;
  /** The ribbon command gave up before Office ends its runtime. */
  commandTimedOut: string;
}

const JA: UiStrings = {
  appTitle: "KPIチェック",
  run: "チェックして書き込む",
  running: "チェック中…",
  steps: { read: "シートを読み込んでいます…", check: "判定しています…", write: "結果を書き込んでいます…", html: "HTMLを作成しています…" },
  intro: "KPIの表があるシートを開いて、ボタンを押してください。達成状況の列と「開示用」シートを書き込みます。",
  done: (kpis, findings) => `${kpis}件のKPIを判定しました（指摘 ${findings}件）。`,
  wrote: (sheets) => (sheets > 0 ? `達成状況の列と ${sheets}枚のシートを書き込みました。` : "達成状況の列を書き込みました。"),
  tableSection: "読み取った表",
  layoutTable: "表形式（1行に1つのKPI）",
  layoutBlocks: "Webサイト形式（年度ごとのブロック）",
  layoutNames: {
    table: "表形式（1行に1つのKPI）",
    "two-row-header": "2段見出しの表",
    wide: "年度を横に並べた表",
    "next-target": "次期目標のある表",
    transposed: "行と列を入れ替えた表",
    blocks: "Webサイト形式（年度ごとのブロック）",
  },
  skippedRows: (rows) => `KPIではない行として読み飛ばした行：${rows}`,
  otherKpiSheets: (sheets) => `ほかにKPIの表があるシート：${sheets}`,
  tableAt: (sheet, range) => `シート「${sheet}」の ${range}`,
  excelTable: (name) => `テーブル「${name}」`,
  columnOf: "列",
  notMapped: "（なし）",
  noTableTitle: "KPIの表が見つかりません",
  noTableHint: "「年度」「No」「取組項目」などの見出し行がある表、またはWebサイトから貼り付けた「2024年度」で始まる表を開いてから、もう一度押してください。",
  summarySection: "判定の内訳",
  summaryLabel: (word, count) => `${word} ${count}件`,
  findingsSection: "指摘",
  noFindings: "指摘はありません。",
  severity: { error: "エラー", warning: "警告", info: "情報" },
  selectCell: (cell) => `セル ${cell} を選択`,
  kpisSection: "年度別のKPI",
  fiscalYear: (year) => `${year}年度`,
  unknownYear: "年度不明",
  htmlSection: "Webサイト用HTML",
  htmlPreviewTitle: "HTMLのプレビュー",
  copyHtml: "HTMLをコピー",
  copyHtmlSource: "HTMLソースをコピー",
  publishCheck: (n) => `公開前の確認：このまま載せると誤りになる指摘が${n}件あります。コピーする前に確認してください。`,
  copyWhich:
    "編集画面にそのまま貼り付けるときは［HTMLをコピー］、HTMLブロック（WordPressの「カスタムHTML」など）やソース表示に貼り付けるときは［HTMLソースをコピー］を使ってください（見た目がすべて残ります）。",
  copied: "コピーしました。CMSの編集画面に貼り付けてください。",
  copyFailed: "クリップボードにコピーできませんでした。下の欄を全選択してコピーするか、ファイルをダウンロードしてください。",
  download: ".htmlをダウンロード",
  downloadUnavailable: "このExcelではファイルを保存できません。下の欄のHTMLを全選択してコピーし、WebサイトのCMSに貼り付けてください。",
  selectAll: "すべて選択",
  htmlSource: "HTMLソース",
  settingsSection: "設定（このブックに保存）",
  asOf: "判定の基準日",
  asOfHint: "空欄なら今日",
  fiscalYearStart: "年度の開始月",
  month: (m) => `${m}月`,
  years: "開示する年度",
  allYears: "すべての年度",
  writeBack: "書き込むもの",
  writeStatus: "KPIシートの達成状況の列",
  writeDisclosure: "「開示用」シート",
  writeFindings: "「指摘一覧」シート",
  htmlOptions: "HTMLの設定",
  htmlShowStatus: "達成状況の列を付ける（達成、一部達成、未達成のみ）",
  htmlClassOnly: "クラス名だけで書く（ホームページ側のCSSで整える場合）",
  htmlHeading: "見出しと説明文を付ける",
  saveFailed: "設定をブックに保存できませんでした。",
  errors: {
    "cell-edit-mode": "セルを編集中のため、Excelが操作を受け付けません。Enter キーか Esc キーで編集を終えてから、もう一度押してください。",
    protected: "シートまたはブックが保護されているため書き込めません。［校閲］タブで保護を解除してから、もう一度押してください。",
    "too-large": "シートが大きすぎて一度に読み書きできません。KPIの表だけを別のシートに分けてお試しください。",
    unsupported: "このバージョンのExcelでは使えない機能があります。Microsoft 365 または Excel 2021 以降でお使いください。",
    "sheet-not-found": "シートが見つかりません。名前が変わったか削除された可能性があります。",
    changed: "読み取った後にシートが変更されたため、何も書き込みませんでした。もう一度チェックしてください。",
    unknown: "Excelとのやり取りでエラーが起きました。",
  },
  errorTitle: "うまくいきませんでした",
  crashTitle: "表示中にエラーが起きました",
  crashBody: "作業ウィンドウを開き直すと直ることがあります。ブックの内容は変わっていません。",
  reload: "開き直す",
  unsupported: (apiSet) => `このExcelは ${apiSet} に対応していないため、KPIチェックを使えません。Microsoft 365 または Excel 2021 以降でお使いください。`,
  officeMissing: "Officeに接続できません。Excelの中でこのアドインを開いてください。",
  commandDone: (counts) => `KPIチェック: ${counts}`,
  commandNoTable: "KPIチェック: このシートにKPIの表が見つかりません。",
  commandTimedOut: "KPIチェック: 時間がかかりすぎたため中断しました。作業ウィンドウからチェックしてください。",
  commandFailed: (message) => `KPIチェック: ${message}`,
};

const EN: UiStrings = {
  appTitle: "KPI Check",
  run: "Check and write back",
  running: "Checking…",
  steps: { read: "Reading the sheet…", check: "Judging…", write: "Writing the results…", html: "Making the HTML…" },
  intro: "Open the sheet with your KPI table and press the button. It writes the status column and the Disclosure sheet.",
  done: (kpis, findings) => `Judged ${kpis} KPIs (${findings} findings).`,
  wrote: (sheets) => (sheets > 0 ? `Wrote the status column and ${sheets} sheet(s).` : "Wrote the status column."),
  tableSection: "Table found",
  layoutTable: "Table (one KPI per row)",
  layoutBlocks: "Website layout (blocks per fiscal year)",
  layoutNames: {
    table: "Table (one KPI per row)",
    "two-row-header": "Table with a two-row header",
    wide: "Years across columns",
    "next-target": "Table with next targets",
    transposed: "Transposed table",
    blocks: "Website layout (blocks per fiscal year)",
  },
  skippedRows: (rows) => `Rows read past as not KPIs: ${rows}`,
  otherKpiSheets: (sheets) => `Other sheets with a KPI table: ${sheets}`,
  tableAt: (sheet, range) => `${range} on sheet "${sheet}"`,
  excelTable: (name) => `Excel table "${name}"`,
  columnOf: "Column",
  notMapped: "(none)",
  noTableTitle: "No KPI table found",
  noTableHint: "Open a table with a header row (Fiscal year, No, Initiative…) or one pasted from the website starting with a year heading, then press the button again.",
  summarySection: "Summary",
  summaryLabel: (word, count) => `${word} ${count}`,
  findingsSection: "Findings",
  noFindings: "No findings.",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  selectCell: (cell) => `Select cell ${cell}`,
  kpisSection: "KPIs by fiscal year",
  fiscalYear: (year) => `FY${year}`,
  unknownYear: "Unknown year",
  htmlSection: "Website HTML",
  htmlPreviewTitle: "HTML preview",
  copyHtml: "Copy HTML",
  copyHtmlSource: "Copy HTML source",
  publishCheck: (n) => `Before publishing: ${n} finding${n === 1 ? "" : "s"} would put something wrong on the page. Check ${n === 1 ? "it" : "them"} before copying.`,
  copyWhich:
    "Use Copy HTML to paste into an editor as it is, and Copy HTML source for an HTML block (WordPress \"Custom HTML\" and the like) or the editor's source view, which keeps the whole look.",
  copied: "Copied. Paste it into your CMS editor.",
  copyFailed: "Could not copy to the clipboard. Select all in the box below and copy, or download the file.",
  download: "Download .html",
  downloadUnavailable: "This Excel cannot save files. Select all of the HTML in the box below, copy it and paste it into your website's CMS.",
  selectAll: "Select all",
  htmlSource: "HTML source",
  settingsSection: "Settings (saved in this workbook)",
  asOf: "As-of date",
  asOfHint: "Empty for today",
  fiscalYearStart: "Fiscal year starts in",
  month: (m) => ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1],
  years: "Fiscal years to publish",
  allYears: "All years",
  writeBack: "Write back",
  writeStatus: "Status column on the KPI sheet",
  writeDisclosure: "Disclosure sheet",
  writeFindings: "Findings sheet",
  htmlOptions: "HTML options",
  htmlShowStatus: "Add a status column (met, partly met, not met only)",
  htmlClassOnly: "Class names only (for a site that styles them with its own CSS)",
  htmlHeading: "Add the heading and lead text",
  saveFailed: "Could not save the settings in the workbook.",
  errors: {
    "cell-edit-mode": "Excel is waiting for you to finish editing a cell. Press Enter or Esc, then press the button again.",
    protected: "The sheet or the workbook is protected. Unprotect it on the Review tab, then press the button again.",
    "too-large": "The sheet is too large to read or write at once. Try moving the KPI table to a sheet of its own.",
    unsupported: "This version of Excel lacks a feature the add-in needs. Use Microsoft 365 or Excel 2021 or later.",
    "sheet-not-found": "The sheet was not found. It may have been renamed or deleted.",
    changed: "The sheet changed after it was read, so nothing was written. Run the check again.",
    unknown: "Something went wrong talking to Excel.",
  },
  errorTitle: "That did not work",
  crashTitle: "Something went wrong in the pane",
  crashBody: "Reopening the task pane usually helps. Your workbook has not been changed.",
  reload: "Reopen",
  unsupported: (apiSet) => `This Excel does not support ${apiSet}, which KPI Check needs. Use Microsoft 365 or Excel 2021 or later.`,
  officeMissing: "Cannot connect to Office. Open this add-in from inside Excel.",
  commandDone: (counts) => `KPI Check: ${counts}`,
  commandNoTable: "KPI Check: no KPI table on this sheet.",
  commandTimedOut: "KPI Check: this took too long and was stopped. Run the check from the task pane.",
  commandFailed: (message) => `KPI Check: ${message}`,
};

/**
 * The task pane's and the ribbon command's words in a language (Japanese by default).
 *
 * @example uiStrings("en").run // "Check and write back"
 */
export function uiStrings(lang: Lang = "ja"): UiStrings {
  return lang === "en" ? EN : JA;
}
