/**
 * Agency workbooks in shapes the first fixtures did not have (the layouts task of 2026-12-06): tables as agencies,
 * insurers and 信用金庫 publish them on their 「お客さま本位の業務運営」 pages and keep them in Excel — a table at B3
 * under a title and a date line, 原則 and 取組方針 merged over several KPIs, KPI numbers ①, KPI1, 1-1, 前年比 and
 * 備考 columns, half-year columns beside the year's, a date line in era form, two years' tables side by side, a
 * transposed table whose year is merged over 目標 / 実績 labels, a web page pasted with `目標：…` in one cell, a sheet
 * per year, a units column, headers with line breaks, the policy text above the table. Figures, names and wording
 * are made up for these tests (no page is copied); the statuses are what the agency's staff expect, by kpi-rules.md.
 * Built with the other fixtures by scripts/build-layout-fixtures.ts.
 */
import type { Cell, Fixture } from "../build-layout-fixtures";

const pct = (n: number, fmt = "0.0%"): Cell => ({ n, fmt });

const principlesAtB3: Fixture = {
  name: "principles-merged-b3",
  about:
    "a table at B3 (column A a spacer) under a title and a date line `2024年3月末時点` (FY2023); 原則 and 取組方針 merged " +
    "over the KPIs of one policy; `取組方針 | No | KPI項目`: the KPI's name is KPI項目, 取組方針 the policy it serves; " +
    "Nos ①…⑥, a 達成状況 of 〇/× (the evaluation), a 備考 column, a footnote.",
  sheets: [
    {
      name: "KPI",
      widths: [2, 8, 26, 6, 28, 14, 12, 10, 18],
      merges: ["B1:I1", "B2:I2", "B4:B5", "C4:C5", "B7:B8", "C7:C8"],
      bold: [1, 3],
      rows: [
        [null, "お客さま本位の業務運営に関するKPI（取組状況）"],
        [null, "2024年3月末時点"],
        [null, "原則", "取組方針", "No", "KPI項目", "目標値", "実績値", "達成状況", "備考"],
        [null, "原則2", "お客さまの声を業務改善に活かします", "①", "お客さまアンケート回収数", "300件以上", "318件", "〇", null],
        [null, null, null, "②", "NPS（推奨度）", "40pt以上", "37.5pt", "×", "前年 35.2pt"],
        [null, "原則3", "利益相反を適切に管理します", "③", "コンプライアンス研修受講率", "100%", "100%", "〇", null],
        [null, "原則5", "重要な情報を分かりやすく提供します", "④", "タブレット募集率", "80%以上", "83.4%", "〇", null],
        [null, null, null, "⑤", "満期日7日前証券作成率", "95%以上", "93.1%", "×", "システム障害の月あり"],
        [null, "原則6", "お客さまにふさわしいサービスを提供します", "⑥", "早期更改率", "85%以上", "88.2%", "〇", null],
        [],
        [null, "※ 実績は2024年3月末時点の数値です。"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "318件 ≥ 300件; 2024年3月末 falls in FY2023" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "37.5pt < 40pt (取組方針 merged over ① and ② is the policy, KPI項目 the name)" },
        { fiscalYear: 2023, no: "3", status: "met", why: "100% ≥ 100%" },
        { fiscalYear: 2023, no: "4", status: "met", why: "83.4% ≥ 80%" },
        { fiscalYear: 2023, no: "5", status: "not_met", why: "93.1% < 95%" },
        { fiscalYear: 2023, no: "6", status: "met", why: "88.2% ≥ 85%" },
      ],
      skippedRows: [{ row: 11, why: "footnote" }],
      findings: [],
    },
  ],
};

