import type { KpiField } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { headerKey } from "./headerKey";

/** The header aliases of one schema, compiled for lookup. */
export interface HeaderAliases {
  /** Alias key → field (the first field naming an alias wins). */
  exact: Map<string, KpiField>;
  /** All alias keys, longest first, for affix matching. */
  byLength: { key: string; field: KpiField }[];
  /** The alias keys by their last character, longest first: the only ones a header ending in it can end with. */
  byLast: Map<string, { key: string; field: KpiField }[]>;
  /** The alias keys by their first character, longest first. */
  byFirst: Map<string, { key: string; field: KpiField }[]>;
  /** Whether an alias is a bare number (none in the built-in schema): else a bare number names no field. */
  numeric: boolean;
  /**
   * Target aliases that description aliases end with (`計画`: `行動計画`, `実施計画` are plans of action): a header
   * ending with one is a plan of action unless what comes before it names a figure ({@link planQualifiesTarget}).
   */
  planHeads: ReadonlySet<string>;
  /** The keys of the year's period words (`年間`, `年度`): `年間計画` is a figure. */
  yearWords: ReadonlySet<string>;
}

/** Groups aliases (in their order) by one character of theirs. */
function groupBy(aliases: { key: string; field: KpiField }[], charOf: (key: string) => string) {
  const groups = new Map<string, { key: string; field: KpiField }[]>();
  for (const a of aliases) {
    const c = charOf(a.key);
    const list = groups.get(c);
    if (list) list.push(a);
    else groups.set(c, [a]);
  }
  return groups;
}

const cache = new WeakMap<KpiSchema, HeaderAliases>();

/**
 * The header aliases of a schema — every field's `aliases`, its `title` and its `name` — as keys of
 * {@link headerKey}, compiled once per schema object.
 *
 * @example headerAliases(BUILT_IN_SCHEMA).exact.get("対象年度") // "fiscalYear"
 */
export function headerAliases(schema: KpiSchema): HeaderAliases {
  const hit = cache.get(schema);
  if (hit) return hit;
  const exact = new Map<string, KpiField>();
  for (const field of schema.fields) {
    for (const alias of [...field.aliases, field.title, field.name]) {
      const key = headerKey(alias);
      if (key && !exact.has(key)) exact.set(key, field.name);
    }
  }
  const byLength = [...exact].map(([key, field]) => ({ key, field })).sort((a, b) => b.key.length - a.key.length);
  const descriptions = byLength.filter((a) => a.field === "description").map((a) => a.key);
  const planHeads = new Set(
    byLength.filter((a) => a.field === "target" && descriptions.some((d) => d.length > a.key.length && d.endsWith(a.key))).map((a) => a.key),
  );
  const compiled: HeaderAliases = {
    exact,
    byLength,
    byLast: groupBy(byLength, (k) => k[k.length - 1]),
    byFirst: groupBy(byLength, (k) => k[0]),
    numeric: byLength.some((a) => /^\d+$/.test(a.key)),
    planHeads,
    yearWords: new Set(schema.periods.year.prefixes.map(headerKey).filter(Boolean)),
  };
  cache.set(schema, compiled);
  return compiled;
}
