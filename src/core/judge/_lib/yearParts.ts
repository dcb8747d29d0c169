import type { KpiSchema } from "../../KpiSchema";
import { normalizeLabel } from "../../normalizeLabel";

/** The parts of a fiscal year a schema names, each label to the set it belongs to (compiled once per schema). */
const compiled = new WeakMap<KpiSchema, Map<string, readonly string[]>>();

function partsOf(schema: KpiSchema): Map<string, readonly string[]> {
  let map = compiled.get(schema);
  if (!map) {
    map = new Map();
    for (const set of schema.yearParts ?? []) {
      const keys = set.map((p) => normalizeLabel(p));
      for (const k of keys) if (!map.has(k)) map.set(k, keys);
    }
    compiled.set(schema, map);
  }
  return map;
}

/**
 * Whether a label names a part of a fiscal year (schema `yearParts`: `上期`, `下半期`, `第1四半期`, `1Q`).
 *
 * @example isYearPart("上半期", BUILT_IN_SCHEMA) // true
 */
export function isYearPart(label: string | undefined, schema: KpiSchema): boolean {
  return label !== undefined && partsOf(schema).has(normalizeLabel(label));
}

/**
 * Whether labels name every part of a fiscal year once, of one set (`上期`, `下期`; the four quarters): their
 * figures add up to the year's.
 *
 * @example isWholeYear(["上期", "下期"], BUILT_IN_SCHEMA) // true
 */
export function isWholeYear(labels: readonly (string | undefined)[], schema: KpiSchema): boolean {
  const parts = partsOf(schema);
  const keys = labels.map((l) => (l === undefined ? "" : normalizeLabel(l)));
  const set = parts.get(keys[0]);
  if (!set || keys.length !== set.length) return false;
  return new Set(keys).size === keys.length && keys.every((k) => set.includes(k));
}
