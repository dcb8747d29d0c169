import type { Comparator, JudgementWord } from "./Expression";
import type { KpiField, Layout } from "./KpiRecord";
import type { KpiStatus } from "./KpiStatus";

/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";

/**
 * The parameters each finding code sends, one entry per code: plain JSON values that the message templates of
 * `src/i18n/findingMessages.ts` read as `{name}` (besides `{field}`, the word of the finding's field, and `{cell}`).
 * A template may read only what its code sends here: reading anything else fails to compile.
 *
 * **Adding a finding code** (e.g. `evaluation-mismatch`, `target-below-last-result`):
 * 1. add the code and what it sends here, with a line saying when it is raised (the TSDoc is the catalogue);
 * 2. add its severity to {@link FINDING_SEVERITY} (the compiler asks for it);
 * 3. add its message in Japanese and English to `FINDING_MESSAGES` (the compiler asks for both, and rejects a
 *    `{placeholder}` the params do not have); keep every quoted part (「…」, （…）) filled even when a param can
 *    be empty, by sending a param that never is (see `component-missing`'s `component`);
 * 4. raise it with `finding("your-code", { row, field, cell }, { …params })`;
 * 5. give it a case the engine raises it on in the fixtures (e.g. a row of `tests/fixtures/i18n/findings.tsv`), so
 *    that `tests/i18n/raisedMessages.test.ts` renders its message in both languages; describe it in the project's
 *    `docs/` when it goes past the design contract's list (kpi-rules.md §4).
 *
 * @example const p: FindingParams["label-mismatch"] = { target: "火新種", result: "火新" };
 */
