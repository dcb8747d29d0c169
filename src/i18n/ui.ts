import type { Severity } from "../core/Finding";
import type { WorkbookErrorKind } from "../core/WorkbookPort";
import type { Layout } from "../core/KpiRecord";
import type { Lang } from "./Lang";

/** Every word the task pane and the ribbon command show, in one language. */
export interface UiStrings {
  appTitle: string;
  /** The button that reads the sheet and judges it (nothing is written). */
  run: string;
  running: string;
  /** The button that writes the status column and the sheets the settings ask for. */
  write: string;
  writing: string;
  steps: Record<"read" | "check" | "write" | "html", string>;
  /** Shown under the buttons before the first check. */
  intro: string;
  /** The verdict line after a check: errors and warnings left to fix, or ready. */
  verdictFix: (count: number) => string;
  verdictReady: string;
  verdictNoTable: string;
  /** Under the verdict: KPIs of the years published whose results are still being compiled (the page says so). */
  verdictPending: (count: number) => string;
  checked: (kpis: number, findings: number) => string;
  /** After a write: the statuses (when status lines were written) and how many of the add-in's sheets. */
  wrote: (sheets: number, statuses: boolean) => string;
  tableSection: string;
  /** The table part folded to one line: which sheet and range were read. */
  tableSummary: (sheet: string, range: string) => string;
  sheet: string;
  /** The chooser's note on a sheet in which the engine found a KPI table too. */
  sheetHasKpis: (sheet: string) => string;
  /** The name of each sheet layout (kpi-rules.md §1). */
  layoutNames: Record<Layout, string>;
  /** The layout chooser of the table part (the pane's `--layout`), and its first choice: detect the layout. */
  layout: string;
  layoutAuto: string;
  /** The layout the engine read, as it detected it or as the setting named it. */
  layoutDetected: (name: string) => string;
  layoutChosen: (name: string) => string;
  /** Rows of the KPI range that are not KPIs, read past (totals, headings, units, footnotes). */
  skippedRows: (rows: string) => string;
  tableAt: (range: string) => string;
  headerRows: (rows: string) => string;
  excelTable: (name: string) => string;
  /** Excel before ExcelApi 1.13 read without merged areas: what that means and what to do if the reading looks wrong. */
  mergesUnread: string;
  otherKpiSheets: (sheets: string) => string;
  /** The sheets a check of all sheets read together (the settings' allSheets). */
  sheetsTogether: (sheets: string) => string;
  /** The table part folded to one line after a check of several sheets: how many. */
  sheetsSummary: (count: number) => string;
  /**
   * After a one-sheet check: other sheets (of other years) may hold KPI tables, and the button that turns the
   * all-sheets setting on and checks again.
   */
  otherYearSheets: (sheets: string) => string;
  checkAllSheets: string;
  /** After a check of all sheets: the hidden sheets named for a year, not checked. */
  yearSheetsHidden: (sheets: string) => string;
  /** After a check of all sheets: the visible sheets named for a year on which no KPI table was read. */
  yearSheetsUnread: (sheets: string) => string;
  /** A cell on a named sheet, where a check spans several sheets. */
  sheetCell: (sheet: string, cell: string) => string;
  columnOf: string;
  notMapped: string;
  noTableTitle: string;
  noTableHint: string;
  summarySection: string;
  summaryLabel: (word: string, count: number) => string;
  /** The findings' section; its groups: what the verdict counts, the other errors and warnings, the information. */
  fixSection: string;
  noFixes: string;
  /** The group of the findings the verdict counts (it would put something wrong on the page), as the verdict words it. */
  mustFixGroup: (count: number) => string;
  noMustFix: string;
  /** The group of the other errors and warnings, and why they do not stop publishing. */
  reviewGroup: (count: number) => string;
  reviewHint: string;
  infoFold: (count: number) => string;
  /** A message repeated over many KPIs: how many, and the button that lists them. */
  repeated: (count: number) => string;
  /** A long group of findings shows its first lines: the button that shows the findings of the rest, and the one that folds them again. */
  showMoreFixes: (count: number) => string;
  showFewerFixes: string;
  severity: Record<Severity, string>;
  /** A KPI named by its year and No. */
  kpiRef: (year: number | null, no: number | null) => string;
  tableWide: string;
  /** A field's cell and what it shows, e.g. 結果（G2）. */
  fieldCell: (field: string, cell: string) => string;
  emptyCell: string;
  /** A value quoted: 「NSP」 or "NSP". */
  quoted: (text: string) => string;
  /** A cell link: where, then what it shows. */
  cellShows: (where: string, text: string) => string;
  selectCell: (cell: string) => string;
  showCell: (cell: string) => string;
  cellContent: (cell: string) => string;
  kpisSection: string;
  /** The folded section of each series' chart and table across fiscal years (loaded when unfolded). */
  trendSection: string;
  trendLoading: string;
  fiscalYear: (year: number) => string;
  yearCount: (year: string, count: number) => string;
  unknownYear: string;
  noResult: string;
  noTarget: string;
  components: { label: string; comparator: string; target: string; actual: string; status: string };
  comparator: Record<">=" | ">" | "<=" | "<", string>;
  /** A target figure with its comparator, e.g. 80%以上. */
  targetPhrase: (value: string, comparator: ">=" | ">" | "<=" | "<") => string;
  /** A component's label before its figure, e.g. 火新種：20%以上. */
  labelled: (label: string, value: string) => string;
  /** Items of a short list, e.g. two components. */
  listSeparator: string;
  componentStatus: Record<"met" | "not_met" | "missing", string>;
  noComponents: string;
  htmlSection: string;
  htmlPreviewTitle: string;
  copyHtml: string;
  /** The second copy: the HTML source as text. */
  copyHtmlSource: string;
  /** One line saying which copy to use where, folded under a question. */
  copyWhich: string;
  copyWhichSummary: string;
  /** Heading of the publish check: how many findings would put something wrong on the page. */
  publishCheck: (count: number) => string;
  copied: string;
  copyFailed: string;
  download: string;
  /** Shown where Excel cannot save files (desktop web views): the text box is the way out. */
  downloadUnavailable: string;
  selectAll: string;
  htmlSource: string;
  showSource: string;
  showPreview: string;
  settingsSection: string;
  asOf: string;
  asOfHint: string;
  asOfPlaceholder: string;
  asOfInvalid: string;
  fiscalYearStart: string;
  month: (m: number) => string;
  years: string;
  allYears: string;
  /** The all-sheets switch of the settings (off by default) and what it is for. */
  allSheets: string;
  allSheetsHint: string;
  writeBack: string;
  writeStatus: string;
  writeDisclosure: string;
  writeFindings: string;
  /** The 推移 sheet switch (off by default): each KPI over the years, with charts in Excel. */
  writeTrend: string;
  htmlOptions: string;
  htmlShowStatus: string;
  htmlClassOnly: string;
  htmlHeading: string;
  saveFailed: string;
  errors: Record<WorkbookErrorKind, string>;
  errorTitle: string;
  details: string;
  crashTitle: string;
  crashBody: string;
  reload: string;
  unsupported: (apiSet: string) => string;
  officeMissing: string;
  /** The ribbon command's notification. */
  commandDone: (counts: string) => string;
  /** The same after a check of several sheets (the settings' allSheets): how many sheets. */
  commandDoneSheets: (sheets: number, counts: string) => string;
  /** After a check of all sheets: the protected sheets whose status was not written (the rest was), as a sentence. */
  notWritten: (sheets: string) => string;
  /** The add-in's sheets not added because the workbook's structure is protected (the rest was written), as a sentence. */
  notAdded: (sheets: string) => string;
  /** A write refused because of one protected sheet: the sheet named. */
  protectedSheet: (sheet: string) => string;
  /** A write refused because it needed to add a sheet to a workbook whose structure is protected. */
  protectedStructure: string;
  commandNoTable: string;
  commandFailed: (message: string) => string;
  /** The ribbon command gave up before Office ends its runtime. */
  commandTimedOut: string;
}

