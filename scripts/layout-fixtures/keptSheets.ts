/**
 * Agency workbooks of the third round (the layouts task of 2026-12-06, "sheets agencies really keep"): shapes staff
 * keep in Excel that the fixtures did not have yet — a cover block above a table starting at C8, the previous and
 * the current year's tables side by side, a KPI split into components by line of business (自動車 / 火災 / 傷害) with
 * its name on the first row only and a 全体 row, figures kept as numbers with a 単位 and a 判定基準 column, a plan
 * of action beside the figures (今後の計画) with two-digit years (`24年度`), years by term number
 * (`第45期（2024年度）`), and FY23 / FY24 column groups with ◎○△× and blank spacer columns. Figures, names and wording
 * are made up (no page is copied); the statuses are what the agency's staff expect, by kpi-rules.md. Built with the
 * other fixtures by scripts/build-layout-fixtures.ts.
 */
import type { Fixture } from "../build-layout-fixtures";

const coverBlock: Fixture = {
  name: "cover-block-c8",
  about:
    "a cover block (company, title, 作成日, 代表者, 対象期間 `2024年4月1日～2025年3月31日`) above a table that starts at C8: " +
    "`No | 取組方針 | KPI | 目標 | 実績 | 評価` with ◎ / ○ / △ / × typed by staff; the 対象期間 line gives the year (FY2024), " +
    "not the 作成日 (May 2025); a ※ note under the table.",
  sheets: [
    {
      name: "KPI",
      widths: [2, 2, 6, 20, 26, 14, 12, 8],
      bold: [2, 8],
      rows: [
        [null, null, "株式会社みらい保険サービス"],
        [null, null, "お客さま本位の業務運営に関する取組状況"],
        [null, null, "作成日：2025年5月20日"],
        [null, null, "代表取締役　山田　太郎"],
        [],
        [null, null, "対象期間：2024年4月1日～2025年3月31日"],
        [],
        [null, null, "No", "取組方針", "KPI", "目標", "実績", "評価"],
        [null, null, 1, "お客さまの声を活かす", "アンケート回収数", "300件以上", "322件", "◎"],
        [null, null, 2, "適切な更改手続き", "早期更改率", "85%以上", "83.1%", "△"],
        [null, null, 3, "人材の育成", "FP資格保有者数", "5名以上", "4名", "×"],
        [null, null, 4, "分かりやすい説明", "意向確認書の回収率", "100%", "100%", "○"],
        [],
        [null, null, "※ 評価　◎：目標を大きく上回った　○：達成　△：一部未達　×：未達"],
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
        { fiscalYear: 2024, no: "1", status: "met", why: "322件 ≥ 300件; the year from 対象期間 (FY2024), not 作成日" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "83.1% < 85%; the typed △ disagrees (evaluation-mismatch, a warning)" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "4名 < 5名" },
        { fiscalYear: 2024, no: "4", status: "met", why: "100% ≥ 100%" },
      ],
      skippedRows: [{ row: 14, why: "footnote" }],
      findings: [],
    },
  ],
};

