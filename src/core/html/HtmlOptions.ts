import type { KpiSeries } from "../series/KpiSeries";
import type { WritebackLabels } from "../writeback/WritebackLabels";
import type { TrendOptions } from "./renderTrendHtml";

/**
 * How the look of the HTML travels: `inline` puts it in `style` attributes too (what gets published when pasted
 * into a CMS, which strips `<style>` blocks), `class` writes class names only, for sites with their own CSS
 * (`DISCLOSURE_CSS`).
 *
 * @example const mode: HtmlStyleMode = "inline";
 */
export type HtmlStyleMode = "inline" | "class";

/**
 * What `renderDisclosureHtml` and `renderDisclosureText` put on the page. The defaults are what gets published
 * (disclosure-output.md §3): inline styles, no status column, the standard heading and lead.
 *
 * @example { labels: writebackLabels("ja"), years: [2024, 2023], showStatus: false, style: "inline", heading: true }
 */
export interface HtmlOptions {
  /** The words of the page, in the reader's language (`writebackLabels(lang)` of `src/i18n`). */
  labels: WritebackLabels;
  /** Fiscal years to show (default: all), always newest first. */
  years?: number[];
  /** A public status column: 達成, 一部達成, 未達成 only, an empty cell for any other status (default false). */
  showStatus?: boolean;
  /** Inline styles or class names only (default `inline`). */
  style?: HtmlStyleMode;
  /** The page heading: true for 「お客さま本位の業務運営方針と重要業績評価指数(KPI)」, a text of your own, or false (default true). */
  heading?: boolean | string;
  /** The lead paragraph under the heading (default: the KPI explanation when a heading is shown; "" for none). */
  lead?: string;
  /**
   * The date the page's figures are as of, `YYYY-MM-DD`: a line 「2026年11月29日現在」 (`As of November 29, 2026`)
   * under the heading, as agencies' pages say when their figures stand. The CLI and the pane pass the check's
   * as-of date; none when absent.
   */
  asOf?: string;
  /** An optional 推移 section after the years (`renderTrendHtml`): the series and their words; none by default. */
  trend?: TrendOptions & { series: readonly KpiSeries[] };
}