const JA: UiStrings = {
  appTitle: "KPIチェック",
  run: "チェックを実行",
  running: "チェック中…",
  write: "シートに書き込む",
  writing: "書き込み中…",
  steps: { read: "シートを読み取っています…", check: "チェックしています…", write: "シートに書き込んでいます…", html: "HTMLを作成しています…" },
  intro: "KPIの表があるシートを開いて、［チェックを実行］をクリックしてください。",
  verdictFix: (count) => `公開前に直す箇所：${count}件`,
  verdictReady: "公開できます",
  verdictNoTable: "KPIの表が見つかりません",
  verdictPending: (count) => `集計中のKPIが${count}件あります。ホームページの結果には「集計中」と表示されます。`,
  checked: (kpis, findings) => `${kpis}件のKPIをチェックしました（指摘：${findings}件）。`,
  wrote: (sheets, statuses) =>
    statuses ? (sheets > 0 ? `達成状況と${sheets}枚のシートを書き込みました。` : "達成状況を書き込みました。") : sheets > 0 ? `${sheets}枚のシートを書き込みました。` : "",
  tableSection: "読み取った表",
  tableSummary: (sheet, range) => `読み取った表：「${sheet}」${range}`,
  sheet: "チェックするシート",
  sheetHasKpis: (sheet) => `${sheet}（KPIの表あり）`,
  layoutNames: {
    table: "表形式（1行に1つのKPI）",
    "two-row-header": "2段見出しの表",
    wide: "年度を横に並べた表",
    "next-target": "次期目標のある表",
    transposed: "行と列を入れ替えた表",
    blocks: "ホームページ形式（年度ごとのブロック）",
  },
  layout: "表の形",
  layoutAuto: "自動で判別",
  layoutDetected: (name) => `${name}（自動で判別）`,
  layoutChosen: (name) => `${name}（指定）`,
  skippedRows: (rows) => `KPIではない行として読み飛ばした行：${rows}`,
  tableAt: (range) => `範囲：${range}`,
  headerRows: (rows) => `見出し行：${rows}`,
  excelTable: (name) => `テーブル「${name}」`,
  mergesUnread: "このバージョンのExcelでは結合セルを読み取れないため、結合したセルは左上のセルの内容だけで読み取りました。年度や取組項目が読み取れていないときは、表のセルの結合を解除してから、もう一度チェックしてください。",
  otherKpiSheets: (sheets) => `ほかにKPIの表があるシート：${sheets}`,
  sheetsTogether: (sheets) => `まとめてチェックしたシート：${sheets}`,
  sheetsSummary: (count) => `読み取った表：${count}シートをまとめてチェック`,
  otherYearSheets: (sheets) => `ほかの年度のシート（${sheets}）もまとめてチェックできます。`,
  checkAllSheets: "まとめてチェック",
  yearSheetsHidden: (sheets) => `非表示のシート（${sheets}）はチェックしていません。含めるには、シートを再表示してから、もう一度実行してください。`,
  yearSheetsUnread: (sheets) => `年度のシート（${sheets}）からKPIの表を読み取れないため、チェックしていません。`,
  sheetCell: (sheet, cell) => `${sheet}!${cell}`,
  columnOf: "読み取った列",
  notMapped: "（なし）",
  noTableTitle: "KPIの表が見つかりません",
  noTableHint:
    "「年度」「No」「取組項目」などの見出し行がある表、またはホームページから貼り付けた「2024年度」で始まる表を開いてから、［チェックを実行］をクリックしてください。",
  summarySection: "達成状況の内訳",
  summaryLabel: (word, count) => `${word}：${count}件`,
  fixSection: "指摘",
  noFixes: "指摘はありません。",
  mustFixGroup: (count) => `公開前に直す箇所（${count}件）`,
  noMustFix: "公開前に直す箇所はありません。",
  reviewGroup: (count) => `確認したほうがよい箇所（${count}件）`,
  reviewHint: "公開はできますが、内容を確認してください。",
  infoFold: (count) => `情報（${count}件）`,
  repeated: (count) => `（${count}件）`,
  showMoreFixes: (count) => `ほか${count}件を表示`,
  showFewerFixes: "表示を減らす",
  severity: { error: "エラー", warning: "警告", info: "情報" },
  kpiRef: (year, no) => `${year === null ? "年度不明" : `${year}年度`}のNo.${no ?? "？"}`,
  tableWide: "表全体",
  fieldCell: (field, cell) => `${field}（${cell}）`,
  emptyCell: "（空欄）",
  quoted: (text) => `「${text}」`,
  cellShows: (where, text) => `${where}：${text}`,
  selectCell: (cell) => `セル${cell}を選択`,
  showCell: (cell) => `セル${cell}の内容を表示`,
  cellContent: (cell) => `セル${cell}の内容`,
  kpisSection: "年度別のKPI",
  trendSection: "推移",
  trendLoading: "推移を読み込んでいます。",
  fiscalYear: (year) => `${year}年度`,
  yearCount: (year, count) => `${year}（${count}件）`,
  unknownYear: "年度不明",
  noResult: "未入力",
  noTarget: "目標なし",
  components: { label: "項目", comparator: "条件", target: "目標", actual: "結果", status: "判定" },
  comparator: { ">=": "以上", ">": "超", "<=": "以下", "<": "未満" },
  targetPhrase: (value, comparator) => `${value}${JA.comparator[comparator]}`,
  labelled: (label, value) => `${label}：${value}`,
  listSeparator: "、",
  componentStatus: { met: "達成", not_met: "未達成", missing: "結果なし" },
  noComponents: "数値の目標はありません。",
  htmlSection: "ホームページ用HTML",
  htmlPreviewTitle: "HTMLのプレビュー",
  copyHtml: "HTMLをコピー",
  copyHtmlSource: "HTMLソースをコピー",
  copyWhichSummary: "どちらのコピーを使いますか？",
  publishCheck: (n) => `公開前の確認：このまま載せると誤りになる指摘が${n}件あります。コピーする前に確認してください。`,
  copyWhich:
    "編集画面にそのまま貼り付けるときは［HTMLをコピー］、HTMLブロック（WordPressの「カスタムHTML」など）やソース表示に貼り付けるときは［HTMLソースをコピー］を使ってください（見た目がすべて残ります）。",
  copied: "コピーしました。ホームページの編集画面に貼り付けてください。",
  copyFailed: "クリップボードにコピーできませんでした。下の欄を全選択してコピーするか、ファイルをダウンロードしてください。",
  download: "ファイルに保存",
  downloadUnavailable: "このExcelではファイルを保存できません。下の欄のHTMLを全選択してコピーし、ホームページの編集画面に貼り付けてください。",
  selectAll: "すべて選択",
  htmlSource: "HTMLソース",
  showSource: "ソースを表示",
  showPreview: "プレビューを表示",
  settingsSection: "設定（このブックに保存）",
  asOf: "判定の基準日",
  asOfHint: "空欄のときは今日の日付で判定します。",
  asOfPlaceholder: "2026/11/29",
  asOfInvalid: "日付を「2026/11/29」の形で入力してください。",
  fiscalYearStart: "年度の開始月",
  month: (m) => `${m}月`,
  years: "開示する年度",
  allYears: "すべての年度",
  allSheets: "すべてのシートをまとめてチェックする",
  allSheetsHint: "年度ごとにシートを分けている場合に使います。非表示のシートとアドインが作ったシートは読みません。",
  writeBack: "書き込むもの",
  writeStatus: "KPIシートの達成状況の列",
  writeDisclosure: "「開示用」シート",
  writeFindings: "「指摘一覧」シート",
  writeTrend: "「推移」シート（年度ごとの目標と結果、グラフ）",
  htmlOptions: "HTMLの設定",
  htmlShowStatus: "達成状況の列を付ける（達成、一部達成、未達成のみ）",
  htmlClassOnly: "クラス名だけで書く（ホームページ側のCSSで整える場合）",
  htmlHeading: "見出しと説明文を付ける",
  saveFailed: "設定をブックに保存できませんでした。もう一度変更してください。",
  errors: {
    "cell-edit-mode": "セルを編集中のため、Excelが操作を受け付けません。EnterキーかEscキーで編集を終えてから、もう一度実行してください。",
    protected: "シートまたはブックが保護されているため書き込めません。［校閲］タブで保護を解除してから、もう一度実行してください。",
    "too-large": "シートが大きすぎて一度に読み書きできません。KPIの表だけを別のシートに分けてから、もう一度実行してください。",
    "sheet-full": "シートの最後の行または列に値があるため、行や列を挿入できません。何も書き込んでいません。表から離れたセルに残った値を削除してから、もう一度実行してください。",
    unsupported: "このバージョンのExcelでは使えない機能があります。Microsoft 365またはExcel 2021以降でお使いください。",
    "sheet-not-found": "シートが見つかりません。名前が変わったか、削除された可能性があります。シートを選び直してください。",
    changed: "読み取った後にシートが変更されたため、何も書き込みませんでした。［チェックを実行］をクリックして、もう一度チェックしてください。",
    "insert-conflict": "新年度の行（または列）を挿入できませんでした。挿入する位置に配列数式、ピボットテーブル、フィルター、または結合セルがかかっていると、Excelは挿入を受け付けません。それらを表の外に移すか、フィルターや結合を解除してから、もう一度実行してください。",
    conflict: "ほかの変更（共同編集しているほかの人や、別のアドインの変更）と重なったため、Excelが変更を受け付けませんでした。少し待ってから、［チェックを実行］をクリックして、もう一度実行してください。",
    unknown: "Excelとのやり取りでエラーが発生しました。もう一度実行してください。",
  },
  errorTitle: "エラーが発生しました",
  details: "詳細",
  crashTitle: "表示中にエラーが発生しました",
  crashBody: "作業ウィンドウを開き直すと直ることがあります。ブックの内容は変わっていません。",
  reload: "開き直す",
  unsupported: (apiSet) => `このExcelは${apiSet}に対応していないため、KPIチェックを使えません。Microsoft 365またはExcel 2021以降でお使いください。`,
  officeMissing: "Officeに接続できません。Excelの中でこのアドインを開いてください。",
  commandDone: (counts) => `KPIチェック：${counts}`,
  commandDoneSheets: (sheets, counts) => `KPIチェック（${sheets}シート）：${counts}`,
  notWritten: (sheets) => `保護されているシート（${sheets}）には達成状況を書き込んでいません。書き込むには、［校閲］タブでシートの保護を解除してから、もう一度実行してください。`,
  notAdded: (sheets) => `ブックの構成が保護されているため、シート（${sheets}）を追加していません。追加するには、［校閲］タブの［ブックの保護］で保護を解除してから、もう一度実行してください。`,
  protectedSheet: (sheet) => `シート「${sheet}」は保護されているため書き込めません。［校閲］タブでシートの保護を解除してから、もう一度実行してください。`,
  protectedStructure: "ブックの構成が保護されているため、シートを追加できません。［校閲］タブの［ブックの保護］で保護を解除してから、もう一度実行してください。",
  commandNoTable: "KPIチェック：このシートにKPIの表が見つかりません。",
  commandTimedOut: "KPIチェック：時間がかかりすぎたため中断しました。作業ウィンドウからチェックしてください。",
  commandFailed: (message) => `KPIチェック：${message}`,
};

