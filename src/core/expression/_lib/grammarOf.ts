import type { Comparator, JudgementWord, Period } from "../../Expression";
import type { KpiSchema } from "../../KpiSchema";
import { normalizeText } from "../../normalizeText";
import { alternation } from "./alternation";

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
  missing: Set<string>;
  notApplicable: Set<string>;
  /** The length of the longest placeholder / not-applicable word (longer texts are neither). */
  longestMissing: number;
  longestNotApplicable: number;
  notApplicableWord: RegExp;
  /** Words that only name the column, not a metric or label: the target and result headers, 指標, 目安. */
  noise: Set<string>;
}

/** Besides the target and result column names: words that introduce a value without naming what it measures. */
const NOISE_WORDS = ["指標", "目安", "数値", "目標値", "実績値", "結果"];

const cache = new WeakMap<KpiSchema, Grammar>();

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
      schema.periods[p][side].map((w): [string, Period] => [w, p]),
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
  // Digits with separators and kanji multipliers (`1,900`, `0.0275`, `3億5,000万`, `5万`); each part starts with
  // what the one before cannot end with, so the match is linear.
  const NUMBER = "\\d+(?:,\\d+)*(?:\\.\\d+)?(?:[億万千]+(?:\\d+(?:,\\d+)*(?:\\.\\d+)?)?)*";
  const quantity = new RegExp(
    `((?:(${PP}) ?)?(?:(${CP}) ?)?(?:(${PP}) ?)?)([-+]?)(${NUMBER})(?: ?(${UNIT}))?(?: ?(${PS}))?(?: ?(${CS}))?(?: ?(${PS}))?`,
    "gi",
  );
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
    missing: new Set(missing),
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
