/**
 * Builds the realistic agency workbooks of the sheet-layout fixtures (kpi-rules.md §1, issue #13) into
 * tests/fixtures/layouts/workbooks/: one workbook per layout and per source of the fiscal year, kept as agency
 * staff keep them (title rows, merged cells, an Excel Table with a totals row, section headings, a units row,
 * footnotes, a repeated header, a hidden old sheet, a typed evaluation column, `#DIV/0!` pasted as a value, Nos such
 * as `No.2`, `(3)`, `１-１`, `①`), and beside each `<name>.expected.json`: how the contract says it reads — per run
 * (CLI arguments and as-of date) the layout, the sheet, each KPI's status by (fiscal year, No) and the rows that
 * are not KPIs. The expectations are written by hand from kpi-rules.md (the `why` of each KPI says the reasoning),
 * never taken from the engine's output.
 *
 * The KPI wording follows the style of the seed page (お客様アンケート, 対面募集率, 早期更改率, NPS, 勉強会 …) with
 * figures and phrasing of its own. The output is deterministic (fixed dates and zip timestamps): rebuilding gives the
 * same bytes, which tests/scripts/buildLayoutFixtures.test.ts checks against the committed files.
 *
 * Run: npm run fixtures:layouts
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixZipTimes } from "./build-sample";
import { KEPT_SHEET_FIXTURES } from "./layout-fixtures/keptSheets";
import { MORE_AGENCY_FIXTURES } from "./layout-fixtures/moreAgencies";
import { UNSEEN_AGENCY_FIXTURES } from "./layout-fixtures/unseenAgencies";

/** Where the workbooks and their expectations go. */
export const LAYOUT_FIXTURES_DIR = join(__dirname, "../tests/fixtures/layouts/workbooks");

const FIXED_DATE = new Date(Date.UTC(2025, 4, 30, 0, 0, 0));

/** A status of kpi-rules.md §3. */
export type Status = "met" | "partial" | "not_met" | "pending" | "missing_result" | "no_target" | "unevaluable";

/** One KPI the run must read: its fiscal year, its No as the contract reads it (`No.2` → "2", `１-１` → "1-1"). */
export interface ExpectedKpi {
  fiscalYear: number;
  no: string;
  /** The sheet row where the KPI starts, where two KPIs share year and No (a No merged over rows). */
  row?: number;
  /** The sheet the KPI comes from (runs over all sheets). */
  sheet?: string;
  status: Status;
  /** Why the contract gives this status. */
  why: string;
}

/** One `kpi-check` run over a fixture and what it must report. */
export interface ExpectedRun {
  /** Extra CLI arguments (besides the file, `--json` and `--as-of`). */
  args: string[];
  asOf: string;
  layout: string;
  sheet: string;
  /** When given, exactly the other sheets that hold a KPI table. */
  otherKpiSheets?: string[];
  /** Every KPI, in any order; the run reads no other. */
  kpis: ExpectedKpi[];
  /** The rows of the KPI range that are not KPIs, and why (the report's `source.skippedRows`). */
  skippedRows: { row: number; why: string }[];
  /** Findings the run must raise (code and sheet row); it raises no other error finding. */
  findings: { code: string; row: number }[];
}

/** A fixture's expectation file. */
export interface Expected {
  file: string;
  about: string;
  runs: ExpectedRun[];
}

/** A cell as staff type it: text, a number, a number with a format, a date, or nothing. */
export type Cell = string | number | null | { n: number; fmt: string } | { date: string; fmt: string } | { formula: string; error: string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Merges as `A1:H1`. */
  merges?: string[];
  hidden?: boolean;
  widths?: number[];
  /** An Excel Table over rows `header`..`header + rows` with a totals row labelled in its first column. */
  table?: { name: string; headerRow: number; rows: number; totals?: { label: string; countColumn: number; count: number } };
  /** 1-based rows to draw bold (headings). */
  bold?: number[];
  /** Rows (and columns) frozen at the top (left), as staff freeze a table's title and header. */
  freeze?: { row: number; col?: number };
  /** Rows printed on every page (Page Layout → Print Titles), as `1:6`. */
  printTitleRows?: string;
}

export interface Fixture {
  name: string;
  about: string;
  sheets: SheetSpec[];
  runs: ExpectedRun[];
}

const pct = (n: number, fmt = "0.0%"): Cell => ({ n, fmt });

// ——— shared wording, seed style ———
const DESC = {
  survey: "お客様からのお褒めの言葉やご不満の背景を分析し、業務改善・品質向上に活かしてまいります。",
  face: "対面での募集を基本とし、パンフレット等を活用して分かりやすい説明と誠実な情報提供に努めます。",
  renewal: "満期の2か月前からご案内を始め、保険始期までに余裕をもって更改手続きを完了いたします。",
  accident: "事故発生から保険金お支払いまでの対応品質を統一し、お客様に寄り添った事故対応を行います。",
  office: "申込書の記載内容を複数名で確認し、事務手続きの誤りを未然に防ぎます。",
  study: "年間の教育研修計画を策定し、商品研修・コンプライアンス研修を毎月実施いたします。",
  license: "幅広いご相談にお応えできるよう、保険以外の資格取得を奨励しています。",
  mobile: "スマートフォンアプリの登録をご案内し、ご契約内容をいつでも確認いただけるようにします。",
};

const TITLE = "お客さま本位の業務運営方針と重要業績評価指数(KPI)";

// ——— the fixtures ———