const EN: UiStrings = {
  appTitle: "KPI Check",
  run: "Check",
  running: "Checking…",
  write: "Write to sheet",
  writing: "Writing…",
  steps: { read: "Reading the sheet…", check: "Checking…", write: "Writing to the sheet…", html: "Making the HTML…" },
  intro: "Open the sheet with your KPI table and click Check.",
  verdictFix: (count) => `To fix before publishing: ${count}`,
  verdictReady: "Ready to publish",
  verdictNoTable: "No KPI table found",
  verdictPending: (count) => `${count} ${count === 1 ? "KPI is" : "KPIs are"} still being compiled. The page shows "Being compiled" as the result.`,
  checked: (kpis, findings) => `Checked ${kpis} KPIs (${findings} findings).`,
  wrote: (sheets, statuses) =>
    statuses ? (sheets > 0 ? `Wrote the statuses and ${sheets} sheet(s).` : "Wrote the statuses.") : sheets > 0 ? `Wrote ${sheets} sheet(s).` : "",
  tableSection: "Table found",
  tableSummary: (sheet, range) => `Table found: "${sheet}" ${range}`,
  sheet: "Sheet to check",
  sheetHasKpis: (sheet) => `${sheet} (has a KPI table)`,
  layoutNames: {
    table: "Table (one KPI per row)",
    "two-row-header": "Table with a two-row header",
    wide: "Years across columns",
    "next-target": "Table with next targets",
    transposed: "Transposed table",
    blocks: "Website layout (blocks per fiscal year)",
  },
  layout: "Table layout",
  layoutAuto: "Detect",
  layoutDetected: (name) => `${name} (detected)`,
  layoutChosen: (name) => `${name} (as set)`,
  skippedRows: (rows) => `Rows read past as not KPIs: ${rows}`,
  tableAt: (range) => `Range: ${range}`,
  headerRows: (rows) => `Header rows: ${rows}`,
  excelTable: (name) => `Excel table "${name}"`,
  mergesUnread: "This version of Excel cannot tell which cells are merged, so each merged cell was read as its top-left cell alone. If years or titles are missing from the reading, unmerge the table's cells, then check again.",
  otherKpiSheets: (sheets) => `Other sheets with a KPI table: ${sheets}`,
  sheetsTogether: (sheets) => `Sheets checked together: ${sheets}`,
  sheetsSummary: (count) => `Tables found: ${count} sheets checked together`,
  otherYearSheets: (sheets) => `The sheets of other years (${sheets}) can be checked together with this one.`,
  checkAllSheets: "Check all together",
  yearSheetsHidden: (sheets) => `The hidden sheets (${sheets}) were not checked. To include them, unhide them, then run again.`,
  yearSheetsUnread: (sheets) => `No KPI table could be read on the sheets of a year (${sheets}): they were not checked.`,
  sheetCell: (sheet, cell) => `${sheet}!${cell}`,
  columnOf: "Columns read",
  notMapped: "(none)",
  noTableTitle: "No KPI table found",
  noTableHint: "Open a table with a header row (Fiscal year, No, Initiative…) or one pasted from the website starting with a year heading, then click Check.",
  summarySection: "Status summary",
  summaryLabel: (word, count) => `${word}: ${count}`,
  fixSection: "Findings",
  noFixes: "No findings.",
  mustFixGroup: (count) => `Fix before publishing (${count})`,
  noMustFix: "Nothing to fix before publishing.",
  reviewGroup: (count) => `Worth checking (${count})`,
  reviewHint: "They do not stop publishing, but check them.",
  infoFold: (count) => `Info (${count})`,
  repeated: (count) => ` (${count} KPIs)`,
  showMoreFixes: (count) => `Show ${count} more`,
  showFewerFixes: "Show fewer",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  kpiRef: (year, no) => `${year === null ? "Unknown year" : `FY${year}`} No. ${no ?? "?"}`,
  tableWide: "Whole table",
  fieldCell: (field, cell) => `${field} (${cell})`,
  emptyCell: "(empty)",
  quoted: (text) => `“${text}”`,
  cellShows: (where, text) => `${where}: ${text}`,
  selectCell: (cell) => `Select cell ${cell}`,
  showCell: (cell) => `Show what cell ${cell} holds`,
  cellContent: (cell) => `Cell ${cell} holds`,
  kpisSection: "KPIs by fiscal year",
  trendSection: "Trends",
  trendLoading: "Loading the trends.",
  fiscalYear: (year) => `FY${year}`,
  yearCount: (year, count) => `${year} (${count})`,
  unknownYear: "Unknown year",
  noResult: "none",
  noTarget: "No target",
  components: { label: "Item", comparator: "Condition", target: "Target", actual: "Result", status: "Status" },
  comparator: { ">=": "or more", ">": "more than", "<=": "or less", "<": "less than" },
  targetPhrase: (value, comparator) => `${{ ">=": "≥", ">": ">", "<=": "≤", "<": "<" }[comparator]} ${value}`,
  labelled: (label, value) => `${label}: ${value}`,
  listSeparator: ", ",
  componentStatus: { met: "Met", not_met: "Not met", missing: "No result" },
  noComponents: "No numeric target.",
  htmlSection: "Website HTML",
  htmlPreviewTitle: "HTML preview",
  copyHtml: "Copy HTML",
  copyHtmlSource: "Copy HTML source",
  copyWhichSummary: "Which copy should I use?",
  publishCheck: (n) => `Before publishing: ${n} finding${n === 1 ? "" : "s"} would put something wrong on the page. Check ${n === 1 ? "it" : "them"} before copying.`,
  copyWhich:
    "Use Copy HTML to paste into an editor as it is, and Copy HTML source for an HTML block (WordPress \"Custom HTML\" and the like) or the editor's source view, which keeps the whole look.",
  copied: "Copied. Paste it into your website editor.",
  copyFailed: "Could not copy to the clipboard. Select all in the box below and copy, or download the file.",
  download: "Save as file",
  downloadUnavailable: "This Excel cannot save files. Select all of the HTML in the box below, copy it and paste it into your website editor.",
  selectAll: "Select all",
  htmlSource: "HTML source",
  showSource: "Show source",
  showPreview: "Show preview",
  settingsSection: "Settings (saved in this workbook)",
  asOf: "As-of date",
  asOfHint: "Leave empty to judge as of today.",
  asOfPlaceholder: "2026-11-29",
  asOfInvalid: "Enter the date as 2026-11-29.",
  fiscalYearStart: "Fiscal year starts in",
  month: (m) => ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1],
  years: "Fiscal years to publish",
  allYears: "All years",
  allSheets: "Check all sheets together",
  allSheetsHint: "For a workbook with one sheet per fiscal year. Hidden sheets and the sheets the add-in made are not read.",
  writeBack: "Write back",
  writeStatus: "Status column on the KPI sheet",
  writeDisclosure: "Disclosure sheet",
  writeFindings: "Findings sheet",
  writeTrend: "Trend sheet (targets and results by year, with charts)",
  htmlOptions: "HTML options",
  htmlShowStatus: "Add a status column (met, partly met, not met only)",
  htmlClassOnly: "Class names only (for a site that styles them with its own CSS)",
  htmlHeading: "Add the heading and lead text",
  saveFailed: "Could not save the settings in the workbook. Change them again.",
  errors: {
    "cell-edit-mode": "Excel is waiting for you to finish editing a cell. Press Enter or Esc, then try again.",
    protected: "The sheet or the workbook is protected. Unprotect it on the Review tab, then try again.",
    "too-large": "The sheet is too large to read or write at once. Move the KPI table to a sheet of its own, then try again.",
    "sheet-full": "Rows or columns cannot be inserted: a value in the sheet's last row or column would be pushed off the sheet. Nothing was written. Clear the stray cells far from the table, then try again.",
    unsupported: "This version of Excel lacks a feature the add-in needs. Use Microsoft 365 or Excel 2021 or later.",
    "sheet-not-found": "The sheet was not found. It may have been renamed or deleted. Choose the sheet again.",
    changed: "The sheet changed after it was read, so nothing was written. Run the check again.",
    "insert-conflict": "Next year's rows (or columns) could not be inserted: Excel refuses to insert through an array formula, a PivotTable, a filter or merged cells lying across them. Move them away from the table, or clear the filter or unmerge the cells, then try again.",
    conflict: "Excel refused the change because it clashed with another change at the same time (someone editing the workbook with you, or another add-in). Wait a moment, click Run check, then try again.",
    unknown: "Something went wrong talking to Excel. Try again.",
  },
  errorTitle: "Something went wrong",
  details: "Details",
  crashTitle: "Something went wrong in the pane",
  crashBody: "Reopening the task pane usually helps. Your workbook has not been changed.",
  reload: "Reopen",
  unsupported: (apiSet) => `This Excel does not support ${apiSet}, which KPI Check needs. Use Microsoft 365 or Excel 2021 or later.`,
  officeMissing: "Cannot connect to Office. Open this add-in from inside Excel.",
  commandDone: (counts) => `KPI Check: ${counts}`,
  commandDoneSheets: (sheets, counts) => `KPI Check (${sheets} sheets): ${counts}`,
  notWritten: (sheets) => `No status was written on the protected sheets (${sheets}). To write it, unprotect them on the Review tab, then run again.`,
  notAdded: (sheets) => `The workbook's structure is protected, so the sheets (${sheets}) were not added. To add them, turn off Protect Workbook on the Review tab, then run again.`,
  protectedSheet: (sheet) => `The sheet "${sheet}" is protected, so nothing was written. Unprotect it on the Review tab, then try again.`,
  protectedStructure: "The workbook's structure is protected, so no sheet can be added. Turn off Protect Workbook on the Review tab, then try again.",
  commandNoTable: "KPI Check: no KPI table on this sheet.",
  commandTimedOut: "KPI Check: this took too long and was stopped. Run the check from the task pane.",
  commandFailed: (message) => `KPI Check: ${message}`,
};

/**
 * The task pane's and the ribbon command's words in a language (Japanese by default).
 *
 * @example uiStrings("en").run // "Check"
 */
export function uiStrings(lang: Lang = "ja"): UiStrings {
  return lang === "en" ? EN : JA;
}
