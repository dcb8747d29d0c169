import type { Comparator, JudgementWord, Period } from "../../Expression";
import type { KpiSchema } from "../../KpiSchema";
import { normalizeText } from "../../normalizeText";
import { alternation } from "./alternation";
import { codesOf } from "./chars";

/**
 * The expression grammar of one schema, compiled once: the regular expressions and the lookup tables.
 *
 * @example grammarOf(BUILT_IN_SCHEMA).comparators.get("以内") // "<="
 */
export interface Grammar {
  /**
   * One quantity with the words around it, matched globally. Groups: 1 everything before the sign, 2/4 period
   * prefix, 3 comparator prefix, 5 sign, 6 number, 7 unit, 8/10 period suffix, 9 comparator suffix.
   */
  quantity: RegExp;
  /** A comparator suffix at the start of the rest of the text (after a bracket group). */
  suffixAhead: RegExp;
  units: Map<string, { unit: string; scale: number }>;
  periods: Map<string, Period>;
  comparators: Map<string, Comparator>;
  /** Judgement words, matched globally, longest first. */
  judgement: RegExp;
  judgements: Map<string, JudgementWord>;
  lowerIsBetter: RegExp;
  /** Words of an activity about a lower-is-better thing (schema `lowerIsBetterActivities`: 対応, 防止, 研修), matched once. */
  lowerIsBetterActivity: RegExp;
  missing: Set<string>;
  /** The one-character placeholders (`-`, `ー`) by character code: a text made only of them is a placeholder. */
  missingMarks: ReadonlySet<number>;
  notApplicable: Set<string>;
  /** The length of the longest placeholder / not-applicable word (longer texts are neither). */
  longestMissing: number;
  longestNotApplicable: number;
  notApplicableWord: RegExp;
  /** Words that only name the column, not a metric or label: the target and result headers, 指標, 目安. */
  noise: Set<string>;
  /** Done-words (`実施済み` → met, `未実施` → not_met), matched globally, longest first. */
  done: RegExp;
  doneWords: Map<string, JudgementWord>;
  /** A hedged judgement (`概ね達成`), matched once. */
  hedge: RegExp;
  /** A word of the future (`予定`, `見込み`, `目指し`), matched globally; not `予定通り`, `見込み客`. */
  future: RegExp;
  /** An "all" word (`全員`, `全支店`). */
  all: RegExp;
  /** A majority word (`過半数`). */
  majority: RegExp;
  /** A half word (`半数`): 50 %, with the comparator written after it. */
  half: RegExp;
  /** A word naming the whole of a ratio right before its count (`対象20名`), anchored at the end of the text before it. */
  wholeBefore: RegExp;
  /** A total word right before a figure (`計6回`, `合計:218件`), anchored at the end of the text before it. */
  totalBefore: RegExp;
  /** The last character of each total word, in lower and upper case: where `totalBefore` can match at all. */
  totalEnds: Set<string>;
  /** A baseline word of a relative expression (`前年度`, `業界平均`), matched globally; group 1 is the word. */
  basis: RegExp;
  /** An average baseline word right before a result's figure (`業界平均82.3%`, `全国平均:84%`), anchored at the end. */
  averageBefore: RegExp;
  /** The last character of each average word, by character code: where `averageBefore` can match at all. */
  averageEnds: ReadonlySet<number>;
  /** The baseline words that name the previous period (the rest are averages). */
  previous: Set<string>;
  /** A direction word at the start of a text: group 1 increase (`増加`, `アップ`), group 2 decrease (`減少`). */
  direction: RegExp;
  /** A word of a change by a multiple at the start of a text (`半減`, `倍増`): group 1 the word. */
  multiple: RegExp;
  /** The multiples' factors in % of the baseline, by word (`半減` → 50). */
  multiples: Map<string, number>;
  /** Any word of an increase (`増`, `増加`, `向上`), anywhere: `純増数 0件` asks for at least none lost. */
  increase: RegExp;
  /**
   * A target in words that asks for a change of a counted metric (`苦情件数の削減`, `NISA口座数の増加`): group 1 the
   * metric's last word, 2 an increase, 3 a decrease.
   */
  changeTarget: RegExp;
  /** A result's metric or label that states the result against its own target (`達成率`, `目標比`), whole. */
  achievement: RegExp;
  /** Era names and their first years (`令和` → 2019), to read a year a result names. */
  eras: Map<string, number>;
}

