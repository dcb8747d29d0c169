import type { SheetCell } from "../Finding";
import type { JudgedComponent } from "../JudgedKpi";
import type { KpiStatus } from "../KpiStatus";

/**
 * How a year's KPI joined the series of the years before (kpi-rules.md §2 "Series across years"):
 * - `id`: the same value in the ID column (`KPI ID`, `系列`);
 * - `no-title`: the same No and titles at least the schema's `series.titleSimilarity` alike;
 * - `no-metric`: the same No and the same metric in the target (`対面募集率`), the titles less alike;
 * - `metric`: the same metric in the target while the No changed (the seed's 2021 No 5 is 2022 No 4).
 */
export type SeriesMatchKind = "id" | "no-title" | "no-metric" | "metric";

/** How one point joined its series: the rule, the titles' similarity (0–1) and whether the match is sure. */
export interface SeriesMatch {
  by: SeriesMatchKind;
  /** Similarity of this title and the previous point's (character bigrams, 0–1, two decimals). */
  similarity: number;
  /**
   * False when the join rests on a spelling variant (`NPS(事故対応)` / `NSP(事故対応)`) or on one of several equal
   * candidates: such a join comes with a `series-uncertain` finding.
   */
  sure: boolean;
}

/**
 * One fiscal year of a series: the KPI's row and figures as judged. Plain data (JSON as is).
 *
 * @example { fiscalYear: 2022, no: 1, row: 14, title: "お客様アンケート(契約募集)の収集", target: "回答数:200件",
 *   result: "196件", status: "not_met", metric: "回答数", units: ["件"], match: { by: "no-title", similarity: 1, sure: true }, … }
 */
export interface SeriesPoint {
  fiscalYear: number;
  no: number | null;
  /** 1-based sheet row of the KPI. */
  row: number;
  /** The KPI's sheet, when a check spans several sheets (`--all-sheets`, one sheet per year). */
  sheet?: string;
  title: string;
  target: string;
  result: string;
  /** Null where the KPIs were not judged (series built from records only). */
  status: KpiStatus | null;
  components: readonly JudgedComponent[];
  /** The measure the target names (`対面募集率`, `NPS(事故対応)`), or its lone component's label; null if none. */
  metric: string | null;
  /** The canonical units of the target's components, in order, without repeats (`["pt"]`). */
  units: readonly string[];
  /** A1 addresses of the title and target cells where known (findings name them). */
  cells: { title: string | null; target: string | null; result: string | null };
  /** How this point joined the series; null for the series' first point. */
  match: SeriesMatch | null;
  /**
   * For a series' first point: last year's KPI with the same No whose title was alike, but not enough to join
   * (`series-kept-apart`), or alike enough but measuring something else (`measure`, `series-new-measure`); null
   * otherwise.
   */
  apart: SeriesApart | null;
}

/**
 * Last year's KPI with the same No whose title was somewhat alike, kept apart (`series-kept-apart`); or whose title
 * was alike enough but that measured something else (`measure`: its metric and units; `series-new-measure`).
 */
export interface SeriesApart {
  fiscalYear: number;
  no: number | null;
  row: number;
  title: string;
  /** How alike the two titles are (0–1, two decimals). */
  similarity: number;
  measure?: { metric: string | null; units: readonly string[] };
  /**
   * Where last year's KPI is when it is on another sheet than this one (one sheet per year): its row and its target's
   * cell where it `measure`s something else, else its title's. Absent on the same sheet.
   */
  previousAt?: SheetCell;
}

/**
 * The same KPI over fiscal years, oldest first. A year may be missing (a KPI dropped and taken up again).
 *
 * @example { id: "2021-1", seriesId: null, title: "お客様アンケートの収集", metric: "回答数", direction: "higher",
 *   points: [{ fiscalYear: 2021, … }, { fiscalYear: 2022, … }] }
 */
export interface KpiSeries {
  /** The ID column's value where there is one, else `<first fiscal year>-<first No>` (or `-r<row>` without a No). */
  id: string;
  /** The ID column's value, null when the table has none. */
  seriesId: string | null;
  /** The newest point's title. */
  title: string;
  /** The newest point's metric. */
  metric: string | null;
  /** Whether a higher figure is better (`>=`, `>` targets) or a lower one (`<=`, `<`; 苦情件数, 解約率 …). */
  direction: "higher" | "lower";
  points: SeriesPoint[];
}
