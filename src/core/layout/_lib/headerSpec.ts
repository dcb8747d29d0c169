import { escapeRegExp } from "../../escapeRegExp";
import { findFiscalYearIn } from "../../fiscalYear/findFiscalYearIn";
import { yearPeriodWords } from "../../fiscalYear/yearPeriodWords";
import type { KpiField } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { matchHeader } from "../matchHeader";
import { headerAliases } from "./headerAliases";
import { headerKey } from "./headerKey";
import { stripBracketNotes } from "../../stripBracketNotes";

/** What one header text says: the field it names, the fiscal year it names, and how that year is meant. */
export interface HeaderSpec {
  field?: KpiField;
  /** A fiscal year written in the header (`2022年度目標`, `目標(2023)`, `R5目標`, `実績（令和5年度）`). */
  year?: number;
  /** The header names the next fiscal year's target (`次期目標`, `来期目標`, `次年度目標` …). */
  next?: boolean;
  /** The header names the previous year's figure (`前年度実績`): kept, not read. */
  previous?: boolean;
  /** `達成状況` and the like: a result column with figures, else an evaluation column of marks. */
  evaluationLike?: boolean;
  /**
   * `進捗`, `進捗状況`: as `evaluationLike`, but beside another result column not read at all (its 順調 / 遅れ / 完了
   * tell how the work goes, not whether the target was met).
   */
  progress?: boolean;
  /**
   * The header names a part of the year (`上期実績`, `実績(下期)`, `第1四半期実績`, `4～9月実績`, `実績（12月末）` of a
   * date before the year's last month): not the year's
   * figure when a column of the same field names the whole year (`通期実績`, `実績`).
   */
  part?: boolean;
  /** The part's word as the header writes it (`上期` of `上期実績` and `実績(上期)`), when `part` comes from one. */
  partWord?: string;
  /**
   * A bare period word, naming no field: a part of the year (`上期`, `第1四半期`) or the whole of it (`通期`, `年間`).
   * Under a group cell of a two-row header (`実績` over `上期 | 下期 | 通期`) it qualifies the group's field.
   */
  period?: "part" | "whole";
  /**
   * The field was found only because the header ends or begins with an alias (`取組計画` ends with `計画`, `KPI実績`):
   * a column headed by the alias itself (`目標`) wins over it.
   */
  affix?: boolean;
  /**
   * The header names a column that qualifies the row's figures (`schema.qualifierHeaders`): `単位` the unit, `判定基準`
   * the comparator. It names no field.
   */
  qualifier?: "unit" | "comparator";
}

const NEXT = /^(?:次期|来期|次年度|翌年度|来年度|翌期|次回|新年度)/u;
const PREVIOUS = /^(?:前期|前年度|昨年度|前年|昨年|前回)/u;
const CURRENT = /^(?:今期|当期|今年度|本年度|当年度|今回)/u;
const EVALUATION_LIKE = /^(?:達成状況|達成度|達成有無|達成状態|進捗|取り?組み?状況|実施状況)/u;
/** How the work goes or what was done (`進捗`, `取組状況`, `実施状況`): the result only without another result column. */
const PROGRESS = /^(?:進捗|取り?組み?状況|実施状況)/u;
/** A range of months (`4～9月`): a part of the year whatever the schema's words. */
const MONTH_RANGE = String.raw`\d{1,2}[~〜\-]\d{1,2}月`;

/** A header naming a part of the year alone (`上期`, `上期累計`), or a part before or after the field, or in brackets after it. */
interface PartPatterns {
  partOnly: RegExp;
  part: RegExp;
}

const partPatterns = new WeakMap<KpiSchema, PartPatterns>();

/** The patterns of a part of a fiscal year (schema `yearParts`, or a range of months) in a header, once per schema. */
function partPatternsOf(schema: KpiSchema): PartPatterns {
  let found = partPatterns.get(schema);
  if (!found) {
    const word = `(?:${[...yearPeriodWords(schema).parts.map(escapeRegExp), MONTH_RANGE].join("|")})`;
    found = {
      partOnly: new RegExp(String.raw`^${word}(?:累計|分)?$`, "u"),
      part: new RegExp(String.raw`^${word}|${word}$|[(（[【]${word}(?:累計|分)?[)）\]】]`, "u"),
    };
    partPatterns.set(schema, found);
  }
  return found;
}