const sideBySide: Fixture = {
  name: "side-by-side-years",
  about:
    "last year's and this year's tables side by side, each under its year (`2023年度` over A, `2024年度` over G, not " +
    "merged) with its own `No | 取組項目 | 目標 | 実績 | 評価`, a blank column between: the KPIs differ (2024 adds 研修の開催 " +
    "as No 2 and has four rows), so each year's No and title are read from its own table, never from the other's.",
  sheets: [
    {
      name: "KPI比較",
      widths: [5, 22, 12, 10, 6, 2, 5, 22, 12, 10, 6],
      bold: [1, 2],
      rows: [
        ["2023年度", null, null, null, null, null, "2024年度"],
        ["No", "取組項目", "目標", "実績", "評価", null, "No", "取組項目", "目標", "実績", "評価"],
        [1, "アンケート回収数", "280件以上", "290件", "○", null, 1, "アンケート回収数", "300件以上", "322件", "○"],
        [2, "早期更改率", "85%以上", "84.0%", "×", null, 2, "研修の開催", "年12回以上", "12回", "○"],
        [3, "資格取得者数", "3名以上", "3名", "○", null, 3, "早期更改率", "85%以上", "83.0%", "×"],
        [null, null, null, null, null, null, 4, "資格取得者数", "4名以上", "5名", "○"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "two-row-header",
      sheet: "KPI比較",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "290件 ≥ 280件" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "早期更改率 84.0% < 85%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "3名 ≥ 3名" },
        { fiscalYear: 2024, no: "1", status: "met", why: "322件 ≥ 300件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "研修の開催 12回 ≥ 12回 (the title from H, not 早期更改率 from B)" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "早期更改率 83.0% < 85%" },
        { fiscalYear: 2024, no: "4", status: "met", why: "a row of the 2024 table only: 5名 ≥ 4名" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const components: Fixture = {
  name: "components-by-line",
  about:
    "a KPI split by line of business in a `種目` column: `1 | 早期更改率` merged over its rows 自動車 / 火災 / 傷害 / 全体, " +
    "`2 | 継続率` written on its first row only (the rows below blank in No and KPI), a KPI without components, and a " +
    "table total `合計` at the bottom. Each component is a KPI row of its own (the scope says which); `全体` in the " +
    "種目 column is the KPI's whole, not a totals row; `合計` in the No column is.",
  sheets: [
    {
      name: "2024年度",
      widths: [5, 20, 8, 12, 10, 6],
      merges: ["A1:F1", "A3:A6", "B3:B6"],
      bold: [1, 2],
      rows: [
        ["2024年度 重要業績評価指標（KPI）"],
        ["No", "KPI", "種目", "目標", "実績", "評価"],
        [1, "早期更改率", "自動車", "85%以上", "87.0%", "○"],
        [null, null, "火災", "80%以上", "78.5%", "×"],
        [null, null, "傷害", "80%以上", "81.2%", "○"],
        [null, null, "全体", "83%以上", "84.0%", "○"],
        [2, "継続率", "自動車", "95%以上", "96.1%", "○"],
        [null, null, "火災", "93%以上", "92.4%", "×"],
        [3, "お客さまアンケート回収数", null, "300件以上", "322件", "○"],
        ["合計", null, null, null, null, "4/7項目達成"],
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
        { fiscalYear: 2024, no: "1", row: 3, status: "met", why: "自動車 87.0% ≥ 85%" },
        { fiscalYear: 2024, no: "1", row: 4, status: "not_met", why: "火災 78.5% < 80%" },
        { fiscalYear: 2024, no: "1", row: 5, status: "met", why: "傷害 81.2% ≥ 80%" },
        { fiscalYear: 2024, no: "1", row: 6, status: "met", why: "全体 84.0% ≥ 83%: the KPI's whole, not a totals row" },
        { fiscalYear: 2024, no: "2", row: 7, status: "met", why: "自動車 96.1% ≥ 95%" },
        { fiscalYear: 2024, no: "2", row: 8, status: "not_met", why: "火災 92.4% < 93%: No and KPI carried from the row above" },
        { fiscalYear: 2024, no: "3", status: "met", why: "322件 ≥ 300件" },
      ],
      skippedRows: [{ row: 10, why: "totals" }],
      findings: [],
    },
  ],
};

const unitsCriterion: Fixture = {
  name: "units-criterion-columns",
  about:
    "figures kept as numbers: `No | 指標 | 単位 | 判定基準 | 目標 | 実績 | 評価`, the unit (件, %, 回, 日) and the direction " +
    "(以上, 以下, 以内) in columns of their own, as a 信用金庫's or an insurer's sheet keeps them: `5` with `件` and `以下` is " +
    "5件以下 (苦情件数 7件 is not met), `95` with `%` and `以上` is 95%以上, `20` with `日` and `以内` is 20日以内 (23日 is not met).",
  sheets: [
    {
      name: "KPI",
      widths: [5, 24, 6, 8, 8, 8, 6],
      merges: ["A1:G1"],
      bold: [1, 3],
      rows: [
        ["2024年度 お客さま本位の業務運営 KPI"],
        [],
        ["No", "指標", "単位", "判定基準", "目標", "実績", "評価"],
        [1, "お客さま満足度", "%", "以上", 95, 96.2, "○"],
        [2, "苦情件数", "件", "以下", 5, 7, "×"],
        [3, "事故受付から保険金お支払いまでの日数", "日", "以内", 20, 23, "×"],
        [4, "勉強会の開催", "回", "以上", 12, 10, "×"],
        [5, "早期更改率", "%", "以上", 85, 85.4, "○"],
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
        { fiscalYear: 2024, no: "1", status: "met", why: "96.2% ≥ 95%" },
        { fiscalYear: 2024, no: "2", status: "not_met", why: "7件 > 5件以下 (the criterion says lower is better)" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "23日 > 20日以内: only the criterion says lower is better (it was met, 23 ≥ 20)" },
        { fiscalYear: 2024, no: "4", status: "not_met", why: "10回 < 12回" },
        { fiscalYear: 2024, no: "5", status: "met", why: "85.4% ≥ 85%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const planTwoDigitYears: Fixture = {
  name: "plan-two-digit-years",
  about:
    "`年度 | No | 取組項目 | 目標 | 実績 | 今後の計画` with years written `23年度` / `24年度` (two digits: 平成23–24 would be before " +
    "any KPI disclosure, so 2023 and 2024) and a plan of action 今後の計画 (a description, not the target through the " +
    "alias 計画).",
  sheets: [
    {
      name: "KPI実績",
      widths: [8, 5, 22, 14, 10, 36],
      bold: [1],
      rows: [
        ["年度", "No", "取組項目", "目標", "実績", "今後の計画"],
        ["23年度", 1, "アンケート回収数", "250件以上", "263件", "回収方法をWebに広げます"],
        ["23年度", 2, "早期更改率", "85%以上", "83.9%", "満期案内を2か月前に早めます"],
        ["24年度", 1, "アンケート回収数", "280件以上", "301件", "回答を朝礼で共有します"],
        ["24年度", 2, "早期更改率", "85%以上", "86.2%", "現在の取組を続けます"],
      ],
    },
  ],
  runs: [
    {
      args: [],
      asOf: "2025-05-31",
      layout: "table",
      sheet: "KPI実績",
      kpis: [
        { fiscalYear: 2023, no: "1", status: "met", why: "263件 ≥ 250件; 23年度 is FY2023" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "83.9% < 85%" },
        { fiscalYear: 2024, no: "1", status: "met", why: "301件 ≥ 280件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "86.2% ≥ 85%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const termNumbers: Fixture = {
  name: "term-number-years",
  about:
    "a company's sheet by term: `決算期 | No | 取組項目 | 目標 | 実績` with `第44期（2023年度）` and `第45期(2024年4月～2025年3月)`: " +
    "the term number names no calendar year, the bracket does.",
  sheets: [
    {
      name: "KPI",
      widths: [26, 5, 22, 14, 10],
      bold: [1],
      rows: [
        ["決算期", "No", "取組項目", "目標", "実績"],
        ["第44期（2023年度）", 1, "お客さまアンケート回収数", "200件以上", "214件"],
        [null, 2, "募集人研修の受講率", "100%", "97.5%"],
        ["第45期(2024年4月～2025年3月)", 1, "お客さまアンケート回収数", "220件以上", "231件"],
        [null, 2, "募集人研修の受講率", "100%", "100%"],
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
        { fiscalYear: 2023, no: "1", status: "met", why: "214件 ≥ 200件; 第44期（2023年度） is FY2023" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "97.5% < 100%; the year carried down" },
        { fiscalYear: 2024, no: "1", status: "met", why: "231件 ≥ 220件; the period starts in FY2024" },
        { fiscalYear: 2024, no: "2", status: "met", why: "100% ≥ 100%" },
      ],
      skippedRows: [],
      findings: [],
    },
  ],
};

const fyGroups: Fixture = {
  name: "fy-groups-spacers",
  about:
    "`FY23` and `FY24` merged over `目標 | 実績 | 評価`, No and KPI merged down both header rows, a narrow blank column " +
    "between the groups, ◎○△× typed by staff (◎ met by far, △ close), a ※ note row inside the table.",
  sheets: [
    {
      name: "KPI推移",
      widths: [5, 24, 12, 10, 6, 2, 12, 10, 6],
      merges: ["A1:A2", "B1:B2", "C1:E1", "G1:I1"],
      bold: [1, 2],
      rows: [
        ["No", "KPI", "FY23", null, null, null, "FY24", null, null],
        [null, null, "目標", "実績", "評価", null, "目標", "実績", "評価"],
        [1, "アンケート回収数", "280件以上", "350件", "◎", null, "300件以上", "322件", "○"],
        [2, "早期更改率", "85%以上", "84.0%", "×", null, "85%以上", "86.1%", "○"],
        ["※ FY24の早期更改率は2025年3月満期分までの集計です。"],
        [3, "研修の開催", "年12回以上", "12回", "○", null, "年12回以上", "11回", "×"],
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
        { fiscalYear: 2023, no: "1", status: "met", why: "350件 ≥ 280件 (◎)" },
        { fiscalYear: 2023, no: "2", status: "not_met", why: "84.0% < 85%" },
        { fiscalYear: 2023, no: "3", status: "met", why: "12回 ≥ 12回" },
        { fiscalYear: 2024, no: "1", status: "met", why: "322件 ≥ 300件" },
        { fiscalYear: 2024, no: "2", status: "met", why: "86.1% ≥ 85%" },
        { fiscalYear: 2024, no: "3", status: "not_met", why: "11回 < 12回" },
      ],
      skippedRows: [{ row: 5, why: "footnote" }],
      findings: [],
    },
  ],
};

/** The third round of agency fixtures (sheets agencies really keep), built with the others. */
export const KEPT_SHEET_FIXTURES: Fixture[] = [coverBlock, sideBySide, components, unitsCriterion, planTwoDigitYears, termNumbers, fyGroups];