/** Besides the target and result column names: words that introduce a value without naming what it measures. */
const NOISE_WORDS = ["指標", "目安", "数値", "目標値", "実績値", "結果", "ほぼ", "ほとんど"];

const cache = new WeakMap<KpiSchema, Grammar>();

/**
 * The average words that name whose average it is (`業界平均`, `全国平均`): before a result's figure they name a
 * baseline, while `平均` alone states the result as an average (`1人平均1.8回`, `平均4.2営業日`).
 */
function groupAverages(words: readonly string[]): string[] {
  return words.filter((w) => wordKey(w) !== "平均");
}

/**
 * The lookup key of a schema word: normalised and lower case (`PT` and `pt` are one unit).
 *
 * @example wordKey("ＰＴ") // "pt"
 */
export function wordKey(word: string): string {
  return normalizeText(word).toLowerCase();
}

function keyed<V>(entries: Iterable<[string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [word, value] of entries) {
    const key = wordKey(word);
    if (key && !map.has(key)) map.set(key, value);
  }
  return map;
}

function compile(schema: KpiSchema): Grammar {
  const units = keyed(
    schema.units.flatMap((u) =>
      Object.entries(u.aliases).map(([alias, scale]): [string, { unit: string; scale: number }] => [
        alias,
        { unit: u.unit, scale },
      ]),
    ),
  );
  const periodEntries = (side: "prefixes" | "suffixes") =>
    (Object.keys(schema.periods) as Period[]).flatMap((p) =>
      (schema.periods[p]?.[side] ?? []).map((w): [string, Period] => [w, p]),
    );
  const prefixes = keyed(periodEntries("prefixes"));
  const suffixes = keyed(periodEntries("suffixes"));
  const cmpPrefix = keyed(Object.entries(schema.comparators.prefix));
  const cmpSuffix = keyed(Object.entries(schema.comparators.suffix));
  const judgements = keyed(
    (Object.keys(schema.judgementWords) as JudgementWord[]).flatMap((j) =>
      schema.judgementWords[j].map((w): [string, JudgementWord] => [w, j]),
    ),
  );
  const PP = alternation(prefixes.keys());
  const CP = alternation(cmpPrefix.keys());
  const CS = alternation(cmpSuffix.keys());
  const PS = alternation(suffixes.keys());
  const UNIT = alternation(units.keys());
  // Digits with separators and kanji multipliers (`1,900`, `0.0275`, `1兆2,345億`, `3億5,000万`, `5万`); each part starts with
  // what the one before cannot end with, so the match is linear.
  const NUMBER = "\\d+(?:,\\d+)*(?:\\.\\d+)?(?:[兆億万千]+(?:\\d+(?:,\\d+)*(?:\\.\\d+)?)?)*";
  const quantity = new RegExp(
    `((?:(${PP}) ?)?(?:(${CP}) ?)?(?:(${PP}) ?)?)([-+]?)(${NUMBER})(?: ?(${UNIT}))?(?: ?(${PS}))?(?: ?(${CS}))?(?: ?(${PS}))?`,
    "gi",
  );
  const done = keyed([
    ...(schema.resultWords?.done ?? []).map((w): [string, JudgementWord] => [w, "met"]),
    ...(schema.resultWords?.notDone ?? []).map((w): [string, JudgementWord] => [w, "not_met"]),
  ]);
  const rel = schema.relativeWords ?? { previous: [], average: [], increase: [], decrease: [] };
  const words = (list: string[] | undefined) => alternation((list ?? []).map(wordKey));
  const na = schema.notApplicableValues.map(wordKey);
  const missing = schema.missingValues.map(wordKey);
  return {
    quantity,
    suffixAhead: new RegExp(`^ ?(${CS})`, "i"),
    units,
    periods: new Map([...prefixes, ...suffixes]),
    comparators: new Map([...cmpPrefix, ...cmpSuffix]),
    judgement: new RegExp(alternation(judgements.keys()), "gi"),
    judgements,
    lowerIsBetter: new RegExp(alternation(schema.lowerIsBetter.map(wordKey)), "gi"),
    lowerIsBetterActivity: new RegExp(alternation((schema.lowerIsBetterActivities ?? []).map(wordKey)), "i"),
    missing: new Set(missing),
    missingMarks: codesOf(missing.filter((w) => w.length === 1)),
    notApplicable: new Set(na),
    longestMissing: Math.max(0, ...missing.map((w) => w.length)),
    longestNotApplicable: Math.max(0, ...na.map((w) => w.length)),
    notApplicableWord: new RegExp(alternation(na), "i"),
    noise: new Set(
      schema.fields
        .filter((f) => f.name === "target" || f.name === "result")
        .flatMap((f) => f.aliases)
        .concat(NOISE_WORDS)
        .map(wordKey),
    ),
    done: new RegExp(alternation(done.keys()), "gi"),
    doneWords: done,
    hedge: new RegExp(words(schema.resultWords?.hedges), "i"),
    future: new RegExp(`(?:${words(schema.resultWords?.future)})(?!通り|どおり|客|先|以上)`, "gi"),
    all: new RegExp(words(schema.allWords), "i"),
    majority: new RegExp(words(schema.majorityWords), "i"),
    half: new RegExp(words(schema.halfWords), "i"),
    wholeBefore: new RegExp(`(?:${words(schema.wholeWords)}) ?:? ?$`, "i"),
    totalBefore: new RegExp(`(?:^|[^\\p{L}])(?:${words(schema.totalWords)}) ?:? ?$`, "iu"),
    totalEnds: new Set((schema.totalWords ?? []).map(wordKey).flatMap((w) => [w.slice(-1), w.slice(-1).toUpperCase()])),
    basis: new RegExp(`(${words([...rel.previous, ...rel.average])})`, "gi"),
    averageBefore: new RegExp(`(?:${words(groupAverages(rel.average))})(?:値|の値)?(?:は|の|:)? ?$`, "i"),
    averageEnds: codesOf(groupAverages(rel.average).map(wordKey).flatMap((w) => [w.slice(-1), w.slice(-1).toUpperCase()])),
    previous: new Set(rel.previous.map(wordKey)),
    direction: new RegExp(`^ ?(?:(${words(rel.increase)})|(${words(rel.decrease)}))`, "i"),
    increase: new RegExp(words(rel.increase), "i"),
    multiple: new RegExp(`^ ?(${words(Object.keys(rel.multiples ?? {}))})`, "i"),
    multiples: keyed(Object.entries(rel.multiples ?? {})),
    changeTarget: new RegExp(
      `(数|率|額|高|割合|時間)(?:の)? ?(?:(${words(rel.increase)})|(${words(rel.decrease)}))(?:を図る|を図ります|を目指す|を目指します|させる|に努める|に努めます)?$`,
      "i",
    ),
    achievement: new RegExp(`^(?:${words(rel.achievement)})$`, "i"),
    eras: new Map(schema.fiscalYear.eras.map((e) => [e.name, e.firstYear])),
  };
}

/**
 * The compiled grammar of a schema, cached per schema object (a WeakMap), so that judging many rows compiles
 * the regular expressions once. Every schema word is normalised like the texts it is matched against.
 *
 * @example grammarOf(BUILT_IN_SCHEMA).units.get("ヶ月") // { unit: "か月", scale: 1 }
 */
export function grammarOf(schema: KpiSchema): Grammar {
  let grammar = cache.get(schema);
  if (!grammar) {
    grammar = compile(schema);
    cache.set(schema, grammar);
  }
  return grammar;
}