export interface FindingParams {
  /** No KPI table on the sheet. */
  "table-not-found": { readonly sheet: string };
  /** A column the schema requires (or recommends: warning) is not in the header. */
  "missing-column": { readonly field: KpiField };
  /** Two header cells name the same field: the first (`first`, e.g. `E1`) is read, the one at `cell` is not. */
  "duplicate-column": { readonly field: KpiField; readonly header: string; readonly first: string };
  /** A required cell is empty. */
  "required-missing": { readonly field: KpiField };
  /** The fiscal-year cell's text (`text`) is no fiscal year. */
  "invalid-fiscal-year": { readonly text: string };
  /** The No cell's text is not a positive whole number. */
  "invalid-number": { readonly text: string };
  /** A fiscal year's No appears twice; `firstRow` is its first row. */
  "duplicate-kpi": { readonly fiscalYear: number; readonly no: number | string; readonly firstRow: number };
  /** A fiscal year's Nos skip numbers: `missing` lists them (`3, 5`, at most 20). */
  "numbering-gap": { readonly fiscalYear: number; readonly missing: string };
  /** A cell shows an Excel error value (`#DIV/0!`, …). */
  "cell-error": { readonly error: string };
  /** A row has no target: a policy without a KPI. */
  "target-missing": Record<string, never>;
  /** No figure could be read in the target. */
  "target-unreadable": { readonly text: string };
  /** No figure could be read in the result; `candidates` figures competed (0: none at all). */
  "result-unreadable": { readonly text: string; readonly candidates: number };
  /** The fiscal year has ended and the result is empty. */
  "result-missing": { readonly fiscalYear: number };
  /** The result says it does not apply (`対象外`, `該当なし`, …). */
  "result-not-applicable": { readonly text: string };
  /** A target component and its result have units that do not convert. */
  "unit-mismatch": { readonly target: string; readonly result: string };
  /** A result figure without a unit took the target's. */
  "unit-inferred": { readonly unit: string; readonly value: number };
  /** A result figure below 1 against a percentage target was read as a fraction (0.85 → 85 %). */
  "percent-as-fraction": { readonly value: number; readonly percent: number };
  /** The target has no comparator word: `comparator` was assumed. */
  "implied-comparator": { readonly comparator: Comparator; readonly text: string };
  /**
   * A target component has no result. `label` is its label ("" when it has none); `component` names it in a
   * message: its label, else its figure as written (`年2回`).
   */
  "component-missing": { readonly label: string; readonly component: string };
  /** A result component matches no target component; `label`, `text` and `component` as for `component-missing`. */
  "component-extra": { readonly label: string; readonly text: string; readonly component: string };
  /** A target label and the result label it was paired with differ (`火新種` / `火新`). */
  "label-mismatch": { readonly target: string; readonly result: string };
  /** The result names another metric than the target. */
  "metric-mismatch": { readonly target: string; readonly result: string };
  /** The result's judgement word (`word`) contradicts the status the figures give (`status`). */
  "judgement-conflict": { readonly word: JudgementWord; readonly status: KpiStatus };
  /** The result figure was picked out of a sentence. */
  "result-from-text": { readonly text: string };
  /** A term is spelled in several ways (`variants`, most common first, seen `counts` times; none for labels). */
  "notation-variant": { readonly variants: readonly string[]; readonly counts: readonly string[] };
  /** A row has a result but no target. */
  "result-without-target": { readonly result: string };
  /**
   * A cell holds `text`, a near miss of the schema's known term `suggestion` (`NSP` for `NPS`): two adjacent
   * letters swapped or one letter off (see `isNearMiss`). Raised on every cell that holds it.
   */
  "term-misspelling": { readonly text: string; readonly suggestion: string };
  /** The result hedges (`概ね達成`, `ほぼ達成`, `word`): never met, not judged. */
  "result-hedged": { readonly text: string; readonly word: string };
  /** The result only speaks of the future (`予定`, `見込み`, `目指し`: `word`): no result yet. */
  "result-future": { readonly text: string; readonly word: string };
  /** A done-word (`実施済み`) answers a target with a figure: it does not say whether the figure was reached. */
  "done-word-without-figure": { readonly text: string };
  /** A target without a figure was judged by the result's word (`達成`, `実施済み`, `未実施`). */
  "judged-by-word": { readonly word: string };
  /** An unlabelled result figure (`result`: `612名`) answered the target component of its unit (`target`: `参加者`). */
  "matched-by-unit": { readonly target: string; readonly result: string };
  /** A not-done word (`未実施`, `中止`: `word`) answers a target asking for at least a figure: not met. */
  "judged-not-done": { readonly word: string };
  /** The result's figures are all stated for other years (`years`: `2023年度`, `令和5年度`) than the row's. */
  "result-other-year": { readonly text: string; readonly years: readonly string[]; readonly fiscalYear: number };
  /** Of figures stated for several years, the row's year's (`year`) was used. */
  "result-year-chosen": { readonly text: string; readonly year: string; readonly fiscalYear: number };
  /** Of targets written for several years (`2024年度:90% 2025年度:92%`), the row's year's (`year`) was used. */
  "target-year-chosen": { readonly text: string; readonly year: string; readonly fiscalYear: number };
  /**
   * The target's figures are all another year's (`2025年度目標90%` on a FY2024 row, `2024年度実績88%、2025年度目標90%`:
   * a result quoted and next year's target): no target of the row's year, not judged. `years` as written.
   */
  "target-other-year": { readonly text: string; readonly years: readonly string[]; readonly fiscalYear: number };
  /** The result is the figure of one part of the year (`part`: `上半期`), not of the year a count target counts. */
  "result-part-of-year": { readonly text: string; readonly part: string };
  /** The result says nothing happened (`なし`, `発生なし`): read as 0 against counts kept low. */
  "result-none": { readonly text: string };
  /** The result is only a bound (`text` `10件` with `comparator` `>=`: `10件以上`) that does not say whether the target was met. */
  "result-bound": { readonly text: string; readonly comparator: Comparator };
  /** A stated total among several figures decided (`春3回・秋3回 計6回`). */
  "result-total": { readonly text: string };
  /** A ratio (`14名中11名`) was read as a share (`percent`) of a rate target. */
  "result-ratio": { readonly text: string; readonly percent: number };
  /** Several figures and no structure to choose: the `readings` judge differently (`statuses`); not judged. */
  "ambiguous-result": { readonly text: string; readonly readings: readonly string[]; readonly statuses: readonly KpiStatus[] };
  /** Several figures and no structure to choose, all judging alike: `chosen` was used, `others` were there too. */
  "reading-chosen": { readonly text: string; readonly chosen: string; readonly others: readonly string[] };
  /**
   * A relative target was judged against its baseline's figure written in the result (`baseline`: `12件` of
   * `(前年12件)`, `82.3%` of `(業界平均82.3%)`), the baseline the target names (`basis`: `前年`, `業界平均`).
   */
  "baseline-from-result": { readonly baseline: string; readonly basis: string };
  /**
   * A relative target was judged against the previous fiscal year's result of the same KPI (on `row`; `previousAt`
   * names its sheet and cell when that year is on another sheet than the finding's: one sheet per year).
   */
  "baseline-from-previous-year": {
    readonly fiscalYear: number;
    readonly row: number;
    readonly value: number;
    readonly unit: string;
    readonly previousAt?: SheetCell;
  };
  /** A relative target's baseline (`basis`: `前年度`, `業界平均`) is not known: not judged. */
  "baseline-unknown": { readonly text: string; readonly basis: string };
  /** The result only states a change (`前年比118.5%`) and the target is not relative. */
  "result-change-only": { readonly text: string };
  /**
   * A change of a rate is written in points on one side and in percent on the other (`前年比+1pt` against `+1.5%`),
   * or a change in percent of a rate judges differently read as points and as a ratio (`前年比+1%` against
   * `90.95%(前年90.0%)`: 91 % or 90.9 %): not judged.
   */
  "change-unit-unclear": { readonly target: string; readonly result: string };
  /**
   * The target asks each of all members for a count (`全店1回以上`) and the result gives a total or an average
   * (`17店舗で54回実施`) without saying that each reached it: not judged.
   */
  "result-not-each": { readonly target: string; readonly result: string };
  /**
   * The target is a total over a period of fiscal years (`period` as the target names it: `2024～2026年度` of
   * `2024～2026年度 累計300件以上`, `3年間` of `3年間で累計300件`, `中期経営計画` of `中期経営計画期間中 累計10,000件`) and the
   * result (`result`) does not say it is the period's total (`累計`, `通算`): it may be one year's figure, which
   * falls short of the total only for that year. Not judged.
   */
  "result-not-cumulative": { readonly target: string; readonly result: string; readonly period: string };
  /** The staff's evaluation (`evaluation`: 〇, ×, 達成 …) names another status than the figures gave (`status`). */
  "evaluation-mismatch": { readonly evaluation: string; readonly status: KpiStatus };
  /**
   * Detection was unsure of the sheet's layout (kpi-rules.md §1): the reading used (`layout`, its `headerRows`) was
   * chosen, but `doubt` is `close` — another reading (`alternative`, `alternativeHeaderRows`) reads nearly as much of
   * the sheet, differently — or `unread` — `unreadLines` rows with something in them were read neither as KPIs
   * nor as rows that are not KPIs (`alternative`: the next best reading, null when there is none). `--layout` and
   * the pane's layout setting decide instead.
   */
  "layout-uncertain": {
    readonly layout: Layout;
    readonly headerRows: readonly number[];
    readonly alternative: Layout | null;
    readonly alternativeHeaderRows: readonly number[];
    readonly doubt: "close" | "unread";
    readonly unreadLines: number;
  };
  /** `count` KPIs have no fiscal year: no year column, header, sheet name or title names one (kpi-rules.md §1). */
  "year-not-found": { readonly count: number };
  /**
   * A KPI joined last year's (`previousYear`, `previousNo`, `previousTitle`) in a series, but not for sure: by a
   * spelling variant of the metric (NPS / NSP) or among several equal candidates; `by` is how (`SeriesMatchKind`).
   */
  "series-uncertain": SeriesPair & SeriesPlace & { readonly by: string; readonly similarity: number };
  /** A KPI was kept apart from last year's KPI with the same No, whose title is only `similarity` alike. */
  "series-kept-apart": SeriesPair & SeriesPlace & { readonly similarity: number };
  /**
   * The metric or units changed within a series (`previousMetric` `previousUnits` → `metric` `units`; a metric
   * never empty: the title where the target names none): the figures are not compared across the change.
   */
  "series-unit-changed": SeriesPair & SeriesPlace & {
    readonly metric: string;
    readonly previousMetric: string;
    readonly units: string;
    readonly previousUnits: string;
  };
  /**
   * A KPI with last year's No and title measures something else (`previousMetric` `previousUnits` → `metric`
   * `units`: another metric in other units, or units of another kind): it starts a new series instead of joining.
   */
  "series-new-measure": SeriesPair & SeriesPlace & {
    readonly metric: string;
    readonly previousMetric: string;
    readonly units: string;
    readonly previousUnits: string;
  };
  /** A target (`label`, `target` `unit`) is less demanding than last year's result (`previousResult`) in its direction. */
  "target-below-last-result": SeriesPair & SeriesFigures & { readonly target: number };
  /** A result (`result`) is worse than last year's (`previousResult`) in its direction. */
  "result-declined": SeriesPair & SeriesFigures & { readonly result: number };
  /** A KPI of `fiscalYear` has no successor in the table's next fiscal year (`nextYear`). */
  "kpi-dropped": { readonly fiscalYear: number; readonly no: number | null; readonly title: string; readonly nextYear: number };
  /** The result is stated against its own target (`達成率103%`, `目標比98%`: `percent`): met from 100 %. */
  "result-achievement-rate": { readonly text: string; readonly percent: number };
}