const tableListObject: Fixture = {
  name: "table-listobject",
  about:
    "table layout in an Excel Table with a totals row, title rows above, the year in a column; a hidden old sheet " +
    "before it; a staff-typed 達成状況 column of 〇/×/△ beside 実績 (the evaluation, never the result); `#DIV/0!` pasted as text; Nos `No.1`.",
  sheets: [
    {
      name: "旧KPI",
      hidden: true,
      rows: [
        ["年度", "No", "取組項目", "目標", "実績"],
        ["2022年度", 1, "お客様アンケート(契約募集)の収集", "回答数:150件", "131件"],
        ["2022年度", 2, "対面募集の推進", "対面募集率:40.0%", pct(0.323, "0.00%")],
      ],
    },
    {
      name: "KPI",
      widths: [11, 7, 30, 44, 14, 30, 26, 10, 24],
      merges: ["A1:I1"],
      bold: [1, 4],
      rows: [
        [TITLE],
        ["株式会社みらい保険サービス　お客さま本位推進室"],
        [],
        ["年度", "No", "取組項目", "取組内容", "対象", "目標", "実績", "達成状況", "備考"],
        ["2023年度", "No.1", "お客様アンケート(契約募集)の収集", DESC.survey, "全種目", "回答数:200件以上", "208件", "〇", null],
        ["2023年度", "No.2", "お客様との対話を通じた最適提案", DESC.face, "自動車保険・火災保険", "対面募集率:75%以上", pct(0.6, "0.00%"), "〇", "入力ミスではなく集計方法の変更による"],
        ["2023年度", "No.3", "事務品質の向上", DESC.office, "全種目", "事務ミス 3件以下", "#DIV/0!", null, "集計表から値貼付け"],
        ["2023年度", "No.4", "事故対応に関するお客様満足度向上", DESC.accident, "事故対応", "NPS(事故対応) 自動車:60.0pt 火新:70.0pt", "自動車:62.5pt 火新:69.2pt", "△", null],
        ["2024年度", "No.1", "お客様アンケート(契約募集)の収集", DESC.survey, "全種目", "回答数:220件以上", "196件", "×", null],
        ["2024年度", "No.2", "早期更改の実施", DESC.renewal, "自動車保険", "早期更改率:85%以上", "87.5%", "〇", null],
        ["2024年度", "No.3", "コンプライアンス研修", DESC.study, "社員", "コンプライアンス研修の毎月開催", "達成", "〇", null],
        ["2024年度", "No.4", "業務知識の向上", DESC.study, "社員", "年間勉強会12回以上", null, null, "3月分未集計"],
        ["合計", null, 8, null, null, null, null, null, null],
        [],
        ["※実績は各年度末(3月31日)時点の数値です。"],
      ],
      table: { name: "KPI一覧", headerRow: 4, rows: 8, totals: { label: "合計", countColumn: 3, count: 8 } },
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "60.00% < 75%; the typed 〇 is the evaluation and disagrees" },
        { fiscalYear: 2023, no: "3", status: "unevaluable", why: "#DIV/0! pasted as a value is a cell error, never a figure" },
        { fiscalYear: 2023, no: "4", status: "partial", why: "自動車 62.5 ≥ 60 met, 火新 69.2 < 70 not met" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "196件 < 220件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "87.5% ≥ 85%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "a text target answered 達成 (kpi-rules §1 judgement words)" },
        { fiscalYear: 2024, no: "4", status: "missing_result", why: "no result, FY2024 ended 2025-03-31 before the as-of date" },
      ],
      skippedRows: [{ row: 13, why: "totals" }],
      findings: [{ code: "evaluation-mismatch", row: 6 }],
    },
  ],
};

