import type { Lang } from "./Lang";

/** One option of `kpi-check`: how the command line reads it and what `--help` says of it. */
export interface CliOptionDefinition {
  /** The long name without the dashes (`sheet` for `--sheet`). */
  readonly name: string;
  /** A one-letter alias (`h` for `-h`). */
  readonly short?: string;
  /** `string` takes a value (`--sheet NAME`, `--sheet=NAME`); `boolean` is a switch (`--json`). */
  readonly type: "string" | "boolean";
  /** What the value looks like in the help (`NAME`, `YYYY-MM-DD`); only for `string` options. */
  readonly value?: string;
  /** What the option does, with its default, as whole sentences in each language. */
  readonly help: Readonly<Record<Lang, string>>;
}

/**
 * Every option of `kpi-check`, in the order `--help` lists them (cli-and-report.md). This table is the one place an
 * option is defined: `parseCliArgs` builds the command-line parser from it, `formatHelp` the usage text, so adding an
 * option is adding one entry here (its help in Japanese and English) and reading its value in `parseCliArgs`, where
 * it arrives under its long name.
 *
 * @example CLI_OPTIONS.find((o) => o.name === "json")?.type // "boolean"
 */
export const CLI_OPTIONS: readonly CliOptionDefinition[] = [
  {
    name: "sheet",
    type: "string",
    value: "NAME",
    help: {
      ja: "読み取るシートの名前です（.xlsx、.xlsm）。既定では、KPIの表がある最初のシートを読み取ります。",
      en: "The sheet to read (.xlsx, .xlsm). Default: the first sheet that holds a KPI table.",
    },
  },
  {
    name: "json",
    type: "boolean",
    help: {
      ja: "チェックの結果をJSONのレポートとして標準出力に出力します。ほかには何も出力しません。",
      en: "Print the check as a JSON report on stdout, and nothing else.",
    },
  },
  {
    name: "html",
    type: "string",
    value: "FILE",
    help: {
      ja: "ホームページに貼り付ける開示用のHTMLをFILEに書き出します。",
      en: "Write the disclosure HTML for the website to FILE.",
    },
  },
  {
    name: "out",
    type: "string",
    value: "FILE.xlsx",
    help: {
      ja: "達成状況の列、「開示用」シート、指摘のシートを加えたブックのコピーを書き出します（.xlsxのみ。CSVからは新しいブックを作ります）。入力ファイルは変更しません。",
      en: "Write a copy of the workbook with the status column, the disclosure sheet and the findings sheet (.xlsx only; a CSV gives a new workbook). The input file is never changed.",
    },
  },
  {
    name: "next-year",
    type: "string",
    value: "FILE.xlsx",
    help: {
      ja: "新年度の準備：最新の年度のKPIを次の年度の行としてコピーしたブックを書き出します（結果は空欄）。入力ファイルは変更しません。",
      en: "Prepare the next fiscal year: write a copy of the workbook with the latest year's KPIs copied as the next year's rows (No, title, description, scope, commitment and target copied, results empty). The input file is never changed.",
    },
  },
  {
    name: "as-of",
    type: "string",
    value: "YYYY-MM-DD",
    help: {
      ja: "結果が未入力の目標を「集計中」とするか「結果未入力」とするかを決める基準日です。既定は今日です。",
      en: "The date that decides whether a target without a result is pending or missing its result. Default: today.",
    },
  },
  {
    name: "fiscal-year-start",
    type: "string",
    value: "M",
    help: {
      ja: "年度の開始月（1〜12）です。既定は4（4月）です。",
      en: "The first month of the fiscal year, 1–12. Default: 4 (April).",
    },
  },
  {
    name: "years",
    type: "string",
    value: "LIST",
    help: {
      ja: "開示用のHTMLとシートに出す年度を、2023,2024のようにカンマで区切って指定します。シートにない年度はエラーです。既定はすべての年度です。",
      en: "The fiscal years to put in the disclosure, separated by commas, e.g. 2023,2024. A year the sheet does not have is an error. Default: all years.",
    },
  },
  {
    name: "lang",
    type: "string",
    value: "ja|en",
    help: {
      ja: "メッセージと出力の言語です。既定はjaです（環境変数LANGがenで始まるときはen）。",
      en: "The language of messages and output. Default: ja (en when the LANG environment variable starts with en).",
    },
  },
  {
    name: "schema",
    type: "string",
    value: "FILE",
    help: {
      ja: "代理店独自のKPIスキーマ（JSON）でチェックします。既定は組み込みのスキーマです。",
      en: "Check with an agency's own KPI schema (JSON). Default: the built-in schema.",
    },
  },
  {
    name: "html-style",
    type: "string",
    value: "inline|class",
    help: {
      ja: "HTMLの見た目の書き方です。inlineはスタイルを各要素に書き、そのまま貼り付けても整った表になります。classはクラス名だけを書きます（ホームページ側のCSSで整える場合）。既定はinlineです。",
      en: "How the HTML carries its look: inline writes the styles into each element, so that it looks right wherever it is pasted; class writes class names only (for a site with its own CSS). Default: inline.",
    },
  },
  {
    name: "html-css",
    type: "string",
    value: "FILE",
    help: {
      ja: "--html-style classで書いたHTMLの見た目のスタイルシート（CSS）をFILEに書き出します。ホームページのCSSに加えて使います。",
      en: "Write the stylesheet (CSS) of the HTML's look to FILE, for HTML written with --html-style class: add it to the site's CSS.",
    },
  },
  {
    name: "html-date",
    type: "string",
    value: "YYYY-MM-DD",
    help: {
      ja: "HTMLの見出しの下に「2026年11月29日現在」と書く日付です。「none」で書きません。既定は--as-ofの日付です。",
      en: "The date of the line “As of November 29, 2026” under the HTML's heading; “none” for no line. Default: the --as-of date.",
    },
  },
  {
    name: "html-status",
    type: "boolean",
    help: {
      ja: "HTMLと「開示用」シートに達成状況の列を加えます（達成、一部達成、未達成のみ）。既定では加えません。",
      en: "Add a status column (met, partly met, not met only) to the HTML and to the disclosure sheet. Default: none.",
    },
  },
  {
    name: "html-trend",
    type: "boolean",
    help: {
      ja: "HTMLに推移の欄（KPIごとの直近3年度の表とグラフ）を加えます。既定では加えません。",
      en: "Add a trend section to the HTML (per KPI, the targets and results of the last three years as a table and a chart). Off by default.",
    },
  },
  {
    name: "trend-sheet",
    type: "boolean",
    help: {
      ja: "KPIごとに各年度の目標と結果、達成状況を並べた「推移」シートを、--outのブックに加えます。--outではグラフを書き出せないため、表だけです。グラフはExcelのアドインで作れます。既定では加えません。",
      en: "Add a Trend sheet to the --out copy (per KPI, each fiscal year's target, result and status). --out cannot write charts, so the sheet has the tables only (the Excel add-in draws the charts). Off by default.",
    },
  },
  {
    name: "layout",
    type: "string",
    value: "NAME",
    help: {
      ja: "表の形を、自動で見分ける代わりに指定します。table（1行に1つのKPI）、two-row-header（2段の見出し）、wide（年度を横に並べた表）、next-target（目標・実績・次期目標）、transposed（行と列を入れ替えた表）、blocks（Webサイト形式）のいずれかです。既定では自動で見分けます。",
      en: "The sheet's layout instead of detecting it: table (one KPI per row), two-row-header, wide (years across columns), next-target (target, result, next target), transposed (rows and columns swapped) or blocks (the website's layout). Default: detected.",
    },
  },
  {
    name: "all-sheets",
    type: "boolean",
    help: {
      ja: "KPIの表がある表示中のシートをすべて、まとめて1回のチェックにします（1年度1シートのブック向け。シート名が年度になります）。",
      en: "Check every visible sheet that holds a KPI table as one check (for a workbook with one sheet per year; each sheet's name gives its year).",
    },
  },
  {
    name: "help",
    short: "h",
    type: "boolean",
    help: { ja: "この使い方を表示します。", en: "Show this help." },
  },
  {
    name: "version",
    type: "boolean",
    help: { ja: "バージョンを表示します。", en: "Show the version." },
  },
];
