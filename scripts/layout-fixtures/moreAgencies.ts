/**
 * More agency workbooks in shapes the fixtures did not have yet (the layouts task of 2026-12-06, second round), as
 * agencies, insurers, 労金 and 信用金庫 keep their 「お客さま本位の業務運営」 KPI tables in Excel: a 達成状況 column of
 * ○/△/× with a legend row and footnotes under the table, a plan-of-action column (行動計画) beside the target, rows
 * per half year, a title header merged over a category and the KPI's name, policy rows with KPIs numbered 1-1 / 1-2
 * under them, a table far right under frozen title rows with a print title, a reference table beside the KPI table,
 * a sheet per branch office, a 労金-style page of アクションプラン / KPI（成果指標） / 取組み状況 blocks, a KPI numbered
 * in the title cell, a 信用金庫's table by term (`2024.3期`). Figures, names and wording are made up (no page is copied); the statuses are what the agency's
 * staff expect, by kpi-rules.md. Built with the other fixtures by scripts/build-layout-fixtures.ts.
 */
import type { Fixture } from "../build-layout-fixtures";

const marksLegend: Fixture = {
  name: "evaluation-marks-legend",
  about:
    "a table at B3 under a title and `2025年3月末現在`: `No | KPI | 単位 | 目標 | 実績 | 達成状況 | 備考`, figures as numbers " +
    "with a units column, 達成状況 ○/△/× typed by staff (the evaluation; one × where the figures say met), a legend " +
    "row `○：達成　△：一部達成　×：未達成` (a footnote) and a footnote under the table.",
  sheets: [
    {
      name: "KPI",
      widths: [2, 6, 26, 6, 10, 10, 10, 22],
      merges: ["B1:H1"],
      bold: [1, 3],
      rows: [
        [null, "重要業績評価指標（KPI）の状況"],
        [null, "2025年3月末現在"],
        [null, "No", "KPI", "単位", "目標", "実績", "達成状況", "備考"],
        [null, 1, "お客さまアンケート回収数", "件", 350, 362, "○", null],
        [null, 2, "ご契約内容の確認（タブレット）率", "%", 90, 88.4, "×", null],
        [null, 3, "満期案内の早期送付", "%", 95, 96.1, "○", "満期60日前までの送付"],
        [null, 4, "ご高齢のお客さまへの家族同席率", "%", 80, 74, "×", null],
        [null, 5, "勉強会の開催", "回", 12, 12, "×", "うち2回はオンライン"],
        [],
        [null, "○：達成　△：一部達成　×：未達成"],
        [null, "※ 実績は各保険会社の集計によります。"],
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
        { fiscalYear: 2024, no: "1", status: "met", why: "362 ≥ 350 (件); 2025年3月末 falls in FY2024" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "88.4 < 90 (%)" },
        { fiscalYear: 2024, no: "3", status: "met", why: "96.1 ≥ 95 (%)" },
        { fiscalYear: 2024, no: "4", status: "not_met", why: "74 < 80 (%)" },
        { fiscalYear: 2024, no: "5", status: "met", why: "12 ≥ 12 (回); the typed × disagrees (evaluation-mismatch)" },
      ],
      skippedRows: [
        { row: 10, why: "footnote" },
        { row: 11, why: "footnote" },
      ],
      findings: [{ code: "evaluation-mismatch", row: 8 }],
    },
  ],
};

