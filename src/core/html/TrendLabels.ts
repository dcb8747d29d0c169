/**
 * The words of the 推移 section (`renderTrendHtml`), in the reader's language (`trendLabels(lang)` of `src/i18n`).
 *
 * @example { heading: "推移", year: "年度", target: "目標", result: "結果", yearName: (y) => `${y}年度`, … }
 */
export interface TrendLabels {
  lang: string;
  heading: string;
  /** Column headers of each series' table. */
  year: string;
  target: string;
  result: string;
  status: string;
  yearName: (fiscalYear: number) => string;
  /** The public status words (達成, 一部達成, 未達成); other statuses show nothing. */
  statusWords: { met: string; partial: string; not_met: string };
  /** The chart's name for screen readers, e.g. 「お客様アンケートの収集（回答数）の推移」. */
  chartName: (title: string) => string;
  /** One year in the chart's text alternative, e.g. 「2023年度 目標200件、結果208件（達成）」. */
  chartYear: (year: string, target: string, result: string, status: string) => string;
  /** An empty result in the text alternative (結果なし). */
  noResult: string;
  /** An empty target or result cell of the table, e.g. `―` (a blank cell reads as a mistake on a published page). */
  emptyCell: string;
  /** The empty result cell of a fiscal year not yet ended (status `pending`), e.g. `集計中`. */
  resultPending: string;
}
