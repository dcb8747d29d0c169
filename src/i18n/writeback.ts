import { KPI_STATUSES, type KpiStatus } from "../core/KpiStatus";
import type { TrendLabels } from "../core/html/TrendLabels";
import type { WritebackLabels } from "../core/writeback/WritebackLabels";
import type { Lang } from "./Lang";
import { renderFinding } from "./renderFinding";
import { statusMarkLabel } from "./statusLabel";

/** The words of a language, without what is built from other catalogues (status marks, finding messages). */
export type { WritebackLabels } from "../core/writeback/WritebackLabels";

type OwnWords = Omit<WritebackLabels, "status" | "message">;

const JA: OwnWords = {
  lang: "ja",
  // the disclosure sheet's font: Excel's default for Japanese workbooks, and for English ones
  font: "游ゴシック",
  statusHeader: "達成状況",
  disclosureSheet: "開示用",
  findingsSheet: "指摘一覧",
  trendSheet: "推移",
  trendHeading: "KPIの推移",
  trendExplanation:
    "2年度以上にわたるKPIごとに、各年度の目標と結果、達成状況を示します。目標・結果の数値は、目標の最初の項目のものです。",
  trendHeaders: ["年度", "目標", "結果", "達成状況", "目標（記載）", "結果（記載）"],
  yearHeading: (y) => `${y}年度`,
  yearContinued: (y) => `${y}年度（続き）`,
  resultLabel: (y) => `結果(${y}年度)`,
  scopeLabel: "対象",
  targetLabel: "目標",
  principlesLabel: "対応原則",
  emptyCell: "―",
  resultPending: "集計中",
  statusLabel: "達成状況",
  pageHeading: "お客さま本位の業務運営方針と重要業績評価指数(KPI)",
  kpiExplanation:
    "KPIとは、Key Performance Indicatorの略で、企業目標の達成度を評価するための重要業績評価指標のことです。",
  asOfLine: (y, m, d) => `${y}年${m}月${d}日現在`,
  npsExplanation: "NPSとは、Net Promoter Score®の略で、顧客ロイヤルティを測る指標の一つです。",
  npsTrademark:
    "「NPS®」および「Net Promoter Score®」は、ベイン・アンド・カンパニー、フレッド・ライクヘルド、サトメトリックス・システムズの登録商標です。",
  findingsHeaders: ["重要度", "内容", "年度", "No", "取組項目", "シート", "セル", "コード"],
  severity: { error: "エラー", warning: "警告", info: "情報" },
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const EN: OwnWords = {
  lang: "en",
  font: "Calibri",
  statusHeader: "Status",
  disclosureSheet: "Disclosure",
  findingsSheet: "Findings",
  trendSheet: "Trend",
  trendHeading: "KPI trends",
  trendExplanation:
    "For each KPI set over two or more fiscal years: the target, the result and the status of each year. The figures are those of the target's first component.",
  trendHeaders: ["Fiscal year", "Target", "Result", "Status", "Target (as written)", "Result (as written)"],
  yearHeading: (y) => `FY${y}`,
  yearContinued: (y) => `FY${y} (continued)`,
  resultLabel: (y) => `Result (FY${y})`,
  scopeLabel: "Scope",
  targetLabel: "Target",
  principlesLabel: "Principles",
  emptyCell: "—",
  resultPending: "Being compiled",
  statusLabel: "Status",
  pageHeading: "Customer-oriented business conduct policy and key performance indicators (KPI)",
  kpiExplanation:
    "KPI stands for Key Performance Indicator: an indicator used to evaluate how far a company's goals are achieved.",
  asOfLine: (y, m, d) => `As of ${MONTHS[m - 1]} ${d}, ${y}`,
  npsExplanation: "NPS stands for Net Promoter Score®, one of the indicators of customer loyalty.",
  npsTrademark:
    "NPS®, Net Promoter® and Net Promoter Score® are registered trademarks of Bain & Company, Inc., Fred Reichheld and Satmetrix Systems, Inc.",
  findingsHeaders: ["Severity", "Message", "Fiscal year", "No", "Initiative", "Sheet", "Cell", "Code"],
  severity: { error: "Error", warning: "Warning", info: "Info" },
};

/**
 * The write-back words of a language, as the engine's outputs take them (`WriteOptions.labels`,
 * `HtmlOptions.labels`).
 *
 * @example writebackLabels("ja").disclosureSheet // "開示用"
 * @example writebackLabels("en").resultLabel(2024) // "Result (FY2024)"
 */
export function writebackLabels(lang: Lang = "ja"): WritebackLabels {
  return BUILT[lang];
}

function build(lang: Lang): WritebackLabels {
  const status = Object.fromEntries(KPI_STATUSES.map((s) => [s, statusMarkLabel(s, lang)])) as Record<KpiStatus, string>;
  return { ...(lang === "en" ? EN : JA), status, message: (finding) => renderFinding(finding, lang) };
}

const BUILT: Record<Lang, WritebackLabels> = { ja: build("ja"), en: build("en") };

/**
 * The mark and word a status cell shows (disclosure-output.md §1); the same words as `statusMarkLabel`.
 *
 * @example statusText("missing_result", "ja") // "! 結果未入力"
 */
export function statusText(status: KpiStatus, lang: Lang = "ja"): string {
  return statusMarkLabel(status, lang);
}

/**
 * The words of the 推移 section of the HTML (`renderTrendHtml`) in a language.
 *
 * @example trendLabels("ja").chartYear("2023年度", "200件", "208件", "達成") // "2023年度 目標200件、結果208件（達成）。"
 */
export function trendLabels(lang: Lang): TrendLabels {
  if (lang === "en") {
    return {
      lang: "en", heading: "Trend", year: "Fiscal year", target: "Target", result: "Result", status: "Status",
      yearName: (y) => `FY${y}`,
      statusWords: { met: "Met", partial: "Partly met", not_met: "Not met" },
      chartName: (title) => `Trend of ${title}`,
      chartYear: (year, target, result, status) => `${year}: target ${target}, result ${result}${status ? ` (${status})` : ""}.`,
      noResult: "none",
      emptyCell: "—",
      resultPending: "Being compiled",
    };
  }
  return {
    lang: "ja", heading: "推移", year: "年度", target: "目標", result: "結果", status: "達成状況",
    yearName: (y) => `${y}年度`,
    statusWords: { met: "達成", partial: "一部達成", not_met: "未達成" },
    chartName: (title) => `${title}の推移`,
    chartYear: (year, target, result, status) => `${year} 目標${target}、結果${result}${status ? `（${status}）` : ""}。`,
    noResult: "なし",
    emptyCell: "―",
    resultPending: "集計中",
  };
}
