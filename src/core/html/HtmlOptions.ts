import type { WritebackLabels } from "../writeback/WritebackLabels";

/**
 * What `renderDisclosureHtml` and `renderDisclosureText` put on the page.
 *
 * @example { labels: writebackLabels("ja"), years: [2024, 2023], showStatus: true, inlineStyles: true, heading: false }
 */
export interface HtmlOptions {
  /** The words of the page, in the reader's language (`writebackLabels(lang)` of `src/i18n`). */
  labels: WritebackLabels;
  /** Fiscal years to show (default: all), always newest first. */
  years?: number[];
  /** A status cell (mark and word) in each target row (default true). */
  showStatus?: boolean;
  /** Put the look in `style` attributes too, for CMS editors that strip `<style>` and classes (default false). */
  inlineStyles?: boolean;
  /** The page heading: true for 「お客さま本位の業務運営方針と重要業績評価指数(KPI)」, a text of your own, or false (default true). */
  heading?: boolean | string;
  /** The lead paragraph under the heading (default: the KPI explanation when a heading is shown; "" for none). */
  lead?: string;
}
