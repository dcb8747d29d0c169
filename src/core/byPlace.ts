import type { Finding } from "./Finding";

const FIELD_ORDER = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "evaluation", "commitment", "principles"];

/** How many places a row has: none (table-wide or a field not in `FIELD_ORDER`), then one per field of `FIELD_ORDER`. */
const PLACES_PER_ROW = FIELD_ORDER.length + 1;

/**
 * Where a finding sits in a sheet's order of findings, as one number: its row, then its field in the KPI record's
 * order (table-wide findings, without a row, first).
 *
 * @example placeOf(finding) < placeOf(other) // finding comes first
 */
export function placeOf(f: Finding): number {
  return (f.row ?? 0) * PLACES_PER_ROW + FIELD_ORDER.indexOf(f.field ?? "") + 1;
}

/**
 * The order of a sheet's findings: table-wide ones first, then by row, then by field in the KPI record's order.
 *
 * @example findings.sort(byPlace)
 */
export function byPlace(a: Finding, b: Finding): number {
  return placeOf(a) - placeOf(b);
}

/**
 * The findings in the order of {@link byPlace} (findings of one place keep their order), as a new list. Each
 * finding's place is computed once, not on both sides of every comparison (a large sheet has hundreds of thousands):
 * a counting sort when the places are not much more than the findings (the usual case: findings on most rows),
 * else a sort of their indices by place.
 *
 * @example sortByPlace(findings)[0].row // null: a table-wide finding
 */
export function sortByPlace(findings: readonly Finding[]): Finding[] {
  if (findings.length === 0) return [];
  const places = new Float64Array(findings.length);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < findings.length; i++) {
    const place = placeOf(findings[i]);
    places[i] = place;
    if (place < first) first = place;
    if (place > last) last = place;
  }
  const order = last - first <= 8 * findings.length + 1024 ? countingOrder(places, first, last) : comparedOrder(places);
  return Array.from(order, (i) => findings[i]);
}

/** The indices of `places` (each from `first` to `last`) in the order of their places, a counting sort: stable. */
function countingOrder(places: Float64Array, first: number, last: number): Uint32Array {
  // starts[p - first]: where the findings at place p begin in the order, once the counts are summed up
  const starts = new Uint32Array(last - first + 2);
  for (const place of places) starts[place - first + 1]++;
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  const order = new Uint32Array(places.length);
  for (let i = 0; i < places.length; i++) order[starts[places[i] - first]++] = i;
  return order;
}

/** The indices of `places` in the order of their places, by comparison (places spread far apart); stable. */
function comparedOrder(places: Float64Array): Uint32Array {
  const order = new Uint32Array(places.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => places[a] - places[b] || a - b);
}
