import type { Lang } from "./Lang";

/** Texts of the `kpi-check` command's output and its one-line errors. */
export const CLI_MESSAGES = {
  ja: {
    usage:
      "使い方: kpi-check FILE [--sheet NAME] [--json] [--html FILE] [--out FILE] [--as-of YYYY-MM-DD] [--fiscal-year-start M] [--years 2023,2024] [--lang ja|en] [--schema FILE]",
    missingFile: "ファイルを指定してください",
    tooManyFiles: "ファイルは1つだけ指定してください",
    badOption: "オプションが正しくありません: {detail}",
    badAsOf: "--as-of は YYYY-MM-DD 形式の日付で指定してください: {value}",
    badStartMonth: "--fiscal-year-start は 1〜12 の整数で指定してください: {value}",
    badYears: "--years は 2023,2024 のように年度を並べてください: {value}",
    badLang: "--lang は ja か en です: {value}",
    cannotRead: "ファイルを読めません: {file}（{detail}）",
    noSuchSheet: "シート「{sheet}」がありません（あるシート: {sheets}）",
    schemaUnreadable: "スキーマファイルを読めません: {file}（{detail}）",
    schemaInvalid: "スキーマファイルに誤りがあります: {file}",
    sameAsInput: "{option} に入力ファイル自身は指定できません（入力ファイルは変更しません）",
    droppedParts: "このブックには書き出すと失われる部分があるため、--out では書き出しません: {parts}",
    cannotWrite: "ファイルを書き出せません: {file}（{detail}）",
    internal: "処理中に問題が発生しました: {detail}",
    wrote: "書き出しました: {file}",
    header: "KPIチェック  {file} ／ シート「{sheet}」{range} ／ 基準日 {asOf}（年度開始 {month}月）",
    layoutTable: "表形式",
    layoutBlocks: "Webサイト形式",
    fiscalYear: "{year}年度",
    unknownYear: "年度不明",
    columns: ["No", "状態", "取組項目", "目標 → 結果"],
    none: "（なし）",
    summary: "集計  KPI {count}件：",
    findings: "指摘  エラー {error} ／ 警告 {warning} ／ 情報 {info}",
    severity: { error: "エラー", warning: "警告", info: "情報" },
    partKinds: {
      chart: "グラフ", chartsheet: "グラフシート", "pivot-table": "ピボットテーブル", "vba-project": "マクロ (VBA)",
      slicer: "スライサー", timeline: "タイムライン", "external-link": "外部リンク", "drawing-shape": "図形",
      "header-footer-picture": "ヘッダー/フッターの画像", "sheet-extension": "シートの拡張データ", "form-control": "フォームコントロール", "embedded-object": "埋め込みオブジェクト",
      "threaded-comment": "スレッド形式のコメント", "data-connection": "データ接続", "data-model": "データモデル", other: "その他",
    },
    kpiRef: "{year}年度 No {no}",
    noTable: "KPIの表が見つかりませんでした。",
  },
  en: {
    usage:
      "usage: kpi-check FILE [--sheet NAME] [--json] [--html FILE] [--out FILE] [--as-of YYYY-MM-DD] [--fiscal-year-start M] [--years 2023,2024] [--lang ja|en] [--schema FILE]",
    missingFile: "Name a file to check",
    tooManyFiles: "Name only one file",
    badOption: "Invalid option: {detail}",
    badAsOf: "--as-of takes a date YYYY-MM-DD: {value}",
    badStartMonth: "--fiscal-year-start takes a whole number 1–12: {value}",
    badYears: "--years takes fiscal years such as 2023,2024: {value}",
    badLang: "--lang takes ja or en: {value}",
    cannotRead: "Cannot read the file: {file} ({detail})",
    noSuchSheet: "No sheet named “{sheet}” (sheets: {sheets})",
    schemaUnreadable: "Cannot read the schema file: {file} ({detail})",
    schemaInvalid: "The schema file has mistakes: {file}",
    sameAsInput: "{option} cannot be the input file (the input file is never modified)",
    droppedParts: "The workbook has parts that writing would lose, so --out writes nothing: {parts}",
    cannotWrite: "Cannot write the file: {file} ({detail})",
    internal: "Something went wrong: {detail}",
    wrote: "Wrote {file}",
    header: "KPI Check  {file} / sheet “{sheet}” {range} / as of {asOf} (fiscal year starts in month {month})",
    layoutTable: "table",
    layoutBlocks: "website blocks",
    fiscalYear: "FY{year}",
    unknownYear: "Unknown year",
    columns: ["No", "Status", "Initiative", "Target → Result"],
    none: "(none)",
    summary: "Summary  {count} KPIs:",
    findings: "Findings  errors {error} / warnings {warning} / info {info}",
    severity: { error: "error", warning: "warning", info: "info" },
    partKinds: {
      chart: "charts", chartsheet: "chart sheets", "pivot-table": "pivot tables", "vba-project": "macros (VBA)",
      slicer: "slicers", timeline: "timelines", "external-link": "external links", "drawing-shape": "shapes",
      "header-footer-picture": "header or footer pictures",
      "sheet-extension": "sheet extensions", "form-control": "form controls", "embedded-object": "embedded objects",
      "threaded-comment": "threaded comments", "data-connection": "data connections", "data-model": "data model", other: "other parts",
    },
    kpiRef: "FY{year} No {no}",
    noTable: "No KPI table was found.",
  },
} satisfies Record<Lang, unknown>;

/** The CLI texts of one language. */
export type CliMessages = (typeof CLI_MESSAGES)["ja"];

/**
 * Fills `{name}` placeholders of a template.
 *
 * @example fill("{a}件", { a: 3 }) // "3件"
 */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