/** A word of the whole year (schema `wholeYearWords`) that names no field itself (`年度` is the year's column). */
const namesWholeYear = (rest: string, schema: KpiSchema): boolean =>
  yearPeriodWords(schema).whole.has(rest) && matchHeader(rest, schema, { affix: false }) === undefined;
/** A bare number (a No, a figure): a year (`2023`) or nothing, unless an alias of the schema is a number. */
const BARE_NUMBER = /^\d+$/;
/** Headers longer than this are sentences (a title row, a note), never a header naming a field and a year. */
const MAX_HEADER = 40;

const qualifiers = new WeakMap<KpiSchema, Map<string, "unit" | "comparator">>();

/** The qualifier a header key names (`単位` → unit, `判定基準` → comparator), by `schema.qualifierHeaders`. */
function qualifierOf(key: string, schema: KpiSchema): "unit" | "comparator" | undefined {
  let map = qualifiers.get(schema);
  if (!map) {
    map = new Map();
    for (const kind of ["unit", "comparator"] as const) for (const h of schema.qualifierHeaders?.[kind] ?? []) map.set(headerKey(h), kind);
    qualifiers.set(schema, map);
  }
  return map.get(key) ?? map.get(stripBracketNotes(key));
}

/**
 * Reads a header cell of the table family of layouts (kpi-rules.md §1): the field (by the schema's aliases), a
 * fiscal year written in it, a next-year prefix (`次期目標`), a previous-year prefix (`前年度実績`), and whether
 * it is a `達成状況`-like column, and whether it names a part of the year (`上期実績`). An empty object for a text that
 * names neither a field nor a year.
 *
 * @example headerSpec("2022年度目標", BUILT_IN_SCHEMA, 4) // { field: "target", year: 2022 }
 * @example headerSpec("次期目標", BUILT_IN_SCHEMA, 4) // { field: "target", next: true }
 */
export function headerSpec(text: string, schema: KpiSchema, startMonth: number): HeaderSpec {
  const trimmed = text.trim();
  if (trimmed === "" || text.length > MAX_HEADER) return {};
  if (BARE_NUMBER.test(trimmed) && !headerAliases(schema).numeric) {
    const year = findFiscalYearIn(trimmed, schema, startMonth)?.year;
    return year === undefined ? {} : { year };
  }
  const spec: HeaderSpec = {};
  let rest = headerKey(text);
  const qualifier = qualifierOf(rest, schema);
  if (qualifier) return { qualifier };
  const found = findFiscalYearIn(text, schema, startMonth);
  if (found) {
    spec.year = found.year;
    rest = headerKey(found.rest);
  }
  if (NEXT.test(rest)) {
    spec.next = true;
    rest = rest.replace(NEXT, "");
  } else if (PREVIOUS.test(rest)) {
    spec.previous = true;
    rest = rest.replace(PREVIOUS, "");
  } else {
    rest = rest.replace(CURRENT, "");
  }
  if (rest === "") return spec;
  const { partOnly, part: partPattern } = partPatternsOf(schema);
  if (partOnly.test(rest)) return { ...spec, period: "part" };
  if (namesWholeYear(rest, schema)) return { ...spec, period: "whole" };
  const part = partPattern.exec(rest);
  if (part && part[0].length < rest.length) {
    spec.part = true;
    spec.partWord = part[0].replace(/^[(（[【]|[)）\]】]$/gu, "");
    rest = rest.slice(0, part.index) + rest.slice(part.index + part[0].length);
  }
  // a date inside the year (`実績（2024年12月末）`): a point in the year, not its end (`実績（2025年3月末）`)
  if (found?.month !== undefined && found.month !== ((startMonth + 10) % 12) + 1) spec.part = true;
  const field = matchHeader(rest, schema);
  if (found && field === "fiscalYear") return spec;
  if (field) spec.field = field;
  // `次年度の計画`, `来期の方針`: a plan or a policy for next year is the row's text, not a record of next year
  if (spec.next && (field === "description" || field === "commitment")) delete spec.next;
  if (field && matchHeader(rest, schema, { affix: false }) === undefined) spec.affix = true;
  if (field === "result" && EVALUATION_LIKE.test(rest)) spec.evaluationLike = true;
  if (field === "result" && PROGRESS.test(rest)) spec.progress = true;
  if (!field) delete spec.part;
  if (!spec.part) delete spec.partWord;
  return spec;
}