/**
 * Where another year's KPI a finding compares with is, when it is on another sheet than the finding's (a check of
 * all sheets, one sheet per year): the sheet, the KPI's row, and the cell the finding compares with — its result for a
 * figure, its title or target for a series finding — (its title's when that has none; null when neither is known).
 * Absent when that KPI is on the finding's own sheet.
 *
 * @example { sheet: "2023年度", row: 12, cell: "G12" }
 */
export type SheetCell = { readonly sheet: string; readonly row: number; readonly cell: string | null };

/** Two consecutive years of a series, as series findings name them. */
type SeriesPair = {
  readonly fiscalYear: number;
  readonly no: number | null;
  readonly title: string;
  readonly previousYear: number;
  readonly previousNo: number | null;
  readonly previousTitle: string;
};

/**
 * Where last year's KPI of a series finding is when it is on another sheet (one sheet per year): its row and its
 * title's cell (`series-uncertain`, `series-kept-apart`) or its target's (`series-unit-changed`, `series-new-measure`:
 * the measure is read from the target). Absent on the finding's own sheet.
 */
type SeriesPlace = { readonly previousAt?: SheetCell };

/**
 * The component compared across two years (`label`, never empty), its unit and last year's result; `previousAt` where
 * that result is when last year is on another sheet.
 */
