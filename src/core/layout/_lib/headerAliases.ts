import type { KpiField } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { headerKey } from "./headerKey";

/** The header aliases of one schema, compiled for lookup. */
export interface HeaderAliases {
  /** Alias key → field (the first field naming an alias wins). */
  exact: Map<string, KpiField>;
  /** All alias keys, longest first, for affix matching. */
  byLength: { key: string; field: KpiField }[];
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
  const compiled = { exact, byLength };
  cache.set(schema, compiled);
  return compiled;
}
