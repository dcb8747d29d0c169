import type { Finding, Severity } from "../Finding";
import type { KpiStatus } from "../KpiStatus";

/**
 * The words (and the language's typography) the write-back outputs show: status column, disclosure sheet,
 * findings sheet, website HTML. The engine produces no prose: the caller passes this object, which
 * `writebackLabels(lang)` in `src/i18n/writeback.ts` builds for a language.
 *
 * @example
 * buildDisclosureSheet(kpis, { labels: writebackLabels("ja"), existing }).name // "開示用"
 */
export interface WritebackLabels {
  /** The language tag of these words, for the HTML `lang` attribute, e.g. `ja`. */
  readonly lang: string;
  /** The font of the disclosure sheet, e.g. `游ゴシック`. */
  readonly font: string;
  /** Header of the status column on the KPI sheet. */
  readonly statusHeader: string;
  /** Name of the disclosure sheet. */
  readonly disclosureSheet: string;
  /** Name of the findings sheet. */
  readonly findingsSheet: string;
  /** Name of the trend sheet (推移). */
  readonly trendSheet: string;
  /** Heading of the trend sheet. */
  readonly trendHeading: string;
  /** The note under the trend sheet's heading. */
  readonly trendExplanation: string;
  /** Headers of each series' table on the trend sheet: year, target, result, status, target as written, result as written. */
  readonly trendHeaders: readonly [string, string, string, string, string, string];
  /** Heading of one fiscal year, e.g. `2024年度`. */
  readonly yearHeading: (fiscalYear: number) => string;
  /** Heading of a page that continues a fiscal year, e.g. `2024年度（続き）` (read back as the year). */
  readonly yearContinued: (fiscalYear: number) => string;
  /** Label before the result cell, e.g. `結果(2024年度)`. */
  readonly resultLabel: (fiscalYear: number) => string;
  readonly scopeLabel: string;
  readonly targetLabel: string;
  readonly principlesLabel: string;
  /** What the website HTML shows in an empty 目標 or 結果 cell, so it does not look left out by mistake, e.g. `―`. */
  readonly emptyCell: string;
  /** What the website HTML shows in the empty result cell of a fiscal year not yet ended, e.g. `集計中`. */
  readonly resultPending: string;
  /** Header of the status cell in the website HTML (screen readers), e.g. `達成状況`. */
  readonly statusLabel: string;
  /** Page heading of the disclosure. */
  readonly pageHeading: string;
  /** The KPI explanation under the heading. */
  readonly kpiExplanation: string;
  /** The line saying as of when the page's figures are, e.g. `2026年11月29日現在`. */
  readonly asOfLine: (year: number, month: number, day: number) => string;
  /** Added whenever a KPI mentions NPS. */
  readonly npsExplanation: string;
  /** Added whenever a KPI mentions NPS. */
  readonly npsTrademark: string;
  /** Headers of the findings sheet, in column order. */
  readonly findingsHeaders: readonly [string, string, string, string, string, string, string, string];
  readonly severity: Readonly<Record<Severity, string>>;
  /** The mark and word a status cell shows (disclosure-output.md §1), e.g. `◯ 達成`. */
  readonly status: Readonly<Record<KpiStatus, string>>;
  /** A finding's message, as the findings sheet shows it. */
  readonly message: (finding: Finding) => string;
}
