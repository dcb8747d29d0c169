import type { KpiStatus } from "../core/KpiStatus";
import type { Severity } from "../core/Finding";
import type { Lang } from "./Lang";
import { statusMarkLabel } from "./statusLabel";

/**
 * The words the write-back outputs (status column, disclosure sheet, findings sheet, website HTML) show.
 *
 * @example writebackLabels("ja").findingsHeaders[0] // "重要度"
 */
export interface WritebackLabels {
  /** Header of the status column on the KPI sheet. */
  statusHeader: string;
  /** Name of the disclosure sheet. */
  disclosureSheet: string;
  /** Name of the findings sheet. */
  findingsSheet: string;
  /** Heading of one fiscal year, e.g. `2024年度`. */
  yearHeading: (fiscalYear: number) => string;
  /** Label before the result cell, e.g. `結果(2024年度)`. */
  resultLabel: (fiscalYear: number) => string;
  scopeLabel: string;
  targetLabel: string;
  principlesLabel: string;
  /** Header of the status cell in the website HTML (screen readers), e.g. `達成状況`. */
  statusLabel: string;
  /** Page heading of the disclosure. */
  pageHeading: string;
  /** The KPI explanation under the heading. */
  kpiExplanation: string;
  /** Added whenever a KPI mentions NPS. */
  npsExplanation: string;
  /** Added whenever a KPI mentions NPS. */
  npsTrademark: string;
  /** Headers of the findings sheet, in column order. */
  findingsHeaders: readonly [string, string, string, string, string, string, string];
  severity: Record<Severity, string>;
}

const JA: WritebackLabels = {
  statusHeader: "達成状況",
  disclosureSheet: "開示用",
  findingsSheet: "検証結果",
  yearHeading: (y) => `${y}年度`,
  resultLabel: (y) => `結果(${y}年度)`,
  scopeLabel: "対象",
  targetLabel: "目標",
  principlesLabel: "対応原則",
  statusLabel: "達成状況",
  pageHeading: "お客さま本位の業務運営方針と重要業績評価指数(KPI)",
  kpiExplanation:
    "KPIとは、Key Performance Indicatorの略で、企業目標の達成度を評価するための重要業績評価指標のことです。",
  npsExplanation: "NPSとは、Net Promoter Score®の略で、顧客ロイヤルティを測る指標の一つです。",
  npsTrademark:
    "「NPS®」および「Net Promoter Score®」は、ベイン・アンド・カンパニー、フレッド・ライクヘルド、サトメトリックス・システムズの登録商標です。",
  findingsHeaders: ["重要度", "コード", "内容", "シート", "セル", "年度", "No"],
  severity: { error: "エラー", warning: "警告", info: "情報" },
};

const EN: WritebackLabels = {
  statusHeader: "Status",
  disclosureSheet: "Disclosure",
  findingsSheet: "Check results",
  yearHeading: (y) => `FY${y}`,
  resultLabel: (y) => `Result (FY${y})`,
  scopeLabel: "Scope",
  targetLabel: "Target",
  principlesLabel: "Principles",
  statusLabel: "Status",
  pageHeading: "Customer-oriented business conduct policy and key performance indicators (KPI)",
  kpiExplanation:
    "KPI stands for Key Performance Indicator: an indicator used to evaluate how far a company's goals are achieved.",
  npsExplanation: "NPS stands for Net Promoter Score®, one of the indicators of customer loyalty.",
  npsTrademark:
    "NPS®, Net Promoter® and Net Promoter Score® are registered trademarks of Bain & Company, Inc., Fred Reichheld and Satmetrix Systems, Inc.",
  findingsHeaders: ["Severity", "Code", "Message", "Sheet", "Cell", "Fiscal year", "No"],
  severity: { error: "Error", warning: "Warning", info: "Info" },
};

/**
 * The write-back words of a language.
 *
 * @example writebackLabels("ja").disclosureSheet // "開示用"
 * @example writebackLabels("en").resultLabel(2024) // "Result (FY2024)"
 */
export function writebackLabels(lang: Lang = "ja"): WritebackLabels {
  return lang === "en" ? EN : JA;
}

/**
 * The mark and word a status cell shows (disclosure-output.md §1); the same words as `statusMarkLabel`.
 *
 * @example statusText("missing_result", "ja") // "! 結果未入力"
 */
export function statusText(status: KpiStatus, lang: Lang = "ja"): string {
  return statusMarkLabel(status, lang);
}
