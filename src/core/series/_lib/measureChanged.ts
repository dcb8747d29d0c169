import type { MetricKey } from "./metricKey";
import { profileSimilarity, type TitleProfile } from "./titleSimilarity";
import { sameKind, type UnitKinds } from "./unitKinds";

/** A metric's comparison keys (`metricKey`) and its profile (`titleProfile`), made once per distinct metric. */
export interface MetricKeys extends MetricKey {
  readonly profile: TitleProfile;
}

/** Below this similarity (character bigrams) two metrics that contain neither the other are unrelated. */
const UNRELATED = 0.5;

/** Whether some unit of `b` is of the kind of some unit of `a`. */
function sharesKind(a: readonly string[], b: readonly string[], kinds: UnitKinds): boolean {
  for (const u of b) for (const v of a) if (sameKind(u, v, kinds)) return true;
  return false;
}

/** Whether two lists hold the same units: in the same order, or (`sameSet`) in any order. */
function sameUnits(a: readonly string[], b: readonly string[], sameSet: boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(sameSet && b.includes(a[i]))) return false;
  return true;
}

/**
 * Whether a KPI clearly measures something else than last year's with the same No and title, so that it starts a
 * new series rather than joining (`series-new-measure`): its units share no group of the unit families
 * (`kinds`) with last year's (`件` → `点`; `%` → `pt` stay one kind), or its metric is unrelated to last year's
 * (neither contains the other, their bigrams under 0.5 alike) while the units differ. A metric reworded in the
 * same units (`回答数` → `アンケート回収数`, both `件`) or a unit changed within its kind (`時間` → `分`) is no new
 * measure: those join, and `series-unit-changed` tells of them. `previousKey` and `currentKey` are the metrics'
 * keys, null without a metric.
 *
 * @example measureChanged(["件"], keysOf("回答数"), ["点"], keysOf("お客様アンケート点数"), unitKinds(families)) // true
 */
export function measureChanged(
  previousUnits: readonly string[],
  previousKey: MetricKeys | null,
  currentUnits: readonly string[],
  currentKey: MetricKeys | null,
  kinds: UnitKinds,
): boolean {
  const a = previousUnits;
  const b = currentUnits;
  if (a.length === 0 || b.length === 0) return false;
  // the common case, a KPI in last year's units: no new measure
  if (sameUnits(a, b, false)) return false;
  if (!sharesKind(a, b, kinds)) return true;
  if (sameUnits(a, b, true) || !previousKey || !currentKey || previousKey.variant === currentKey.variant) return false;
  const x = previousKey.exact;
  const y = currentKey.exact;
  if (x.includes(y) || y.includes(x)) return false;
  return profileSimilarity(previousKey.profile, currentKey.profile) < UNRELATED;
}