const tableCarried: Fixture = {
  name: "table-carried-year",
  about:
    "table layout in a plain range: the year written once and carried down (blank, 〃, 同上), a units row, section " +
    "headings 【…】 and ■, a No merged over two rows of one initiative, a repeated header, footnotes; Nos `(1)`, `①`, `１-１`.",
  sheets: [
    {
      name: "KPI管理表",
      widths: [11, 7, 32, 34, 22, 26],
      merges: ["A1:F1", "A5:F5", "A10:F10", "B11:B12", "C11:C12"],
      bold: [1, 3, 5, 10, 14],
      rows: [
        ["重要業績評価指標（KPI）管理表"],
        [],
        ["年度", "No", "取組項目", "目標", "実績", "備考"],
        [null, null, null, "（件・％）", "（件・％）", null],
        ["【お客様対応】"],
        ["2023年度", "(1)", "お客様アンケートの収集", "回答数:200件以上", "212件", null],
        ["〃", "(2)", "対面募集の推進", "対面募集率:75%以上", pct(0.681, "0.0%"), "前年差+7.1pt"],
        [null, "(3)", "早期更改の実施", "早期更改率:80%以上", "82%", null],
        [null, "(4)", "お客様情報の適切管理", null, null, "方針のみ（数値目標なし）"],
        ["■ 社員教育"],
        ["2024年度", "①", "業務知識の向上", "年間勉強会・品質向上会議12回以上", "12回", null],
        ["同上", null, null, "損保大学課程 合格者3名以上", "2名", null],
        ["同上", "②", "資格取得の推進", "上級資格取得者5名以上", "6名", null],
        ["年度", "No", "取組項目", "目標", "実績", "備考"],
        ["同上", "３-１", "モバイルアプリの登録推進", "アプリ登録数200件以上(新規)", "158件", null],
        ["〃", "３-２", "モバイルアプリの登録推進", "アプリ登録率30%以上", pct(0.312, "0.0%"), null],
        [],
        ["※1 実績は各年度末時点の数値です。"],
        ["※2 対面募集率＝対面での新規募集件数÷新規募集件数"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "KPI管理表",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "212件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "68.1% < 75% (〃 carries 2023年度)" },
        { fiscalYear: 2023, no: "3", status: "met", why: "82% ≥ 80% (a blank carries 2023年度)" },
        { fiscalYear: 2023, no: "4", status: "no_target", why: "a policy without a target" },
        { fiscalYear: 2024, no: "1", row: 11, status: "met", why: "12回 ≥ 12回" },
        { fiscalYear: 2024, no: "1", row: 12, status: "not_met", why: "2名 < 3名; No ① merged over the row, 同上 carries 2024年度" },
        { fiscalYear: 2024, no: "2", status: "met", why: "6名 ≥ 5名" },
        { fiscalYear: 2024, no: "3-1", status: "not_met", why: "158件 < 200件 (a repeated header above does not end the table)" },
        { fiscalYear: 2024, no: "3-2", status: "met", why: "31.2% ≥ 30%" },
      ],
      skippedRows: [
        { row: 4, why: "units" },
        { row: 5, why: "section" },
        { row: 10, why: "section" },
        { row: 14, why: "header" },
        { row: 18, why: "footnote" },
        { row: 19, why: "footnote" },
      ],
      findings: [],
    },
  ],
};

const perYearSheet = (year: string, kpis: Cell[][]): SheetSpec => ({
  name: year,
  widths: [6, 32, 16, 32, 24],
  merges: ["A1:E1"],
  bold: [1, 3],
  rows: [["KPI実績一覧"], [], ["No", "取組項目", "対象", "目標", "結果"], ...kpis],
});

const sheetPerYear: Fixture = {
  name: "sheet-per-year",
  about: "one sheet per year, the year only in the sheet name (`2023年度`, `R6`); a notes sheet without a table; default run and --all-sheets.",
  sheets: [
    {
      name: "はじめに",
      rows: [["このブックは年度ごとにシートを分けて管理しています。"], ["各シートの目標・結果は年度末に更新します。"]],
    },
    perYearSheet("2023年度", [
      [1, "お客様アンケートの収集", "全種目", "回答数:200件", "208件"],
      [2, "お客様との対話を通じた最適提案", "全種目", "対面募集率:75%", pct(0.6, "0.00%")],
      [3, "お客様との接点強化・情報提供", "お客様アンケート(自動車保険)", "設問Q4.⑥『良い』80.0%", "80.2%"],
    ]),
    perYearSheet("R6", [
      [1, "お客様アンケートの収集", "お客様", "お客様アンケート点数80点以上", null],
      [2, "お客様への早期アプローチ", "お客様", "早期更改率:85%以上", "86.1%"],
      [3, "業務知識の向上", "社員", "年間勉強会・品質向上会議12回", "10回"],
    ]),
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "2023年度",
      otherKpiSheets: ["R6"],
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "208件 ≥ 200件, year from the sheet name" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "60.00% < 75%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "80.2% ≥ 80.0% (Q4 and ⑥ are not the figure)" },
      ],
      skippedRows: [],
      findings: [],
    },
    {
      args: ["--all-sheets"],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "2023年度",
      kpis: [
        { fiscalYear: 2023, no: "1", sheet: "2023年度", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", sheet: "2023年度", status: "not_met", why: "60.00% < 75%" },
        { fiscalYear: 2023, no: "3", sheet: "2023年度", status: "met", why: "80.2% ≥ 80.0%" },
        { fiscalYear: 2024, no: "1", sheet: "R6", status: "pending", why: "no result, FY2024 (R6 = 令和6年度) runs until 2025-03-31" },
        { fiscalYear: 2024, no: "2", sheet: "R6", status: "met", why: "86.1% ≥ 85%" },
        { fiscalYear: 2024, no: "3", sheet: "R6", status: "not_met", why: "10回 < 12回" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const sheetPerYearRelative: Fixture = {
  name: "sheet-per-year-relative",
  about:
    "one sheet per year (`2023年度`, `2024年度`), 2024's targets relative to last year's result (`前年度実績以上`, " +
    "`前年度を上回る`, `前年比増加`): the sheet alone has no last year (`--sheet 2024年度`: not judged); `--all-sheets` " +
    "judges them against 2023's results on the other sheet.",
  sheets: [
    perYearSheet("2023年度", [
      [1, "お客様アンケートの収集", "全種目", "回答数:200件以上", "208件"],
      [2, "お客様への早期アプローチ", "全種目", "早期更改率:85%以上", pct(0.861)],
      [3, "業務知識の向上", "社員", "年間勉強会:12回以上", "12回"],
    ]),
    perYearSheet("2024年度", [
      [1, "お客様アンケートの収集", "全種目", "回答数:前年度実績以上", "215件"],
      [2, "お客様への早期アプローチ", "全種目", "早期更改率:前年度を上回る", pct(0.855)],
      [3, "業務知識の向上", "社員", "年間勉強会:前年比増加", "14回"],
      [4, "Web手続きの推進", "全種目", "Web手続き件数:前年度実績以上", "120件"],
    ]),
  ],
  runs: [
    {
      args: ["--sheet", "2024年度"],
      asOf: "2025-06-30",
      layout: "table",
      sheet: "2024年度",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "unevaluable", why: "前年度実績以上: last year's result is on another sheet, not checked" },
        { fiscalYear: 2024, no: "2", status: "unevaluable", why: "前年度を上回る: no baseline on this sheet" },
        { fiscalYear: 2024, no: "3", status: "unevaluable", why: "前年比増加: no baseline on this sheet" },
        { fiscalYear: 2024, no: "4", status: "unevaluable", why: "a new KPI: no last year's result anywhere" },
      ],
      skippedRows: [],
      findings: [
        { code: "baseline-unknown", row: 4 },
        { code: "baseline-unknown", row: 5 },
        { code: "baseline-unknown", row: 6 },
        { code: "baseline-unknown", row: 7 },
      ],
    },
    {
      args: ["--all-sheets"],
      asOf: "2025-06-30",
      layout: "table",
      sheet: "2023年度",
      kpis: [
        { fiscalYear: 2023, no: "1", sheet: "2023年度", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", sheet: "2023年度", status: "met", why: "86.1% ≥ 85%" },
        { fiscalYear: 2023, no: "3", sheet: "2023年度", status: "met", why: "12回 ≥ 12回" },
        { fiscalYear: 2024, no: "1", sheet: "2024年度", status: "met", why: "215件 ≥ 208件, 2023's result on the sheet 2023年度" },
        { fiscalYear: 2024, no: "2", sheet: "2024年度", status: "not_met", why: "85.5% is not above 86.1%, 2023's result" },
        { fiscalYear: 2024, no: "3", sheet: "2024年度", status: "met", why: "14回 > 12回, 2023's result" },
        { fiscalYear: 2024, no: "4", sheet: "2024年度", status: "unevaluable", why: "a new KPI: no last year's result anywhere" },
      ],
      skippedRows: [],
      findings: [
        { code: "baseline-from-previous-year", row: 4 },
        { code: "baseline-from-previous-year", row: 5 },
        { code: "baseline-from-previous-year", row: 6 },
        { code: "baseline-unknown", row: 7 },
      ],
    },
  ],
};

const titleRowEra: Fixture = {
  name: "title-row-era",
  about:
    "the year only in a title row in era form (`令和6年度`), with a dated line below it; headers 項番 / 取組方針 / 数値目標 / " +
    "実績値 / 自己評価 (達成 / 未達 typed by staff: the evaluation).",
  sheets: [
    {
      name: "KPI",
      widths: [6, 28, 40, 30, 16, 10],
      merges: ["A1:F1", "A2:F2"],
      bold: [1, 4],
      rows: [
        ["令和6年度　お客さま本位の業務運営に関するKPI"],
        ["作成：2025年5月　営業推進部"],
        [],
        ["項番", "取組方針", "具体的取組", "数値目標", "実績値", "自己評価"],
        [1, "お客様の声の収集と活用", DESC.survey, "アンケート回収数:300件以上", "325件", "達成"],
        [2, "事故対応品質の向上", DESC.accident, "NPS(事故対応) 自動車:50.0pt 火新:60.0pt", "自動車:52.1pt 火新:61.0pt", "達成"],
        [3, "スマートフォンアプリの登録推進", DESC.mobile, "アプリ登録数100件(新規)", "84件", "達成"],
        [4, "保険以外の資格取得", DESC.license, "FP2級以上の取得者2名以上", "1名", "未達"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "325件 ≥ 300件; 令和6年度 = FY2024 from the title row, not the 2025年5月 of the line below" },
        { fiscalYear: 2024, no: "2", status: "met", why: "52.1 ≥ 50 and 61.0 ≥ 60" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "84件 < 100件; the typed 達成 is the evaluation and disagrees" },
        { fiscalYear: 2024, no: "4", status: "not_met", why: "1名 < 2名" },
      ],
      skippedRows: [],
      findings: [{ code: "evaluation-mismatch", row: 7 }],
    },
  ],
};

const periodColumn: Fixture = {
  name: "period-column",
  about: "the year column holds periods: `2023年4月～2024年3月` and `2024/04-2025/03`; the as-of date falls inside FY2024.",
  sheets: [
    {
      name: "KPI一覧",
      widths: [22, 6, 30, 30, 18],
      bold: [1, 2],
      rows: [
        ["年度", "No", "取組項目", "目標", "結果"],
        ["2023年4月～2024年3月", 1, "お客様アンケートの収集", "回答数:200件", "205件"],
        ["2023年4月～2024年3月", 2, "早期更改の実施", "早期更改率80.0%", "78.4%"],
        ["2024/04-2025/03", 1, "お客様アンケートの収集", "回答数:220件", null],
        ["2024/04-2025/03", 2, "早期更改の実施", "早期更改率:82.0%以上", "83.0%"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "KPI一覧",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "205件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "78.4% < 80.0%" },
        { fiscalYear: 2024, no: "1", status: "pending", why: "no result, FY2024 ends 2025-03-31 after the as-of date" },
        { fiscalYear: 2024, no: "2", status: "met", why: "83.0% ≥ 82.0%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const dateAndEraColumn: Fixture = {
  name: "date-era-column",
  about:
    "the year column holds what staff type instead of a year: a date cell inside the fiscal year (2024/3/31 = FY2023), " +
    "`令和6年度`, `R6`; Nos `No.1`, `No.2`.",
  sheets: [
    {
      name: "実績管理",
      widths: [14, 8, 30, 30, 18],
      bold: [1],
      rows: [
        ["対象年度", "番号", "取組", "KPI目標", "実績値"],
        [{ date: "2024-03-31", fmt: "yyyy/m/d" }, "No.1", "お客様アンケートの収集", "回答数:200件", "196件"],
        [{ date: "2024-03-31", fmt: "yyyy/m/d" }, "No.2", "対面募集の推進", "対面募集率:40.0%", pct(0.412, "0.0%")],
        ["令和6年度", "No.1", "お客様アンケートの収集", "回答数:200件", "230件"],
        ["R6", "No.2", "対面募集の推進", "対面募集率:45.0%", pct(0.438, "0.0%")],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "実績管理",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "not_met", why: "196件 < 200件; 2024/3/31 lies in FY2023 (April start)" },
        { fiscalYear: 2023, no: "2", status: "met", why: "41.2% ≥ 40.0%" },
        { fiscalYear: 2024, no: "1", status: "met", why: "230件 ≥ 200件; 令和6年度 = 2024" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "43.8% < 45.0%; R6 = 2024" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const twoRowHeader: Fixture = {
  name: "two-row-header",
  about: "a two-row header: 目標 and 実績 merged over `2023年度 | 2024年度`, No and 取組項目 merged down both header rows; a title row.",
  sheets: [
    {
      name: "KPI",
      widths: [6, 30, 22, 22, 22, 22],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:D3", "E3:F3"],
      bold: [1, 3, 4],
      rows: [
        ["重要業績評価指標(KPI)の推移"],
        [],
        ["No", "取組項目", "目標", null, "実績", null],
        [null, null, "2023年度", "2024年度", "2023年度", "2024年度"],
        [1, "お客様アンケートの収集", "回答数:200件", "回答数:220件", "208件", null],
        [2, "対面募集の推進", "対面募集率:75%", "対面募集率:75%", pct(0.6, "0.00%"), "76.5%"],
        [3, "早期更改の実施", "早期更改率:85%以上", "早期更改率:85%以上", "86.0%", "84.9%"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "two-row-header",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2024, no: "1", status: "pending", why: "no 2024 result yet, FY2024 not ended" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "60.00% < 75%" },
        { fiscalYear: 2024, no: "2", status: "met", why: "76.5% ≥ 75%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "86.0% ≥ 85%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "84.9% < 85%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const twoRowHeaderYearOver: Fixture = {
  name: "two-row-header-year-over",
  about: "a two-row header the other way round: `令和5年度` and `令和6年度` merged over `目標 | 結果`; footnote below.",
  sheets: [
    {
      name: "KPI(R5-R6)",
      widths: [6, 28, 24, 16, 24, 16],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
      bold: [1, 2],
      rows: [
        ["No", "取組項目", "令和5年度", null, "令和6年度", null],
        [null, null, "目標", "結果", "目標", "結果"],
        [1, "お客様アンケートの収集", "回答数:150件以上", "162件", "回答数:180件以上", "171件"],
        [2, "事務品質の向上", "事務ミス 5件以下", "3件", "事務ミス 3件以下", "4件"],
        [3, "コンプライアンス研修", "コンプライアンス研修の毎月開催", "達成", "コンプライアンス研修の毎月開催", "未達"],
        [],
        ["※ 事務ミス件数は社内報告書の件数です。"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "two-row-header",
      sheet: "KPI(R5-R6)",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "162件 ≥ 150件" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "171件 < 180件" },
        { fiscalYear: 2023, no: "2", status: "met", why: "3件 ≤ 5件" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "4件 > 3件" },
        { fiscalYear: 2023, no: "3", status: "met", why: "text target, 達成" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "text target, 未達" },
      ],
      skippedRows: [{ row: 7, why: "footnote" }],
      findings: [],
    },
  ],
};

const wide: Fixture = {
  name: "wide",
  about: "years across columns: `2022年度目標 | 2022年度実績 | 2023年度目標 | 2023年度実績 | 2024年度目標 | 2024年度実績`; title rows; a footnote.",
  sheets: [
    {
      name: "KPI推移",
      widths: [6, 28, 18, 14, 18, 14, 18, 14],
      merges: ["A1:H1"],
      bold: [1, 3],
      rows: [
        ["KPI推移表（3か年）"],
        [],
        ["No", "取組項目", "2022年度目標", "2022年度実績", "2023年度目標", "2023年度実績", "2024年度目標", "2024年度実績"],
        [1, "お客様アンケートの収集", "回答数:200件", "196件", "回答数:200件", "208件", "回答数:220件", "231件"],
        [2, "対面募集の推進", "対面募集率:40.0%", pct(0.323, "0.00%"), "対面募集率:75%", pct(0.6, "0.00%"), "対面募集率:75%", pct(0.752, "0.00%")],
        [3, "事故対応満足度", "NPS 自動車:60.0pt 火新:70.0pt", "自動車:40.0pt", "NPS 自動車:60.0pt 火新:70.0pt", "自動車:61.2pt 火新:70.5pt", "NPS 自動車:60.0pt 火新:70.0pt", null],
        [],
        ["※ 2024年度の事故対応NPSは集計中です。"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "wide",
      sheet: "KPI推移",
      kpis: [
        { fiscalYear: 2022, no: "1", status: "not_met", why: "196件 < 200件" },
        { fiscalYear: 2023, no: "1", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2024, no: "1", status: "met", why: "231件 ≥ 220件" },
        { fiscalYear: 2022, no: "2", status: "not_met", why: "32.30% < 40.0%" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "60.00% < 75%" },
        { fiscalYear: 2024, no: "2", status: "met", why: "75.20% ≥ 75%" },
        { fiscalYear: 2022, no: "3", status: "not_met", why: "自動車 40 < 60 and 火新 missing: no component met (as the seed's 2022 No 4, kpi-rules §5)" },
        { fiscalYear: 2023, no: "3", status: "met", why: "61.2 ≥ 60 and 70.5 ≥ 70" },
        { fiscalYear: 2024, no: "3", status: "missing_result", why: "no result, FY2024 ended before the as-of date" },
      ],
      skippedRows: [{ row: 8, why: "footnote" }],
      findings: [],
    },
  ],
};

const wideEra: Fixture = {
  name: "wide-era",
  about: "years across columns in era and bracket forms: `R5目標 | 実績（令和5年度） | 目標(2024) | 実績(2024)`; the header `指標` for the title; full-width Nos.",
  sheets: [
    {
      name: "KPI",
      widths: [8, 28, 22, 16, 22, 16],
      bold: [1],
      rows: [
        ["No.", "指標", "R5目標", "実績（令和5年度）", "目標(2024)", "実績(2024)"],
        ["１", "早期更改率", "早期更改率:80%以上", "82.0%", "早期更改率:85%以上", "84.0%"],
        ["２", "お客様アンケート回答数", "回答数:200件", "211件", "回答数:200件", "200件"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "wide",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "82.0% ≥ 80%; R5 = 2023" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "84.0% < 85%" },
        { fiscalYear: 2023, no: "2", status: "met", why: "211件 ≥ 200件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "200件 ≥ 200件 (equal meets)" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const nextTarget: Fixture = {
  name: "next-target",
  about: "target / result / next target: `年度 | No | 取組項目 | 目標 | 実績 | 次期目標`; the next target is next year's record without a result.",
  sheets: [
    {
      name: "KPI",
      widths: [11, 6, 30, 24, 14, 24],
      merges: ["A1:F1"],
      bold: [1, 3],
      rows: [
        [`${TITLE}　2023年度実績と次期目標`],
        [],
        ["年度", "No", "取組項目", "目標", "実績", "次期目標"],
        ["2023年度", 1, "お客様アンケートの収集", "回答数:200件", "208件", "回答数:220件"],
        ["2023年度", 2, "早期更改の実施", "早期更改率:80%以上", "78.0%", "早期更改率:80%以上"],
        ["2023年度", 3, "業務知識の向上", "年間勉強会10回以上", "12回", "年間勉強会12回以上"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "next-target",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2024, no: "1", status: "pending", why: "the next target is FY2024's, without a result, FY2024 not ended" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "78.0% < 80%" },
        { fiscalYear: 2024, no: "2", status: "pending", why: "next target, no result yet" },
        { fiscalYear: 2023, no: "3", status: "met", why: "12回 ≥ 10回" },
        { fiscalYear: 2024, no: "3", status: "pending", why: "next target, no result yet" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const transposed: Fixture = {
  name: "transposed",
  about: "transposed: rows `2023年度目標 | 2023年度結果 | 2024年度目標 | 2024年度結果`, one column per KPI, a No row and the KPI names in the header row.",
  sheets: [
    {
      name: "KPI",
      widths: [16, 22, 22, 22, 22],
      merges: ["A1:E1"],
      bold: [1, 3, 4],
      rows: [
        ["KPI実績（年度別）"],
        [],
        ["No", 1, 2, 3, 4],
        ["取組項目", "お客様アンケート回答数", "対面募集率", "早期更改率", "事務ミス件数"],
        ["2023年度目標", "回答数:200件以上", "対面募集率:75%以上", "早期更改率:85%以上", "事務ミス 3件以下"],
        ["2023年度結果", "208件", pct(0.6, "0.00%"), "86.0%", "2件"],
        ["2024年度目標", "回答数:220件以上", "対面募集率:75%以上", "早期更改率:85%以上", "事務ミス 3件以下"],
        ["2024年度結果", null, pct(0.71, "0.00%"), "88.0%", "5件"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "transposed",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "60.00% < 75%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "86.0% ≥ 85%" },
        { fiscalYear: 2023, no: "4", status: "met", why: "2件 ≤ 3件" },
        { fiscalYear: 2024, no: "1", status: "pending", why: "no result, FY2024 not ended" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "71.00% < 75%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "88.0% ≥ 85%" },
        { fiscalYear: 2024, no: "4", status: "not_met", why: "5件 > 3件" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const blocks: Fixture = {
  name: "blocks",
  about:
    "the website table pasted into Excel: a year heading, per KPI `No | title`, description, `対象 | …`, `目標 | … | 結果(YYYY年度) | …`, " +
    "commitment; one KPI with its result on its own `結果 | …` row, one without 対象, a policy without a target; notes above.",
  sheets: [
    pastedPage("Webサイト貼付", [
      ["運営方針"],
      [TITLE],
      ["2024年度"],
      [1, "お客様アンケートの収集"],
      [DESC.survey],
      ["対象", "お客様"],
      ["目標", "お客様アンケート点数80点以上", "結果(2024年度)", "82点"],
      ["当社に寄せられたお客様の声を真摯に受け止め、業務の改善・品質向上に活かします。"],
      [2, "お客様への最適提案"],
      [DESC.face],
      ["対象", "お客様"],
      ["目標", "対面募集率:75%"],
      ["結果", pct(0.702, "0.0%")],
      ["お客様の求める商品・サービスを提案します。"],
      [3, "業務知識の向上"],
      [DESC.study],
      ["目標", "年間勉強会・品質向上会議12回", "結果(2024年度)", "12回"],
      ["お客様に関わる情報等を組織として適切に管理いたします。"],
      [4, "人事評価制度の導入"],
      ["四半期ごとに従業員との面談を通して評価を実施いたします。"],
      ["上記方針を実施するための研修・教育を実施いたします。"],
      ["2023年度"],
      [1, "お客様アンケートの収集"],
      [DESC.survey],
      ["対象", "全種目"],
      ["目標", "回答数:200件", "結果(2023年度)", "196件"],
      ["お客様の声を業務改善に活かします。"],
    ]),
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "blocks",
      sheet: "Webサイト貼付",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "82点 ≥ 80点" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "70.2% < 75% (result on its own 結果 row)" },
        { fiscalYear: 2024, no: "3", status: "met", why: "12回 ≥ 12回 (no 対象 row)" },
        { fiscalYear: 2024, no: "4", status: "no_target", why: "a policy without a target" },
        { fiscalYear: 2023, no: "1", status: "not_met", why: "196件 < 200件" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const tableOffset: Fixture = {
  name: "table-offset-marks",
  about:
    "table set in from the sheet's edge (header at B4, column A blank), the year in the sheet name (`2023年度実績`), headers " +
    "`# | 取組方針 | KPI目標 | 結果(2023年度) | 判定` with ○ / ✕ typed by staff; results as numbers with formats (`#,##0\"件\"` shows " +
    "1,024件, `0.0%`), a target over two lines (Alt+Enter).",
  sheets: [
    {
      name: "2023年度実績",
      widths: [2, 5, 28, 30, 16, 8],
      merges: ["B2:F2"],
      bold: [2, 4],
      rows: [
        [],
        [null, "重要業績評価指標(KPI)　実績報告"],
        [],
        [null, "#", "取組方針", "KPI目標", "結果(2023年度)", "判定"],
        [null, 1, "お客様アンケートの収集", "回答数:1,000件以上\n(自動車・火災)", { n: 1024, fmt: '#,##0"件"' }, "○"],
        [null, 2, "早期更改の実施", "早期更改率:85%以上", pct(0.843), "○"],
        [null, 3, "事故対応満足度の向上", "NPS(事故対応) 60.0pt以上", "58.5pt", "✕"],
        [null, 4, "募集人教育", "年間勉強会12回以上", { n: 12, fmt: '0"回"' }, "○"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "2023年度実績",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "1,024件 (a number shown with its format) ≥ 1,000件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "84.3% < 85%; the typed ○ is the evaluation and disagrees" },
        { fiscalYear: 2023, no: "3", status: "not_met", why: "58.5pt < 60.0pt" },
        { fiscalYear: 2023, no: "4", status: "met", why: "12回 ≥ 12回" },
      ],
      skippedRows: [],
      findings: [{ code: "evaluation-mismatch", row: 6 }],
    },
  ],
};

const twoRowHeaderEval: Fixture = {
  name: "two-row-header-evaluation",
  about:
    "a two-row header with each year over `目標 | 実績 | 評価` (FY2023 and FY2024 merged over three columns each), staff " +
    "evaluations 達成 / 未達 per year, a units row and a footnote.",
  sheets: [
    {
      name: "KPI評価",
      widths: [6, 26, 20, 12, 8, 20, 12, 8],
      merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1"],
      bold: [1, 2],
      rows: [
        ["No", "取組項目", "FY2023", null, null, "FY2024", null, null],
        [null, null, "目標", "実績", "評価", "目標", "実績", "評価"],
        [1, "お客様アンケートの収集", "回答数:200件", "208件", "達成", "回答数:220件", "219件", "達成"],
        [2, "対面募集の推進", "対面募集率:70%以上", pct(0.712), "達成", "対面募集率:75%以上", pct(0.768), "達成"],
        [3, "事務品質の向上", "事務ミス 5件以下", "6件", "未達", "事務ミス 5件以下", "2件", "達成"],
        [],
        ["※ 評価は各年度末に業務管理部が記入しています。"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "two-row-header",
      sheet: "KPI評価",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "208件 ≥ 200件" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "219件 < 220件; the typed 達成 is the evaluation and disagrees" },
        { fiscalYear: 2023, no: "2", status: "met", why: "71.2% ≥ 70%" },
        { fiscalYear: 2024, no: "2", status: "met", why: "76.8% ≥ 75%" },
        { fiscalYear: 2023, no: "3", status: "not_met", why: "6件 > 5件" },
        { fiscalYear: 2024, no: "3", status: "met", why: "2件 ≤ 5件" },
      ],
      skippedRows: [{ row: 7, why: "footnote" }],
      findings: [{ code: "evaluation-mismatch", row: 3 }],
    },
  ],
};

const transposedEra: Fixture = {
  name: "transposed-era",
  about: "transposed with era years and an evaluation row: `令和5年度 目標 | 令和5年度 実績 | 令和5年度 評価 | 令和6年度 目標 | …`, KPI names in the header row (no No row), a footnote.",
  sheets: [
    {
      name: "KPI(横)",
      widths: [18, 20, 20, 20],
      bold: [1],
      rows: [
        ["取組項目", "お客様アンケート回答数", "早期更改率", "コンプライアンス研修"],
        ["令和5年度 目標", "回答数:150件", "早期更改率:80%以上", "コンプライアンス研修の毎月開催"],
        ["令和5年度 実績", "155件", "79.5%", "達成"],
        ["令和5年度 評価", "〇", "×", "〇"],
        ["令和6年度 目標", "回答数:160件", "早期更改率:80%以上", "コンプライアンス研修の毎月開催"],
        ["令和6年度 実績", "171件", "81.0%", null],
        ["令和6年度 評価", "〇", "〇", null],
        [],
        ["※ 研修は外部講師によるものを含みます。"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "transposed",
      sheet: "KPI(横)",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "155件 ≥ 150件; KPIs numbered by their order (no No row)" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "79.5% < 80%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "text target, 達成" },
        { fiscalYear: 2024, no: "1", status: "met", why: "171件 ≥ 160件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "81.0% ≥ 80%" },
        { fiscalYear: 2024, no: "3", status: "pending", why: "no result, FY2024 not ended" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const wideTable: Fixture = {
  name: "wide-listobject",
  about:
    "years across columns inside an Excel Table with a totals row (`平均` label, an average of nothing KPI-like): " +
    "`No | 指標 | FY2023目標 | FY2023実績 | FY2024目標 | FY2024実績`.",
  sheets: [
    {
      name: "KPI",
      widths: [6, 26, 20, 12, 20, 12],
      bold: [1],
      rows: [
        ["No", "指標", "FY2023目標", "FY2023実績", "FY2024目標", "FY2024実績"],
        [1, "早期更改率", "早期更改率:80%以上", pct(0.813), "早期更改率:85%以上", pct(0.847)],
        [2, "対面募集率", "対面募集率:70%以上", pct(0.705), "対面募集率:75%以上", pct(0.781)],
        [3, "アンケート回答数", "回答数:200件", "212件", "回答数:220件", "225件"],
        ["平均", null, null, null, null, null],
      ],
      table: { name: "KPI推移", headerRow: 1, rows: 3, totals: { label: "平均", countColumn: 2, count: 3 } },
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "wide",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "81.3% ≥ 80%" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "84.7% < 85%" },
        { fiscalYear: 2023, no: "2", status: "met", why: "70.5% ≥ 70%" },
        { fiscalYear: 2024, no: "2", status: "met", why: "78.1% ≥ 75%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "212件 ≥ 200件" },
        { fiscalYear: 2024, no: "3", status: "met", why: "225件 ≥ 220件" },
      ],
      skippedRows: [{ row: 5, why: "totals" }],
      findings: [],
    },
  ],
};

const blocksVariants: Fixture = {
  name: "blocks-variants",
  about: "a website paste whose page numbers KPIs `No.1`, `②` and labels the result `実績(2023年度)`; two years, the older without results.",
  sheets: [
    pastedPage("貼付", [
      [TITLE],
      ["2023年度"],
      ["No.1", "お客様アンケートの収集"],
      [DESC.survey],
      ["対象", "全種目"],
      ["目標", "回答数:200件", "実績(2023年度)", "203件"],
      ["お客様の声を業務改善に活かします。"],
      ["②", "対面募集の推進"],
      [DESC.face],
      ["対象", "自動車保険・火災保険"],
      ["目標", "対面募集率:75%", "実績(2023年度)", pct(0.689, "0.0%")],
      ["お客様の求める商品を提案します。"],
      ["2022年度"],
      ["No.1", "お客様アンケートの収集"],
      [DESC.survey],
      ["対象", "自動車保険"],
      ["目標", "回答数:180件"],
      ["お客様の声を業務改善に活かします。"],
    ]),
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "blocks",
      sheet: "貼付",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "203件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "68.9% < 75%" },
        { fiscalYear: 2022, no: "1", status: "missing_result", why: "no result cell, FY2022 ended" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const secondTable: Fixture = {
  name: "table-second-table",
  about:
    "table layout with the year in a column and a second table below the first (a 【参考】 heading and its own header " +
    "`年度 | 回答数 | 総合満足度`); a result that is a formula giving #N/A (its lookup on the 集計 sheet finds nothing).",
  sheets: [
    {
      name: "KPI",
      widths: [11, 6, 30, 30, 18, 14],
      merges: ["A1:F1", "A9:F9"],
      bold: [1, 3, 9, 10],
      rows: [
        [TITLE],
        [],
        ["年度", "No", "取組項目", "目標", "実績", "担当"],
        ["2024年度", 1, "お客様アンケートの収集", "回答数:200件以上", "214件", "営業課"],
        ["2024年度", 2, "対面募集の推進", "対面募集率:75%以上", pct(0.774, "0.0%"), "営業課"],
        ["2024年度", 3, "アプリ登録の推進", "アプリ登録数150件以上(新規)", { formula: "VLOOKUP(C6,集計!A:B,2,FALSE)", error: "#N/A" }, "業務課"],
        ["2024年度", 4, "事務品質の向上", "事務ミス 3件以下", "1件", "業務課"],
        [],
        ["【参考】お客様アンケート結果の推移"],
        ["年度", "回答数", "総合満足度"],
        ["2022年度", "196件", "8.6pt"],
        ["2023年度", "208件", "8.8pt"],
      ],
    },
    {
      name: "集計",
      rows: [
        ["集計キー", "値"],
        ["お客様アンケートの収集", 214],
        ["対面募集の推進", 0.774],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "214件 ≥ 200件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "77.4% ≥ 75%" },
        { fiscalYear: 2024, no: "3", status: "unevaluable", why: "a formula error (#N/A) is no figure" },
        { fiscalYear: 2024, no: "4", status: "met", why: "1件 ≤ 3件" },
      ],
      // the second table's header names only 年度 of the KPI fields: its rows are not KPIs (no No, no target),
      // listed as incomplete rather than as another table's
      skippedRows: [
        { row: 9, why: "section" },
        { row: 10, why: "incomplete" },
        { row: 11, why: "incomplete" },
        { row: 12, why: "incomplete" },
      ],
      findings: [{ code: "cell-error", row: 6 }],
    },
  ],
};

const blocksOneYear: Fixture = {
  name: "blocks-one-year",
  about: "the website table of one year pasted into Excel (blocks): the re-check of the written copy must read this sheet again, never the add-in's own 開示用.",
  sheets: [
    pastedPage("HP掲載用", [
      [TITLE],
      ["2024年度"],
      [1, "お客様アンケートの収集"],
      [DESC.survey],
      ["対象", "お客様"],
      ["目標", "お客様アンケート点数80点以上", "結果(2024年度)", "78点"],
      ["お客様の声を業務改善に活かします。"],
      [2, "お客様への早期アプローチ"],
      [DESC.renewal],
      ["対象", "お客様"],
      ["目標", "早期更改率:85%以上", "結果(2024年度)", "88.2%"],
      ["証券の早期発行に努めます。"],
    ]),
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "blocks",
      sheet: "HP掲載用",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "not_met", why: "78点 < 80点" },
        { fiscalYear: 2024, no: "2", status: "met", why: "88.2% ≥ 85%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const nextTargetTitle: Fixture = {
  name: "next-target-title-year",
  about: "target / result / next target with the year only in the title (`令和5年度 KPI実績及び令和6年度目標`): headers 目標 | 実績 | 来期目標; Nos `No.1`.",
  sheets: [
    {
      name: "KPI",
      widths: [8, 30, 26, 14, 26],
      merges: ["A1:E1"],
      bold: [1, 3],
      rows: [
        ["令和5年度 KPI実績及び令和6年度目標"],
        [],
        ["No", "取組項目", "目標", "実績", "来期目標"],
        ["No.1", "お客様アンケートの収集", "回答数:200件", "186件", "回答数:200件"],
        ["No.2", "事故対応満足度の向上", "NPS(事故対応) 自動車:60.0pt 火新:70.0pt", "自動車:61.0pt 火新:72.4pt", "NPS(事故対応) 自動車:62.0pt 火新:72.0pt"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "next-target",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "not_met", why: "186件 < 200件; 令和5年度 from the title, the first year it names" },
        { fiscalYear: 2024, no: "1", status: "missing_result", why: "the 来期目標 is FY2024's, without a result, and FY2024 ended before the as-of date" },
        { fiscalYear: 2023, no: "2", status: "met", why: "61.0 ≥ 60 and 72.4 ≥ 70" },
        { fiscalYear: 2024, no: "2", status: "missing_result", why: "next target, no result, FY2024 ended" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

/**
 * A web page's KPI table pasted into Excel (blocks layout): a lone text under a year heading spans the 4 columns, a
 * `No | title` or `対象 | …` row spans its second cell over the rest, as the pasted HTML's column spans do.
 */
function pastedPage(name: string, rows: Cell[][]): SheetSpec {
  const merges: string[] = [];
  let inBlocks = false;
  rows.forEach((row, i) => {
    const r = i + 1;
    const filled = row.filter((c) => c !== null).length;
    if (typeof row[0] === "string" && /^\d{4}年度$/.test(row[0])) inBlocks = true;
    else if (inBlocks && filled === 1) merges.push(`A${r}:D${r}`);
    else if (inBlocks && filled === 2) merges.push(`B${r}:D${r}`);
  });
  const headings = rows.flatMap((row, i) => (typeof row[0] === "string" && /^\d{4}年度$/.test(row[0]) ? [i + 1] : []));
  return { name, rows, merges, widths: [10, 44, 16, 30], bold: [2, ...headings] };
}

/** Every fixture, in the order of kpi-rules.md §1. */
export const FIXTURES: Fixture[] = [
  tableListObject,
  tableCarried,
  secondTable,
  tableOffset,
  sheetPerYear,
  sheetPerYearRelative,
  titleRowEra,
  periodColumn,
  dateAndEraColumn,
  twoRowHeader,
  twoRowHeaderYearOver,
  twoRowHeaderEval,
  wide,
  wideEra,
  wideTable,
  nextTarget,
  nextTargetTitle,
  transposed,
  transposedEra,
  blocks,
  blocksOneYear,
  blocksVariants,
  ...UNSEEN_AGENCY_FIXTURES,
  ...MORE_AGENCY_FIXTURES,
  ...KEPT_SHEET_FIXTURES,
];

function setCell(cell: ExcelJS.Cell, value: Cell): void {
  if (value === null || value === undefined) return;
  if (typeof value === "object" && "formula" in value) {
    cell.value = { formula: value.formula, result: { error: value.error } } as ExcelJS.CellFormulaValue;
  } else if (typeof value === "object" && "n" in value) {
    cell.value = value.n;
    cell.numFmt = value.fmt;
  } else if (typeof value === "object" && "date" in value) {
    cell.value = new Date(`${value.date}T00:00:00Z`);
    cell.numFmt = value.fmt;
  } else {
    cell.value = value;
  }
}

/** A cell's value as an Excel Table row takes it. */
function tableValue(c: Cell): ExcelJS.CellValue {
  if (c === null || typeof c !== "object") return c;
  if ("n" in c) return c.n;
  if ("date" in c) return new Date(`${c.date}T00:00:00Z`);
  return { formula: c.formula, result: { error: c.error } } as ExcelJS.CellFormulaValue;
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, {
    ...(spec.hidden ? { state: "hidden" as const } : {}),
    ...(spec.freeze ? { views: [{ state: "frozen" as const, ySplit: spec.freeze.row, xSplit: spec.freeze.col ?? 0 }] } : {}),
  });
  if (spec.printTitleRows) ws.pageSetup.printTitlesRow = spec.printTitleRows;
  spec.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (spec.table) {
    const { headerRow, rows, totals, name } = spec.table;
    const header = spec.rows[headerRow - 1] as string[];
    const width = header.length;
    const body = spec.rows.slice(headerRow, headerRow + rows).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    ws.addTable({
      name,
      ref: `A${headerRow}`,
      headerRow: true,
      totalsRow: Boolean(totals),
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((h, i) => ({
        name: h,
        filterButton: true,
        ...(totals && i === 0 ? { totalsRowLabel: totals.label } : {}),
        ...(totals && i === totals.countColumn - 1 ? { totalsRowFunction: "count" as const, totalsRowResult: totals.count } : {}),
      })),
      rows: body.map((r) => r.map(tableValue)),
    });
    spec.rows.forEach((row, r) => {
      const inTable = r + 1 >= headerRow && r + 1 <= headerRow + rows + (totals ? 1 : 0);
      row.forEach((v, c) => {
        if (!inTable) setCell(ws.getCell(r + 1, c + 1), v);
        else if (v !== null && typeof v === "object" && "fmt" in v) ws.getCell(r + 1, c + 1).numFmt = v.fmt;
      });
    });
  } else {
    spec.rows.forEach((row, r) => row.forEach((v, c) => setCell(ws.getCell(r + 1, c + 1), v)));
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (let r = 1; r <= spec.rows.length; r++) {
    ws.getRow(r).eachCell((cell) => {
      cell.alignment = { vertical: "top", wrapText: r > 1 };
      if (spec.bold?.includes(r)) cell.font = { bold: true };
    });
  }
}

/** The bytes of one fixture's workbook (deterministic). */
export async function buildFixtureWorkbook(fixture: Fixture): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "お客さま本位推進室";
  wb.lastModifiedBy = "お客さま本位推進室";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of fixture.sheets) addSheet(wb, s);
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), FIXED_DATE);
}

/** A fixture's expectation file's content. */
export function expectedOf(fixture: Fixture): Expected {
  return { file: `${fixture.name}.xlsx`, about: fixture.about, runs: fixture.runs };
}

async function main(): Promise<void> {
  mkdirSync(LAYOUT_FIXTURES_DIR, { recursive: true });
  for (const f of FIXTURES) {
    const bytes = await buildFixtureWorkbook(f);
    writeFileSync(join(LAYOUT_FIXTURES_DIR, `${f.name}.xlsx`), bytes);
    writeFileSync(join(LAYOUT_FIXTURES_DIR, `${f.name}.expected.json`), JSON.stringify(expectedOf(f), null, 2) + "\n");
    console.log(`wrote ${f.name}.xlsx (${bytes.length} bytes)`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
