import { findFiscalYearIn } from "../fiscalYear/findFiscalYearIn";
import { stripBracketNotes } from "../stripBracketNotes";
import type { KpiField } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { headerAliases, type HeaderAliases } from "./_lib/headerAliases";
import { headerKey } from "./_lib/headerKey";

/** Options of {@link matchHeader}. */
export interface MatchHeaderOptions {
  /**
   * Also match a short header that ends or begins with an alias (`KPI実績`, `対象者`); default true. The blocks
   * reader turns it off for label cells, where a long text must not be mistaken for a label.
   */
  affix?: boolean;
}

/** Headers longer than this (after `headerKey`) are phrases or sentences, never matched by affix. */
const MAX_AFFIX_KEY = 12;
/** One-character aliases (`#`) match only exactly: `#;` or `#N/A` are not a No header. */
const MIN_AFFIX_ALIAS = 2;
const SENTENCE = /[、。,!?]/u;
const ASCII_WORD = /[0-9a-z]/;

/**
 * Whether what comes before a plan head (`計画`) names a figure, so that the header is the target: a target alias
 * (`目標計画`), a year's period word (`年間計画`, `年度計画`) or a fiscal year (`2024年度計画`). Anything else makes it
 * a plan of action, a description (`改善計画`, `具体的計画`, `今後の計画`, `次年度の計画`).
 */
function planQualifiesTarget(qualifier: string, aliases: HeaderAliases, schema: KpiSchema): boolean {
  if (aliases.exact.get(qualifier) === "target" || aliases.yearWords.has(qualifier)) return true;
  const year = findFiscalYearIn(qualifier, schema);
  return year !== undefined && (year.rest === "" || aliases.yearWords.has(year.rest));
}

function affixMatch(key: string, aliases: HeaderAliases, schema: KpiSchema): KpiField | undefined {
  if (key.length > MAX_AFFIX_KEY) return undefined;
  // Japanese compounds are head-final (対象年度 is a year, KPI実績 a result): suffixes first, then prefixes. Only
  // the aliases ending (beginning) with the header's last (first) character can be its suffix (prefix).
  for (const a of aliases.byLast.get(key[key.length - 1]) ?? []) {
    if (a.key.length < MIN_AFFIX_ALIAS) break;
    if (a.key.length >= key.length || !key.endsWith(a.key)) continue;
    const rest = key.slice(0, key.length - a.key.length);
    if (ASCII_WORD.test(a.key[0]) && ASCII_WORD.test(rest[rest.length - 1])) continue;
    if (SENTENCE.test(rest)) continue;
    // `改善計画`, `今後の計画`: a plan of action, as `行動計画` is; `年間計画`, `2024年度計画` a figure
    if (aliases.planHeads.has(a.key) && !planQualifiesTarget(rest, aliases, schema)) return "description";
    return a.field;
  }
  for (const a of aliases.byFirst.get(key[0]) ?? []) {
    if (a.key.length < MIN_AFFIX_ALIAS) break;
    if (a.key.length >= key.length || !key.startsWith(a.key)) continue;
    const rest = key.slice(a.key.length);
    if (ASCII_WORD.test(a.key[a.key.length - 1]) && ASCII_WORD.test(rest[0])) continue;
    if (!SENTENCE.test(rest)) return a.field;
  }
  return undefined;
}

/**
 * The KPI field a header (or a blocks-layout label) names, from the schema's aliases (`schema.fields[].aliases`,
 * plus each field's title and name), or undefined. Texts are compared after NFKC, with white space removed and
 * case folded, so `ＫＰＩ`, `kpi` and `K P I` are all `KPI`. In order:
 * 1. an exact alias (`対象年度` is fiscalYear, even though it begins with `対象`);
 * 2. an alias followed by bracket notes (`結果(2023年度)`, `目標（数値）`, `実績【%】`; `KPI（実績）` is the result, and a
 *    description whose note names the target or the result is that: `行動計画（目標）` is the target);
 * 3. unless `options.affix` is false: the longest alias a short header ends with (`KPI実績` → result,
 *    `2023年度目標` → target), else the longest it begins with (`対象者` → scope). A header ending with a target
 *    alias that descriptions end with (`計画`, as in `行動計画`) is a plan of action, a description (`改善計画`,
 *    `今後の計画`), unless what comes before names a figure (`目標計画`, `年間計画`, `2024年度計画`). Only headers of at most 12
 *    characters, only aliases of two or more; an alias of Latin letters must end at a word boundary (`Notes` is
 *    not `No`).
 *
 * @example matchHeader("結果(2023年度)", BUILT_IN_SCHEMA) // "result"
 * @example matchHeader("対象年度", BUILT_IN_SCHEMA) // "fiscalYear"
 * @example matchHeader("メモ", BUILT_IN_SCHEMA) // undefined
 */
export function matchHeader(text: string, schema: KpiSchema, options: MatchHeaderOptions = {}): KpiField | undefined {
  if (text === "") return undefined;
  const key = headerKey(text);
  if (key === "") return undefined;
  const aliases = headerAliases(schema);
  const exact = aliases.exact.get(key);
  if (exact) return exact;
  const bare = stripBracketNotes(key);
  if (bare !== key) {
    const noted = aliases.exact.get(bare);
    // `KPI（実績）`, `KPI【結果】`: the bare `KPI` says whose figure, the note which one; `行動計画（目標）`: a plan
    // whose note says it holds the target (or the result)
    const note = (noted === "target" && bare === "kpi") || noted === "description" ? aliases.exact.get(key.slice(bare.length + 1, -1)) : undefined;
    if (note === "result" || (noted === "target" && note === "evaluation") || (noted === "description" && note === "target")) return note;
    if (noted) return noted;
  }
  return options.affix === false ? undefined : affixMatch(bare, aliases, schema);
}