const planOfAction: Fixture = {
  name: "plan-of-action-column",
  about:
    "`No | 取組項目 | 行動計画 | 目標 | 実績 | 評価` under a title `2024年度 KPI実績`: 行動計画 says what is done (a description), " +
    "目標 is the target; the alias 計画 must not take the plan for the target.",
  sheets: [
    {
      name: "2024",
      widths: [5, 22, 34, 16, 12, 8],
      merges: ["A1:F1"],
      bold: [1, 2],
      rows: [
        ["2024年度 KPI実績"],
        ["No", "取組項目", "行動計画", "目標", "実績", "評価"],
        [1, "お客さまの声の活用", "アンケートを年2回実施し、結果を朝礼で共有する", "回答数250件以上", "263件", "達成"],
        [2, "早期更改の推進", "満期2か月前に全件へご案内する", "早期更改率85%以上", "83.9%", "未達"],
        [3, "募集人の育成", "毎月の勉強会と外部研修への参加", "研修受講率100%", "100%", "達成"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "2024",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "263件 ≥ 250件 (目標 is the target, 行動計画 the description)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "83.9% < 85%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "100% ≥ 100%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const halfYearRows: Fixture = {
  name: "half-year-rows",
  about:
    "a year column holding `2024年度上期` / `2024年度下期` rows per KPI, and only `2025年度上期` rows of the running year: " +
    "each No is one KPI of its year (the halves' counts add up; one half alone is not the year's result).",
  sheets: [
    {
      name: "KPI進捗",
      widths: [14, 5, 24, 16, 10, 16],
      merges: ["A1:F1"],
      bold: [1, 2],
      rows: [
        ["KPI進捗（半期ごと）"],
        ["年度", "No", "指標", "目標", "実績", "備考"],
        ["2024年度上期", 1, "お客さまアンケート回答数", "年間400件以上", "186件", null],
        ["2024年度上期", 2, "事務ミス件数", "年間6件以下", "2件", null],
        ["2024年度下期", 1, "お客さまアンケート回答数", "年間400件以上", "231件", null],
        ["2024年度下期", 2, "事務ミス件数", "年間6件以下", "5件", "システム移行時に集中"],
        ["2025年度上期", 1, "お客さまアンケート回答数", "年間420件以上", "204件", null],
        ["2025年度上期", 2, "事務ミス件数", "年間5件以下", "1件", null],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-11-29",
      layout: "table",
      sheet: "KPI進捗",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "上期186件 + 下期231件 = 417件 ≥ 400件" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "上期2件 + 下期5件 = 7件 > 6件" },
        { fiscalYear: 2025, no: "1", status: "unevaluable", why: "上期204件 alone is not the year's result (result-part-of-year)" },
        { fiscalYear: 2025, no: "2", status: "unevaluable", why: "上期1件 alone is not the year's result (result-part-of-year)" },
      ],
      skippedRows: [
        { row: 3, why: "year-part" },
        { row: 4, why: "year-part" },
      ],
      findings: [],
    },
  ],
};

const titleOverCategory: Fixture = {
  name: "title-over-category",
  about:
    "`取組項目` merged over two columns: a category merged down its KPIs (お客さま満足, 人材育成) and the KPI's name; the " +
    "KPI's title is both (`お客さま満足 アンケート満足度`); a date line `令和7年3月31日現在` gives FY2024.",
  sheets: [
    {
      name: "KPI",
      widths: [5, 14, 26, 16, 10],
      merges: ["A1:E1", "B3:C3", "B4:B5", "B6:B7"],
      bold: [1, 3],
      rows: [
        ["お客さま本位の業務運営に関する成果指標"],
        ["令和7年3月31日現在"],
        ["No", "取組項目", null, "目標", "実績"],
        [1, "お客さま満足", "アンケート満足度", "90%以上", "91.4%"],
        [2, null, "お客さまの声（感謝）件数", "100件以上", "92件"],
        [3, "人材育成", "資格取得者数", "3名以上", "4名"],
        [4, null, "社内勉強会の開催", "年12回以上", "12回"],
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
        { fiscalYear: 2024, no: "1", status: "met", why: "91.4% ≥ 90%; title お客さま満足 アンケート満足度" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "92件 < 100件" },
        { fiscalYear: 2024, no: "3", status: "met", why: "4名 ≥ 3名" },
        { fiscalYear: 2024, no: "4", status: "met", why: "12回 ≥ 12回" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const policyRows: Fixture = {
  name: "policy-rows-numbered",
  about:
    "policy rows merged across the table (`方針1　お客さまの声を経営に活かします`) with their KPIs numbered 1-1, 1-2 " +
    "below; headers `No. | 指標 | 2024年度目標 | 2024年度実績 | 達成`; a KPI still being counted.",
  sheets: [
    {
      name: "FD",
      widths: [7, 28, 14, 12, 7],
      merges: ["A1:E1", "A4:E4", "A7:E7", "A10:E10"],
      bold: [1, 3, 4, 7, 10],
      rows: [
        ["お客さま本位の業務運営方針　取組状況"],
        [],
        ["No.", "指標", "2024年度目標", "2024年度実績", "達成"],
        ["方針1　お客さまの声を経営に活かします"],
        ["1-1", "アンケート回答数", "300件以上", "318件", "〇"],
        ["1-2", "お客さまの声の共有会議", "毎月1回", "12回", "〇"],
        ["方針2　分かりやすい説明に努めます"],
        ["2-1", "タブレット募集率", "80%以上", "78.2%", "×"],
        ["2-2", "高齢者募集時の家族同席率", "70%以上", null, null],
        ["方針3　専門性を高めます"],
        ["3-1", "損保大学課程の認定者数", "2名以上", "2名", "〇"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "FD",
      kpis: [
        { fiscalYear: 2024, no: "1-1", status: "met", why: "318件 ≥ 300件" },
        { fiscalYear: 2024, no: "1-2", status: "met", why: "12回 against 毎月1回" },
        { fiscalYear: 2024, no: "2-1", status: "not_met", why: "78.2% < 80%" },
        { fiscalYear: 2024, no: "2-2", status: "missing_result", why: "no result, FY2024 ended before the as-of date" },
        { fiscalYear: 2024, no: "3-1", status: "met", why: "2名 ≥ 2名" },
      ],
      skippedRows: [
        { row: 4, why: "section" },
        { row: 7, why: "section" },
        { row: 10, why: "section" },
      ],
      findings: [],
    },
  ],
};

const farRight: Fixture = {
  name: "table-far-right-frozen",
  about:
    "the table far right at H6 (columns A–G a blank margin and a note in A), title rows frozen and printed on every page; " +
    "headers with line breaks `評価\\n項目`, `目標\\n（2024年度）`, `実績\\n(2025年3月末時点)`.",
  sheets: [
    {
      name: "成果指標",
      widths: [12, 2, 2, 2, 2, 2, 2, 6, 26, 14, 14],
      merges: ["H2:K2"],
      bold: [2, 6],
      freeze: { row: 6 },
      printTitleRows: "1:6",
      rows: [
        ["社内用"],
        [null, null, null, null, null, null, null, "成果指標（KPI）一覧"],
        [],
        [],
        [],
        [null, null, null, null, null, null, null, "項番", "評価\n項目", "目標\n（2024年度）", "実績\n(2025年3月末時点)"],
        [null, null, null, null, null, null, null, 1, "お客さまアンケート回収率", "30%以上", "33.5%"],
        [null, null, null, null, null, null, null, 2, "早期更改率", "85%以上", "86.0%"],
        [null, null, null, null, null, null, null, 3, "事務ミス件数", "5件以下", "6件"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "成果指標",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "33.5% ≥ 30%" },
        { fiscalYear: 2024, no: "2", status: "met", why: "86.0% ≥ 85%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "6件 > 5件" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const referenceBeside: Fixture = {
  name: "reference-table-beside",
  about:
    "the KPI table `No | 取組項目 | 目標 | 実績 | 評価` (the year in the sheet name `2024年度`) and, after a blank column, a " +
    "reference table `年度 | 保有契約件数` of past years on the same rows: not the KPIs' year column, nor a figure of theirs.",
  sheets: [
    {
      name: "2024年度",
      widths: [5, 24, 14, 10, 7, 2, 10, 14],
      merges: ["A1:E1", "G1:H1"],
      bold: [1, 2],
      rows: [
        ["KPI実績", null, null, null, null, null, "（参考）保有契約件数"],
        ["No", "取組項目", "目標", "実績", "評価", null, "年度", "保有契約件数"],
        [1, "アンケート回答数", "250件以上", "266件", "達成", null, "2021年度", "3,120件"],
        [2, "早期更改率", "85%以上", "84.2%", "未達", null, "2022年度", "3,204件"],
        [3, "研修の開催", "年10回以上", "11回", "達成", null, "2023年度", "3,251件"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "2024年度",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "266件 ≥ 250件; the year from the sheet name" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "84.2% < 85%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "11回 ≥ 10回" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const branchSheet = (name: string, rows: (string | number | null)[][]) => ({
  name,
  widths: [5, 26, 14, 10],
  merges: ["A1:D1"],
  bold: [1, 2],
  rows: [[`2024年度 KPI実績（${name}）`], ["No", "取組項目", "目標", "実績"], ...rows],
});

const branches: Fixture = {
  name: "sheet-per-branch",
  about:
    "a sheet per branch office (本店, 駅前支店, 北支店), each with the same KPIs of FY2024 under a title naming the year and " +
    "the branch; the default run reads the first and names the others, --all-sheets checks each branch's KPIs.",
  sheets: [
    branchSheet("本店", [
      [1, "アンケート回答数", "150件以上", "162件"],
      [2, "早期更改率", "85%以上", "86.1%"],
    ]),
    branchSheet("駅前支店", [
      [1, "アンケート回答数", "80件以上", "74件"],
      [2, "早期更改率", "85%以上", "88.0%"],
    ]),
    branchSheet("北支店", [
      [1, "アンケート回答数", "60件以上", "61件"],
      [2, "早期更改率", "85%以上", "79.5%"],
    ]),
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "本店",
      otherKpiSheets: ["駅前支店", "北支店"],
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "162件 ≥ 150件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "86.1% ≥ 85%" },
      ],
      skippedRows: [],
      findings: [],
    },
    {
      args: ["--all-sheets"],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "本店",
      kpis: [
        { sheet: "本店", fiscalYear: 2024, no: "1", status: "met", why: "162件 ≥ 150件" },
        { sheet: "本店", fiscalYear: 2024, no: "2", status: "met", why: "86.1% ≥ 85%" },
        { sheet: "駅前支店", fiscalYear: 2024, no: "1", status: "not_met", why: "74件 < 80件" },
        { sheet: "駅前支店", fiscalYear: 2024, no: "2", status: "met", why: "88.0% ≥ 85%" },
        { sheet: "北支店", fiscalYear: 2024, no: "1", status: "met", why: "61件 ≥ 60件" },
        { sheet: "北支店", fiscalYear: 2024, no: "2", status: "not_met", why: "79.5% < 85%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const actionPlanBlocks: Fixture = {
  name: "action-plan-blocks",
  about:
    "a 労金-style page pasted into Excel: per policy a heading `1.…`, then label | value rows `アクションプラン` (a " +
    "description), `KPI（成果指標）` (the target) and `取組み状況` (the result), under `2024年度の取組状況報告`.",
  sheets: [
    {
      name: "取組状況",
      widths: [18, 60],
      bold: [1, 2, 6],
      rows: [
        ["2024年度の取組状況報告"],
        ["1. お客さまのライフプランに応じた情報提供"],
        ["アクションプラン", "ヒアリングでニーズを把握し、ライフプランに沿った情報を提供します。"],
        ["KPI（成果指標）", "セミナー開催回数：年120回以上"],
        ["取組み状況", "セミナーを年間128回開催しました。"],
        ["2. 職員の専門性の向上"],
        ["アクションプラン", "資格取得を支援し、相談対応の質を高めます。"],
        ["KPI（成果指標）", "FP2級以上の資格保有者：40名以上"],
        ["取組み状況", "FP2級以上の資格保有者は37名となりました。"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "blocks",
      sheet: "取組状況",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "128回 ≥ 120回 (取組み状況 is the result)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "37名 < 40名" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const termColumn: Fixture = {
  name: "term-column-shinkin",
  about:
    "a 信用金庫's table by term: `決算期 | No | 項目 | 計画 | 実績 | 達成率`, terms written `2024.3期` / `2025.3期` (the term " +
    "ending March 2024 is FY2023), 計画 the target, figures with 口座 or in 百万円 named in the item; 達成率 not read.",
  sheets: [
    {
      name: "FD取組",
      widths: [11, 5, 26, 12, 12, 9],
      merges: ["A1:F1"],
      bold: [1, 3],
      rows: [
        ["お客さま本位の業務運営に係る成果指標の推移"],
        [],
        ["決算期", "No", "項目", "計画", "実績", "達成率"],
        ["2024.3期", 1, "つみたて投資口座数", "1,200口座", "1,264口座", "105.3%"],
        ["2024.3期", 2, "預り資産残高（百万円）", "8,500", "8,212", "96.6%"],
        ["2025.3期", 1, "つみたて投資口座数", "1,300口座", "1,352口座", "104.0%"],
        ["2025.3期", 2, "預り資産残高（百万円）", "8,800", "9,015", "102.4%"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-06-30",
      layout: "table",
      sheet: "FD取組",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "1,264口座 ≥ 1,200口座; 2024.3期 is FY2023" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "8,212 < 8,500" },
        { fiscalYear: 2024, no: "1", status: "met", why: "1,352口座 ≥ 1,300口座" },
        { fiscalYear: 2024, no: "2", status: "met", why: "9,015 ≥ 8,800" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const numberedTitles: Fixture = {
  name: "numbered-titles",
  about:
    "no No column: `KPI | 目標 | 実績 | 評価` under `2024年度 お客さま本位のKPI`, each KPI numbered in its title (`①お客さま" +
    "アンケート回答数`, `②…`): the circled number is its No; a title beginning with a figure (`3か月…`) would not be.",
  sheets: [
    {
      name: "KPI",
      widths: [34, 14, 10, 6],
      merges: ["A1:D1"],
      bold: [1, 2],
      rows: [
        ["2024年度 お客さま本位のKPI"],
        ["KPI", "目標", "実績", "評価"],
        ["①お客さまアンケート回答数", "300件以上", "322件", "○"],
        ["②早期更改率", "85%以上", "83.0%", "×"],
        ["③3か月以内の早期解約件数", "5件以下", "2件", "○"],
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
        { fiscalYear: 2024, no: "1", status: "met", why: "322件 ≥ 300件 (① is No 1)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "83.0% < 85%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "2件 ≤ 5件 (③ is No 3; 3か月 is part of the title)" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const quarterRows: Fixture = {
  name: "quarter-rows",
  about:
    "a year column with a row per quarter (`2024年度第1四半期` … `第4四半期`) for each KPI against the year's target: the " +
    "quarters' counts add up to the year's (one KPI of FY2024 per No, on the 第4四半期 row); a rate per quarter is ambiguous.",
  sheets: [
    {
      name: "四半期",
      widths: [18, 5, 22, 16, 10],
      merges: ["A1:E1"],
      bold: [1, 2],
      rows: [
        ["KPI四半期実績"],
        ["年度", "No", "指標", "目標", "実績"],
        ["2024年度第1四半期", 1, "新規契約件数", "年間400件以上", "95件"],
        ["2024年度第1四半期", 2, "事務ミス件数", "年間8件以下", "3件"],
        ["2024年度第2四半期", 1, "新規契約件数", "年間400件以上", "102件"],
        ["2024年度第2四半期", 2, "事務ミス件数", "年間8件以下", "2件"],
        ["2024年度第3四半期", 1, "新規契約件数", "年間400件以上", "99件"],
        ["2024年度第3四半期", 2, "事務ミス件数", "年間8件以下", "2件"],
        ["2024年度第4四半期", 1, "新規契約件数", "年間400件以上", "110件"],
        ["2024年度第4四半期", 2, "事務ミス件数", "年間8件以下", "2件"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "四半期",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "95 + 102 + 99 + 110 = 406件 ≥ 400件" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "3 + 2 + 2 + 2 = 9件 > 8件" },
      ],
      skippedRows: [3, 4, 5, 6, 7, 8].map((row) => ({ row, why: "year-part" })),
      findings: [],
    },
  ],
};

const categoryOverYears: Fixture = {
  name: "category-title-over-years",
  about:
    "a two-row header: `No` and `区分・指標` merged down both rows (区分・指標 also across a category column and the KPI's " +
    "name), `2023年度` / `2024年度` merged over `目標 | 実績`; the category merged down its KPIs; titles `お客さま満足 …`.",
  sheets: [
    {
      name: "KPI推移",
      widths: [5, 14, 24, 12, 10, 12, 10],
      merges: ["A1:A2", "B1:C2", "D1:E1", "F1:G1", "B3:B4", "B5:B6"],
      bold: [1, 2],
      rows: [
        ["No", "区分・指標", null, "2023年度", null, "2024年度", null],
        [null, null, null, "目標", "実績", "目標", "実績"],
        [1, "お客さま満足", "アンケート満足度", "90%以上", "91.0%", "90%以上", "89.5%"],
        [2, null, "お客さまの声の件数", "100件以上", "104件", "110件以上", "118件"],
        [3, "人材育成", "資格取得者数", "3名以上", "3名", "4名以上", "2名"],
        [4, null, "勉強会の開催", "年10回以上", "11回", "年12回以上", "12回"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "two-row-header",
      sheet: "KPI推移",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "91.0% ≥ 90%" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "89.5% < 90%" },
        { fiscalYear: 2023, no: "2", status: "met", why: "104件 ≥ 100件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "118件 ≥ 110件" },
        { fiscalYear: 2023, no: "3", status: "met", why: "3名 ≥ 3名" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "2名 < 4名" },
        { fiscalYear: 2023, no: "4", status: "met", why: "11回 ≥ 10回" },
        { fiscalYear: 2024, no: "4", status: "met", why: "12回 ≥ 12回" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

/** The second round of unseen-agency fixtures, built with the others. */
export const MORE_AGENCY_FIXTURES: Fixture[] = [
  marksLegend,
  planOfAction,
  halfYearRows,
  titleOverCategory,
  policyRows,
  farRight,
  referenceBeside,
  branches,
  actionPlanBlocks,
  termColumn,
  numberedTitles,
  quarterRows,
  categoryOverYears,
];