const wideHistory: Fixture = {
  name: "wide-results-history",
  about:
    "a wide table of the results of past years and this year's target and result: `No. | 指標 | 2022年度実績 | 2023年度実績 | " +
    "2024年度目標 | 2024年度実績 | 前年比 | 備考`; Nos `KPI1`; past years have no target (no_target), 前年比 is not read.",
  sheets: [
    {
      name: "KPI推移",
      widths: [7, 26, 13, 13, 14, 13, 9, 20],
      merges: ["A1:H1"],
      bold: [1, 3],
      rows: [
        ["重要業績評価指標（KPI）の推移"],
        [],
        ["No.", "指標", "2022年度実績", "2023年度実績", "2024年度目標", "2024年度実績", "前年比", "備考"],
        ["KPI1", "お客さまアンケート回答数", "512件", "587件", "600件以上", "634件", "108.0%", null],
        ["KPI2", "対面募集率", "71.2%", "74.0%", "75%以上", "73.1%", "98.8%", null],
        ["KPI3", "事務ミス件数", "9件", "6件", "5件以下", "4件", "66.7%", "新システム導入"],
        ["KPI4", "FP資格保有者数", "4名", "5名", "6名以上", null, null, "2025年6月集計予定"],
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
        ...[1, 2, 3, 4].flatMap((n) => [
          { fiscalYear: 2022, no: String(n), status: "no_target" as const, why: "a past year's result without a target" },
          { fiscalYear: 2023, no: String(n), status: "no_target" as const, why: "a past year's result without a target" },
        ]),
        { fiscalYear: 2024, no: "1", status: "met", why: "634件 ≥ 600件 (KPI1 is No 1)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "73.1% < 75%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "4件 ≤ 5件" },
        { fiscalYear: 2024, no: "4", status: "missing_result", why: "no result, FY2024 ended before the as-of date" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const halfYears: Fixture = {
  name: "half-year-columns",
  about:
    "`上期実績 | 下期実績 | 通期実績` beside one target: the year's result is 通期 (the halves are parts of it, not read); a " +
    "KPI with only its first half in is pending while the year runs; the year from the title row; 評価 達成/未達.",
  sheets: [
    {
      name: "進捗管理",
      widths: [5, 26, 16, 11, 11, 11, 8],
      merges: ["A1:G1"],
      bold: [1, 2],
      rows: [
        ["2024年度 お客さま本位KPI 進捗管理表"],
        ["No", "評価指標", "目標", "上期実績", "下期実績", "通期実績", "評価"],
        [1, "お客さまアンケート回収数", "年間400件以上", "180件", "236件", "416件", "達成"],
        [2, "早期更改率", "90%以上", "88.5%", "91.0%", "89.8%", "未達"],
        [3, "社内勉強会の開催", "年12回以上", "6回", "6回", "12回", "達成"],
        [4, "苦情件数", "年間5件以下", "1件", null, null, null],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "進捗管理",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "通期 416件 ≥ 400件" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "通期 89.8% < 90% (下期 91.0% is a half)" },
        { fiscalYear: 2024, no: "3", status: "met", why: "通期 12回 ≥ 12回" },
        { fiscalYear: 2024, no: "4", status: "pending", why: "no 通期 result yet and FY2024 runs until 2025-03-31 (上期 1件 is a half)" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const eraDateLine: Fixture = {
  name: "era-date-line",
  about:
    "the year only in a date line in era form `令和6年3月31日現在` (FY2023 = 令和5年度, not 令和6年度); 区分 merged over " +
    "its KPIs; Nos `1-1`; headers 項番 / 指標名 / 目標 / 実績 / 評価.",
  sheets: [
    {
      name: "KPI",
      widths: [14, 6, 28, 20, 12, 6],
      merges: ["A1:F1", "A2:F2", "A5:A6", "A7:A8"],
      bold: [1, 4],
      rows: [
        ["お客さま本位の業務運営方針に基づくKPI"],
        ["令和6年3月31日現在"],
        [],
        ["区分", "項番", "指標名", "目標", "実績", "評価"],
        ["お客さま満足", "1-1", "アンケート満足度", "満足度90%以上", "92.3%", "〇"],
        [null, "1-2", "お客さまの声（感謝）の件数", "120件以上", "131件", "〇"],
        ["人材育成", "2-1", "損保大学課程の認定者数", "3名以上", "2名", "×"],
        [null, "2-2", "社内勉強会の開催", "年12回以上", "12回", "〇"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1-1", status: "met", why: "92.3% ≥ 90%; 令和6年3月31日 falls in FY2023" },
        { fiscalYear: 2023, no: "1-2", status: "met", why: "131件 ≥ 120件" },
        { fiscalYear: 2023, no: "2-1", status: "not_met", why: "2名 < 3名" },
        { fiscalYear: 2023, no: "2-2", status: "met", why: "12回 ≥ 12回" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const sideBySide: Fixture = {
  name: "years-side-by-side",
  about:
    "two years' tables side by side under merged year headings (`2023年度` over A:D, `2024年度` over F:I), a blank " +
    "spacer column between, each with its own `No | 取組項目 | 目標 | 実績`; a KPI new in 2024.",
  sheets: [
    {
      name: "KPI",
      widths: [5, 22, 14, 10, 2, 5, 22, 14, 10],
      merges: ["A1:I1", "A2:D2", "F2:I2"],
      bold: [1, 2, 3],
      rows: [
        ["KPI実績（2か年）"],
        ["2023年度", null, null, null, null, "2024年度"],
        ["No", "取組項目", "目標", "実績", null, "No", "取組項目", "目標", "実績"],
        [1, "アンケート回収", "200件以上", "214件", null, 1, "アンケート回収", "230件以上", "219件"],
        [2, "早期更改率", "80%以上", "82.0%", null, 2, "早期更改率", "85%以上", "86.5%"],
        [3, "研修の開催", "年10回以上", "10回", null, 3, "研修の開催", "年12回以上", "11回"],
        [null, null, null, null, null, 4, "デジタル手続き率", "50%以上", "57.0%"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "two-row-header",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "214件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", status: "met", why: "82.0% ≥ 80%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "10回 ≥ 10回" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "219件 < 230件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "86.5% ≥ 85%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "11回 < 12回" },
        { fiscalYear: 2024, no: "4", status: "met", why: "57.0% ≥ 50%, a KPI of 2024 only (the 2023 side of its row is blank)" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const transposedMergedYears: Fixture = {
  name: "transposed-merged-years",
  about:
    "transposed with two label columns: the year merged over two rows in A (`2023年度`), `目標` / `実績` in B; the " +
    "KPI names in the row above (`①アンケート回収数` …) under a `項目` label merged over A:B; next year's rows empty.",
  sheets: [
    {
      name: "KPI推移",
      widths: [11, 6, 20, 16, 16],
      merges: ["A1:E1", "A2:B2", "A3:A4", "A5:A6", "A7:A8"],
      bold: [1, 2],
      rows: [
        ["KPIの推移"],
        ["項目", null, "①アンケート回収数", "②早期更改率", "③事務ミス件数"],
        ["2023年度", "目標", "250件以上", "85%以上", "5件以下"],
        [null, "実績", "262件", "84.1%", "3件"],
        ["2024年度", "目標", "270件以上", "85%以上", "4件以下"],
        [null, "実績", "281件", "87.9%", "5件"],
        ["2025年度", "目標", "280件以上", "88%以上", "3件以下"],
        [null, "実績", null, null, null],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-11-29",
      layout: "transposed",
      sheet: "KPI推移",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "262件 ≥ 250件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "84.1% < 85%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "3件 ≤ 5件" },
        { fiscalYear: 2024, no: "1", status: "met", why: "281件 ≥ 270件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "87.9% ≥ 85%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "5件 > 4件" },
        { fiscalYear: 2025, no: "1", status: "pending", why: "FY2025 runs until 2026-03-31" },
        { fiscalYear: 2025, no: "2", status: "pending", why: "FY2025 runs until 2026-03-31" },
        { fiscalYear: 2025, no: "3", status: "pending", why: "FY2025 runs until 2026-03-31" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const blocksInline: Fixture = {
  name: "blocks-inline-labels",
  about:
    "a web page pasted into one column: an era heading `令和6年度の取組状況`, per KPI `No | title`, a description, and " +
    "the label and its value in one cell (`目標：…`, `実績：…`, `【目標】…`), as pages written as paragraphs paste.",
  sheets: [
    {
      name: "ホームページ",
      widths: [60, 30],
      bold: [1, 2],
      rows: [
        ["お客さま本位の業務運営方針の取組状況"],
        ["令和6年度の取組状況"],
        [1, "お客さまの声の活用"],
        ["お客さまアンケートを実施し、結果を全社で共有します。"],
        ["目標：アンケート回収数 250件以上"],
        ["実績：268件"],
        [2, "早期更改の推進"],
        ["満期の2か月前までにご案内し、余裕をもって更改手続きを行います。"],
        ["目標：早期更改率 85%以上"],
        ["実績：82.4%"],
        [3, "社内研修の実施"],
        ["【目標】年12回以上の社内研修"],
        ["【実績】12回"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "blocks",
      sheet: "ホームページ",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "268件 ≥ 250件 (目標： and 実績： in one cell each)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "82.4% < 85%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "12回 ≥ 12回 (【目標】 and 【実績】 before the value)" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const yearSheet = (name: string, title: string, kpis: Cell[][]): Fixture["sheets"][number] => ({
  name,
  widths: [6, 28, 24, 14, 8],
  merges: ["A1:E1"],
  bold: [1, 3],
  rows: [[title], [], ["No.", "取組項目", "目標", "実績", "評価"], ...kpis],
});

const sheetsByYearName: Fixture = {
  name: "sheets-by-year-name",
  about:
    "a cover sheet with a contents table (`No | 項目 | 内容`), then one sheet per year named `2023年度実績`, `2024年度実績` " +
    "whose titles name the period (`2024年4月1日～2025年3月31日`); default run and --all-sheets.",
  sheets: [
    {
      name: "表紙",
      widths: [5, 20, 40],
      rows: [
        ["KPI管理ブック"],
        [],
        ["No", "項目", "内容"],
        [1, "2023年度実績", "2023年度のKPIと実績"],
        [2, "2024年度実績", "2024年度のKPIと実績"],
      ],
    },
    yearSheet("2023年度実績", "KPI実績一覧（2023年4月1日～2024年3月31日）", [
      ["No.1", "お客さまアンケートの回収", "回答数:200件以上", "205件", "〇"],
      ["No.2", "早期更改の実施", "早期更改率:80%以上", "79.5%", "×"],
    ]),
    yearSheet("2024年度実績", "KPI実績一覧（2024年4月1日～2025年3月31日）", [
      ["No.1", "お客さまアンケートの回収", "回答数:220件以上", "231件", "〇"],
      ["No.2", "早期更改の実施", "早期更改率:80%以上", "81.2%", "〇"],
      ["No.3", "業務知識の向上", "年間勉強会12回以上", null, null],
    ]),
  ],
  runs: [
    {
      args: [],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "2023年度実績",
      otherKpiSheets: ["2024年度実績"],
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "205件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "79.5% < 80%" },
      ],
      skippedRows: [],
      findings: [],
    },
    {
      args: ["--all-sheets"],
      asOf: "2024-11-29",
      layout: "table",
      sheet: "2023年度実績",
      kpis: [
        { fiscalYear: 2023, no: "1", sheet: "2023年度実績", status: "met", why: "205件 ≥ 200件" },
        { fiscalYear: 2023, no: "2", sheet: "2023年度実績", status: "not_met", why: "79.5% < 80%" },
        { fiscalYear: 2024, no: "1", sheet: "2024年度実績", status: "met", why: "231件 ≥ 220件" },
        { fiscalYear: 2024, no: "2", sheet: "2024年度実績", status: "met", why: "81.2% ≥ 80%" },
        { fiscalYear: 2024, no: "3", sheet: "2024年度実績", status: "pending", why: "FY2024 runs until 2025-03-31" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const unitsColumn: Fixture = {
  name: "units-column",
  about:
    "figures as numbers with their unit in a `単位` column; headers with line breaks naming the year (`目標\\n（2024年度）`, " +
    "`実績\\n(2025年3月末)`); a 達成率 column (not the result); a blank column between the table and its notes.",
  sheets: [
    {
      name: "KPI",
      widths: [5, 24, 6, 12, 12, 10, 2, 24],
      merges: ["A1:F1"],
      bold: [1, 2],
      rows: [
        ["お客さま本位の業務運営 重要業績評価指標"],
        ["No", "指標", "単位", "目標\n（2024年度）", "実績\n(2025年3月末)", "達成率", null, "備考"],
        [1, "アンケート回収数", "件", 300, 322, pct(1.073), null, null],
        [2, "早期更改率", "%", 85, 87.2, pct(1.026), null, null],
        [3, "社内研修の開催", "回", 12, 10, pct(0.833), null, "講師都合で2回延期"],
        [4, "FP2級以上の資格保有者", "名", 5, 5, pct(1), null, null],
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
        { fiscalYear: 2024, no: "1", status: "met", why: "322 ≥ 300 (件)" },
        { fiscalYear: 2024, no: "2", status: "met", why: "87.2 ≥ 85 (%)" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "10 < 12 (回)" },
        { fiscalYear: 2024, no: "4", status: "met", why: "5 ≥ 5 (名)" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const policyAbove: Fixture = {
  name: "policy-text-above",
  about:
    "the policy text (方針1…方針3, several lines each) above the table at B24, a year heading `【2024年度 KPI実績】` just " +
    "above it; `方針 | No. | KPI | 目標 | 実績 | 評価`: a bare KPI column beside 目標 names the KPI, 方針 merged over its KPIs.",
  sheets: [
    {
      name: "FD宣言",
      widths: [2, 22, 6, 26, 18, 12, 8],
      merges: ["B1:G1", "B25:B26", "B27:B28"],
      bold: [1, 3, 8, 13, 23, 24],
      rows: [
        [null, "お客さま本位の業務運営方針（FD宣言）"],
        [null, "当社は、お客さまの最善の利益を追求するため、以下の方針を定め、その取組状況を定期的に公表いたします。"],
        [null, "方針1　お客さまの最善の利益の追求"],
        [null, "お客さまのご意向を丁寧に把握し、最適な商品をご提案いたします。"],
        [null, "ご提案にあたっては複数の保険会社の商品を比較してご説明いたします。"],
        [null, "ご契約後も定期的にご連絡し、補償内容の見直しをご案内いたします。"],
        [],
        [null, "方針2　重要な情報の分かりやすい提供"],
        [null, "重要事項説明書等を用いて、お客さまにとって重要な情報を分かりやすくご説明いたします。"],
        [null, "ご高齢のお客さまには、ご家族の同席をお願いするなど配慮いたします。"],
        [null, "タブレット端末を活用し、視覚的に分かりやすいご説明に努めます。"],
        [],
        [null, "方針3　従業員に対する適切な動機づけの枠組み"],
        [null, "お客さま本位の業務運営を実現するため、研修・資格取得を支援いたします。"],
        [null, "人事評価には、お客さまアンケートの結果を反映いたします。"],
        [null, "毎月のミーティングで取組状況を共有し、改善につなげます。"],
        [],
        [null, "本方針は2019年12月に策定し、毎年見直しを行っています。"],
        [null, "取組状況は毎年7月に当社ホームページで公表いたします。"],
        [],
        [],
        [],
        [null, "【2024年度 KPI実績】"],
        [null, "方針", "No.", "KPI", "目標", "実績", "評価"],
        [null, "方針1", 1, "アンケート満足度", "90%以上", "93.5%", "〇"],
        [null, null, 2, "提案時の比較説明実施率", "100%", "98.0%", "×"],
        [null, "方針2", 3, "タブレット募集率", "85%以上", "88.1%", "〇"],
        [null, null, 4, "ご高齢者への家族同席率", "80%以上", "76.0%", "×"],
        [null, "方針3", 5, "資格取得者数", "3名以上", "4名", "〇"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-07-01",
      layout: "table",
      sheet: "FD宣言",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "93.5% ≥ 90%; the year from 【2024年度 KPI実績】 above the header, not 2019年12月 in the text" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "98.0% < 100%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "88.1% ≥ 85%" },
        { fiscalYear: 2024, no: "4", status: "not_met", why: "76.0% < 80%" },
        { fiscalYear: 2024, no: "5", status: "met", why: "4名 ≥ 3名" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const kpiGroupHeader: Fixture = {
  name: "kpi-group-header",
  about:
    "a two-row header without years: `KPI` merged over `目標 | 実績`, No / 取組項目 / 評価 merged down both rows, a 進捗 " +
    "column of 順調 / 遅れ beside the result (how the work goes: not read); the year from the sheet name `R6`.",
  sheets: [
    {
      name: "R6",
      widths: [5, 28, 18, 12, 8, 8],
      merges: ["A1:F1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"],
      bold: [1, 3, 4],
      rows: [
        ["お客さま本位の業務運営　KPI管理表"],
        [],
        ["No", "取組項目", "KPI", null, "進捗", "評価"],
        [null, null, "目標", "実績", null, null],
        [1, "お客さまアンケートの回収", "回答数250件以上", "263件", "順調", "〇"],
        [2, "早期更改の推進", "早期更改率85%以上", "83.7%", "遅れ", "×"],
        [3, "研修の実施", "年12回以上", "12回", "完了", "〇"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "R6",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "263件 ≥ 250件 (実績 under KPI is the result)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "83.7% < 85%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "12回 ≥ 12回; 完了 in 進捗 is not an evaluation" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const planActual: Fixture = {
  name: "plan-actual-wide",
  about:
    "a 信用金庫's table: `KPI No. | 項目 | 2023年度計画 | 2023年度実績 | 2024年度計画 | 2024年度実績`, Nos `KPI-1`; 計画 is " +
    "the target; a date line `令和7年3月31日現在` above (the years come from the headers).",
  sheets: [
    {
      name: "KPI",
      widths: [9, 28, 13, 13, 13, 13],
      merges: ["A1:F1", "A2:F2"],
      bold: [1, 4],
      rows: [
        ["お客さま本位の業務運営に関する取組状況（KPI）"],
        ["令和7年3月31日現在"],
        [],
        ["KPI No.", "項目", "2023年度計画", "2023年度実績", "2024年度計画", "2024年度実績"],
        ["KPI-1", "積立投資の契約件数", "1,200件", "1,264件", "1,400件", "1,352件"],
        ["KPI-2", "FP資格保有者比率", "60%", "62.5%", "65%", "66.1%"],
        ["KPI-3", "お客さま満足度", "90%", "91.2%", "90%", "89.4%"],
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
        { fiscalYear: 2023, no: "1", status: "met", why: "1,264件 ≥ 1,200件 (計画 is the target)" },
        { fiscalYear: 2023, no: "2", status: "met", why: "62.5% ≥ 60%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "91.2% ≥ 90%" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "1,352件 < 1,400件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "66.1% ≥ 65%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "89.4% < 90%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const progressColumn: Fixture = {
  name: "progress-result",
  about:
    "`No | 重点項目 | 数値目標 | 進捗状況 | 備考` where 進捗状況 holds the figures (the result: no other result column); the " +
    "year from a period line in abbreviated era form `対象期間：R6.4～R7.3`.",
  sheets: [
    {
      name: "取組状況",
      widths: [5, 28, 18, 14, 24],
      merges: ["A1:E1"],
      bold: [1, 3],
      rows: [
        ["対象期間：R6.4～R7.3"],
        [],
        ["No", "重点項目", "数値目標", "進捗状況", "備考"],
        [1, "ご意向確認書の回収", "回収率100%", "100%", null],
        [2, "お客さまの声への回答", "14日以内の回答率95%以上", "96.8%", null],
        [3, "高齢のお客さまへの家族同席", "同席率70%以上", "64.0%", "ご家族の来店が難しい事例あり"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "取組状況",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "100% ≥ 100% (進捗状況 holds the result); R6.4～R7.3 is FY2024" },
        { fiscalYear: 2024, no: "2", status: "met", why: "96.8% ≥ 95%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "64.0% < 70%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const rowLabels: Fixture = {
  name: "row-labels-wide",
  about:
    "years as columns and a row per figure: `No | 指標 | 区分 | 2022年度 | 2023年度 | 2024年度 | 備考`, each KPI a 目標 row " +
    "and a 実績 row (No and 指標 merged over both); a result still being counted; a footnote.",
  sheets: [
    {
      name: "KPI推移",
      widths: [5, 26, 6, 12, 12, 12, 14],
      merges: ["A1:G1", "A4:A5", "B4:B5", "A6:A7", "B6:B7", "A8:A9", "B8:B9"],
      bold: [1, 3],
      rows: [
        ["お客さま本位の業務運営　KPIの推移"],
        [],
        ["No", "指標", "区分", "2022年度", "2023年度", "2024年度", "備考"],
        [1, "お客さまアンケート回答数", "目標", "200件以上", "220件以上", "240件以上", null],
        [null, null, "実績", "205件", "215件", "251件", null],
        [2, "早期更改率", "目標", "80%以上", "85%以上", "85%以上", null],
        [null, null, "実績", "82.0%", "84.0%", "86.5%", null],
        [3, "事務ミス件数", "目標", "10件以下", "8件以下", "6件以下", null],
        [null, null, "実績", "9件", "8件", null, "集計中"],
        [],
        ["※ 2024年度の実績は2025年3月末時点の数値です。"],
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
        { fiscalYear: 2022, no: "1", status: "met", why: "205件 ≥ 200件 (the 実績 row below the 目標 row)" },
        { fiscalYear: 2023, no: "1", status: "not_met", why: "215件 < 220件" },
        { fiscalYear: 2024, no: "1", status: "met", why: "251件 ≥ 240件" },
        { fiscalYear: 2022, no: "2", status: "met", why: "82.0% ≥ 80%" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "84.0% < 85%" },
        { fiscalYear: 2024, no: "2", status: "met", why: "86.5% ≥ 85%" },
        { fiscalYear: 2022, no: "3", status: "met", why: "9件 ≤ 10件" },
        { fiscalYear: 2023, no: "3", status: "met", why: "8件 ≤ 8件" },
        { fiscalYear: 2024, no: "3", status: "missing_result", why: "no result yet, FY2024 ended 2025-03-31" },
      ],
      skippedRows: [{ row: 11, why: "footnote" }],
      findings: [],
    },
  ],
};

const descriptionNamed: Fixture = {
  name: "description-named-dated-results",
  about:
    "`No | 取組内容 | 目標 | 実績（2024年12月末） | 実績（2025年3月末） | 備考` on a sheet named `令和6年度`: no title column (the " +
    "取組内容 names the KPIs), a result at a date inside the year beside the year-end one (the year-end is the result).",
  sheets: [
    {
      name: "令和6年度",
      widths: [5, 40, 20, 14, 14, 14],
      bold: [1],
      rows: [
        ["No", "取組内容", "目標", "実績（2024年12月末）", "実績（2025年3月末）", "備考"],
        [1, "お客さまアンケートを毎月実施し、結果を社内で共有します", "回答数300件以上", "221件", "306件", null],
        [2, "満期のご案内を2か月前までに行います", "早期更改率85%以上", "86.0%", "84.2%", null],
        [3, "ご高齢のお客さまへのご説明にご家族の同席をお願いします", "同席率70%以上", "72.0%", null, "3月分集計中"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "令和6年度",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "306件 ≥ 300件 at the year end (221件 in December is a point in the year)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "84.2% < 85% at the year end (86.0% in December is not the year's result)" },
        { fiscalYear: 2024, no: "3", status: "missing_result", why: "no year-end result and FY2024 has ended" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const twoRowRates: Fixture = {
  name: "two-row-header-rates",
  about:
    "a two-row header with a 達成率 sub-column under each year (`2023年度` merged over `目標 | 実績 | 達成率`), No / " +
    "取組項目 / 備考 merged down both rows; 達成率 names no field and is not read.",
  sheets: [
    {
      name: "KPI",
      widths: [5, 26, 12, 10, 8, 12, 10, 8, 20],
      merges: ["A1:I1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4"],
      bold: [1, 3, 4],
      rows: [
        ["KPI実績（2か年）"],
        [],
        ["No", "取組項目", "2023年度", null, null, "2024年度", null, null, "備考"],
        [null, null, "目標", "実績", "達成率", "目標", "実績", "達成率", null],
        [1, "お客さまアンケート回答数", "300件以上", "312件", "104%", "320件以上", "301件", "94%", null],
        [2, "対面募集率", "75%以上", "76.2%", "102%", "78%以上", "79.0%", "101%", null],
        [3, "苦情件数", "5件以下", "7件", "—", "5件以下", "4件", "—", "再発防止策を実施"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "two-row-header",
      sheet: "KPI",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "312件 ≥ 300件" },
        { fiscalYear: 2023, no: "2", status: "met", why: "76.2% ≥ 75%" },
        { fiscalYear: 2023, no: "3", status: "not_met", why: "7件 > 5件" },
        { fiscalYear: 2024, no: "1", status: "not_met", why: "301件 < 320件 (達成率 94% is not read)" },
        { fiscalYear: 2024, no: "2", status: "met", why: "79.0% ≥ 78%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "4件 ≤ 5件" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const halvesUnderResult: Fixture = {
  name: "half-year-two-row-header",
  about:
    "`実績` merged over `上期 | 下期 | 通期` (No / 取組項目 / 目標 merged down both rows) on a sheet named `2024年度`: the " +
    "year's result is 通期, the halves are parts of it.",
  sheets: [
    {
      name: "2024年度",
      widths: [5, 26, 16, 10, 10, 10],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1"],
      bold: [1, 2],
      rows: [
        ["No", "取組項目", "目標", "実績", null, null],
        [null, null, null, "上期", "下期", "通期"],
        [1, "お客さまアンケート回収数", "年間400件以上", "180件", "236件", "416件"],
        [2, "早期更改率", "90%以上", "88.5%", "91.0%", "89.8%"],
        [3, "社内勉強会の開催", "年12回以上", "6回", "5回", "11回"],
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
        { fiscalYear: 2024, no: "1", status: "met", why: "通期 416件 ≥ 400件" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "通期 89.8% < 90% (下期 91.0% is a half)" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "通期 11回 < 12回" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const yearsWrittenOnce: Fixture = {
  name: "transposed-year-written-once",
  about:
    "transposed with two label columns and no merges: the year written once in A on its 目標 row and blank on its 実績 " +
    "row below (`2023年度 | 目標`, ` | 実績`); the KPI names in the row above under `項目`.",
  sheets: [
    {
      name: "推移",
      widths: [11, 6, 20, 16, 16],
      bold: [1],
      rows: [
        ["項目", null, "①アンケート回収数", "②早期更改率", "③事務ミス件数"],
        ["2023年度", "目標", "250件以上", "85%以上", "5件以下"],
        [null, "実績", "262件", "84.1%", "3件"],
        ["2024年度", "目標", "270件以上", "85%以上", "4件以下"],
        [null, "実績", "281件", "87.9%", "5件"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "transposed",
      sheet: "推移",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "262件 ≥ 250件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "84.1% < 85%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "3件 ≤ 5件" },
        { fiscalYear: 2024, no: "1", status: "met", why: "281件 ≥ 270件 (the blank year cell of the 実績 row is 2024年度's)" },
        { fiscalYear: 2024, no: "2", status: "met", why: "87.9% ≥ 85%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "5件 > 4件" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const blocksMiniTables: Fixture = {
  name: "blocks-mini-tables",
  about:
    "a web page pasted where each KPI has a small table of its own: `No | title`, a description, then `目標 | 実績` over " +
    "`target | result`, then a commitment; a heading `【2024年度】KPI実績`.",
  sheets: [
    {
      name: "HP",
      widths: [40, 20],
      bold: [1, 2],
      rows: [
        ["お客さま本位の業務運営に関する取組状況"],
        ["【2024年度】KPI実績"],
        [1, "お客さまの声の活用"],
        ["アンケートを実施し、結果を全社で共有します。"],
        ["目標", "実績"],
        ["回答数250件以上", "268件"],
        ["いただいたご意見は毎月の会議で改善につなげます。"],
        [2, "早期更改の推進"],
        ["目標", "実績"],
        ["早期更改率85%以上", "82.4%"],
        [3, "コンプライアンス研修"],
        ["全従業員が毎月受講します。"],
        ["目標", "実績"],
        ["受講率100%", "100%"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "blocks",
      sheet: "HP",
      kpis: [
        { fiscalYear: 2024, no: "1", status: "met", why: "268件 ≥ 250件 (the values under 目標 | 実績)" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "82.4% < 85%" },
        { fiscalYear: 2024, no: "3", status: "met", why: "100% ≥ 100%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

/** The unseen-agency fixtures, built with the others. */
export const UNSEEN_AGENCY_FIXTURES: Fixture[] = [
  principlesAtB3,
  wideHistory,
  halfYears,
  eraDateLine,
  sideBySide,
  transposedMergedYears,
  blocksInline,
  sheetsByYearName,
  unitsColumn,
  policyAbove,
  kpiGroupHeader,
  planActual,
  progressColumn,
  rowLabels,
  descriptionNamed,
  twoRowRates,
  halvesUnderResult,
  yearsWrittenOnce,
  blocksMiniTables,
];
