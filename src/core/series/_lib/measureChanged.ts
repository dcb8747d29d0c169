import { titleSimilarity } from "./titleSimilarity";

/** What `measureChanged` compares of a KPI's target: its metric and canonical units (`TargetMeasure`). */
export interface Measure {
  readonly metric: string | null;
  readonly units: readonly string[];
}

/** A metric's comparison keys (`metricKey`), null without a metric. */
type Key = { exact: string; variant: string } | null;

/** Below this similarity (character bigrams) two metrics that contain neither the other are unrelated. */
const UNRELATED = 0.5;

/**
 * Whether a KPI clearly measures something else than last year's with the same No and title, so that it starts a
 * new series rather than joining (`series-new-measure`): its units share no group of `unitFamilies` with last
 * year's (`件` → `点`; `%` → `pt` stay one kind), or its metric is unrelated to last year's (neither contains the
 * other, titles' bigrams under 0.5 alike) while the units differ. A metric reworded in the same units
 * (`回答数` → `アンケート回収数`, both `件`) or a unit changed within its kind (`時間` → `分`) is no new measure:
 * those join, and `series-unit-changed` tells of them.
 *
 * @example measureChanged({ metric: "回答数", units: ["件"] }, key, { metric: "お客様アンケート点数", units: ["点"] }, key2, families) // true
 */
export function measureChanged(previous: Measure, previousKey: Key, current: Measure, currentKey: Key, unitFamilies: readonly (readonly string[])[]): boolean {
  const a = previous.units;
  const b = current.units;
  if (a.length === 0 || b.length === 0) return false;
  // the common case, a KPI in last year's units: no new measure (before any allocation, for large tables)
  if (a.length === b.length && a.every((u, i) => u === b[i])) return false;
  const kind = (u: string) => {
    const i = unitFamilies.findIndex((f) => f.includes(u));
    return i < 0 ? `unit:${u}` : `family:${i}`;
  };
  const kinds = new Set(a.map(kind));
  if (!b.some((u) => kinds.has(kind(u)))) return true;
  const sameUnits = a.length === b.length && a.every((u) => b.includes(u));
  if (sameUnits || !previousKey || !currentKey || previousKey.variant === currentKey.variant) return false;
  const [x, y] = [previousKey.exact, currentKey.exact];
  if (x.includes(y) || y.includes(x)) return false;
  return titleSimilarity(previous.metric ?? "", current.metric ?? "") < UNRELATED;
}