type SeriesFigures = {
  readonly label: string;
  readonly unit: string;
  readonly previousResult: number;
  readonly lowerIsBetter: boolean;
  readonly previousAt?: SheetCell;
};

/** A finding code. */
export type FindingCode = keyof FindingParams;

/** The finding codes of kpi-rules.md §4, plus the ones this engine adds, with the severity each one carries. */
export const FINDING_SEVERITY = {
  "table-not-found": "error",
  "missing-column": "error",
  "duplicate-column": "warning",
  "required-missing": "error",
  "invalid-fiscal-year": "error",
  "invalid-number": "error",
  "duplicate-kpi": "error",
  "numbering-gap": "warning",
  "cell-error": "error",
  "target-missing": "warning",
  "target-unreadable": "warning",
  "result-unreadable": "warning",
  "result-missing": "warning",
  "result-not-applicable": "info",
  "unit-mismatch": "error",
  "unit-inferred": "info",
  "percent-as-fraction": "warning",
  "implied-comparator": "info",
  "component-missing": "warning",
  "component-extra": "warning",
  "label-mismatch": "warning",
  "metric-mismatch": "warning",
  "judgement-conflict": "error",
  "result-from-text": "info",
  "notation-variant": "info",
  "result-without-target": "warning",
  "term-misspelling": "warning",
  "result-hedged": "warning",
  "result-future": "warning",
  "done-word-without-figure": "warning",
  "judged-by-word": "info",
  "judged-not-done": "info",
  "matched-by-unit": "info",
  "result-other-year": "warning",
  "result-year-chosen": "info",
  "target-year-chosen": "info",
  "target-other-year": "warning",
  "result-part-of-year": "warning",
  "result-none": "info",
  "result-bound": "warning",
  "result-total": "info",
  "result-ratio": "info",
  "ambiguous-result": "warning",
  "reading-chosen": "info",
  "baseline-from-result": "info",
  "baseline-from-previous-year": "info",
  "baseline-unknown": "warning",
  "result-change-only": "warning",
  "change-unit-unclear": "warning",
  "result-not-each": "warning",
  "result-not-cumulative": "warning",
  "evaluation-mismatch": "warning",
  "year-not-found": "error",
  "layout-uncertain": "warning",
  "series-uncertain": "info",
  "series-kept-apart": "info",
  "series-unit-changed": "warning",
  "series-new-measure": "info",
  "target-below-last-result": "warning",
  "result-declined": "info",
  "kpi-dropped": "info",
  "result-achievement-rate": "info",
} as const satisfies Record<FindingCode, Severity>;

/** A finding of one code: where it points and the params that code sends. */
interface FindingOf<C extends FindingCode> {
  readonly code: C;
  readonly severity: Severity;
  /** 1-based sheet row of the KPI (or of the cell), null for table-wide findings. */
  readonly row: number | null;
  readonly field: KpiField | null;
  /** A1 address on the read sheet, null for table-wide findings. */
  readonly cell: string | null;
  readonly params: FindingParams[C];
  /** The sheet the finding is about, when a check spans several sheets (`--all-sheets`); else the result's sheet. */
  sheet?: string;
}

/**
 * What the checker found: typed data with no message text (messages are rendered by `src/i18n/`). A union with
 * one member per code, so that `code` tells which `params` there are; `Finding<"label-mismatch">` is one member.
 *
 * @example
 * { code: "label-mismatch", severity: "warning", row: 27, field: "result", cell: "G27",
 *   params: { target: "火新種", result: "火新" } }
 */
export type Finding<C extends FindingCode = FindingCode> = C extends FindingCode ? FindingOf<C> : never;

/**
 * Builds a finding with the severity its code carries (or the one given).
 *
 * @example finding("result-missing", { row: 7, field: "result", cell: "G7" }, { fiscalYear: 2024 })
 */
export function finding<C extends FindingCode>(
  code: C,
  at: { row?: number | null; field?: KpiField | null; cell?: string | null; sheet?: string },
  params: FindingParams[C],
  severity: Severity = FINDING_SEVERITY[code],
): Finding<C> {
  const out: FindingOf<C> = { code, severity, row: at.row ?? null, field: at.field ?? null, cell: at.cell ?? null, params };
  if (at.sheet !== undefined) out.sheet = at.sheet;
  return out as Finding<C>;
}
