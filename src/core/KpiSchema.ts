import type { Comparator, JudgementWord, Period } from "./Expression";

/** The words that make a figure a rate per one period (`年間`, `/年`). */
export interface PeriodWords {
  prefixes: string[];
  suffixes: string[];
}
import type { KpiField } from "./KpiRecord";
import builtIn from "./schema/kpi-schema.json";

/** One field of the KPI schema (Frictionless Table Schema style). */
export interface SchemaField {
  name: KpiField;
  title: string;
  type: "fiscal-year" | "integer" | "string" | "kpi-expression";
  /** Header texts that name this field (matched after NFKC, case- and width-insensitive). */
  aliases: string[];
  constraints?: { required?: boolean; minimum?: number };
}

/**
 * The KPI schema: the rules the engine takes as data (kpi-rules.md §6). The built-in one is
 * `schema/kpi-schema.json`; an agency may supply its own, validated by `parseKpiSchema`.
 */
export interface KpiSchema {
  name: string;
  title?: string;
  version?: number;
  fields: SchemaField[];
  primaryKey: KpiField[];
  /** Texts that mean "no value yet" (placeholders). */
  missingValues: string[];
  /** Texts that mean "not applicable" (計測なし, …). */
  notApplicableValues: string[];
  fiscalYear: { startMonth: number; eras: { name: string; firstYear: number }[] };
  /** Canonical units with their written variants and the scale of each (万円 → 10000 円). */
  units: { unit: string; aliases: Record<string, number> }[];
  /**
   * Words before or after a figure that make it a rate per period; `year`, `month` and `person` are required, the
   * other periods (`half`, `quarter`, `week`) optional.
   */
  periods: Record<"year" | "month" | "person", PeriodWords> & Partial<Record<Period, PeriodWords>>;
  comparators: { suffix: Record<string, Comparator>; prefix: Record<string, Comparator> };
  /**
   * Words of what should be low (`苦情`, `解約`, `不備`): a target without a comparator whose metric, label or text —
   * or, naming no metric, whose KPI's name — measures one of them means `<=` (`isLowerBetter`).
   */
  lowerIsBetter: string[];
  /**
   * Words of an activity done about a lower-is-better thing named before them (`苦情対応研修の受講率` rates training,
   * `解約防止のための訪問件数` counts visits, `苦情削減率` a reduction): the text then measures the activity, and a
   * target without a comparator means `>=`. Optional (the built-in list is kept).
   */
  lowerIsBetterActivities?: string[];
  judgementWords: Record<JudgementWord, string[]>;
  /**
   * Words of results without a figure (kpi-rules.md §2, Results): done-words (`実施済み` → met for a target without a
   * figure), not-done words (`未実施`), hedges (`概ね達成`: never met, unevaluable with a warning) and future words
   * (`予定`, `見込み`: no result yet).
   */
  resultWords: { done: string[]; notDone: string[]; hedges: string[]; future: string[] };
  /** Words of an "all" target or result (`全員`, `全支店`): every one of them, i.e. 100 %. */
  allWords: string[];
  /** Words of a majority target (`過半数`): more than 50 %. */
  majorityWords: string[];
  /**
   * The parts of a fiscal year, each set covering it once (`["上期", "下期"]`, the four quarters): a result of all
   * the parts of one set adds up to the year's figure; one part alone is not the year's result. The same words name
   * a part in a year cell (`2024年度上期`), a header (`上期実績`) and a column of parts (`yearPeriodWords`). Optional.
   */
  yearParts?: string[][];
  /**
   * Words of the whole fiscal year beside its parts (`通期`, `年間`, `年度計`, `累計`): a cell of a column of parts
   * (`上期` / `下期` / `通期`), a header (`通期` under `実績`) or a year cell's suffix (`2024年度通期`) naming the year's
   * figure. Optional.
   */
  wholeYearWords?: string[];
  /** Results saying nothing happened (`なし`, `発生なし`): 0 against counts kept low (`苦情件数 0件`). Optional. */
  noneWords?: string[];
  /** Words of a half target (`半数以上`): 50 %, at least unless a comparator word follows. Optional. */
  halfWords?: string[];
  /**
   * Words naming the whole of a ratio before its count (`対象20名`, `在籍者20名`): with the part's count in the same
   * unit (`受講者18名/対象20名`, `18名(対象20名)`, `対象20名中受講18名`) they make a share. Optional.
   */
  wholeWords?: string[];
  /**
   * Headers of columns that qualify the figures of their row rather than naming a field: a units column (`単位`:
   * `%`, `件`, a unit of `units`) gives a bare number in the target or result its unit, a criterion column
   * (`判定基準`, `達成基準`: `以上`, `以下`, a comparator of `comparators`) gives a target without a comparator its
   * direction. Optional.
   */
  qualifierHeaders?: { unit: string[]; comparator: string[] };
  /** Words that introduce a stated total among several figures (`計6回`, `合計218件`): the total decides. */
  totalWords: string[];
  /**
   * Words of relative targets and results: the baseline (`前年度`, `業界平均`) and the direction of a change
   * (`増加`, `減少`), as in `前年比110%`, `前年度実績以上`, `昨年比20%減`, `前年度から0.11ポイントダウン`; and the
   * words of a result stated against its own target (`達成率103%`, `目標比98%`: met from 100 %).
   */
  relativeWords: {
    previous: string[];
    average: string[];
    increase: string[];
    decrease: string[];
    achievement?: string[];
    /** Words of a change by a multiple, in % of the baseline: `半減` 50 (at most half), `倍増` 200 (at least double). Optional. */
    multiples?: Record<string, number>;
  };
  /**
   * How KPIs of different fiscal years join into one series (kpi-rules.md §2 "Series across years"): two KPIs with
   * the same No join when their titles are at least `titleSimilarity` alike (0–1, character bigrams, bracketed
   * notes left out); a pair with the same No whose titles are only `unsureSimilarity` alike is kept apart with a
   * `series-uncertain` finding. Units of one group of `unitFamilies` measure the same kind of thing (`%` and `pt`,
   * `件` and `人`): a KPI whose units share no group with last year's, or whose metric is unrelated and whose units
   * differ, starts a new series (`series-new-measure`) rather than joining by No and title.
   */
  series: { titleSimilarity: number; unsureSimilarity: number; unitFamilies: string[][] };
  /** Groups of spellings of one term; a table that mixes them gets a `notation-variant` finding. */
  notationVariants: string[][];
  /**
   * Terms of the trade spelled one way only (`NPS`, `KPI`, `Net Promoter Score`): a word one slip away from one of
   * them gets a `term-misspelling` warning. Optional in a schema file (the built-in list is kept).
   */
  knownTerms?: string[];
}

/** The built-in KPI schema shipped with the engine. */
export const BUILT_IN_SCHEMA: KpiSchema = builtIn as unknown as KpiSchema;
