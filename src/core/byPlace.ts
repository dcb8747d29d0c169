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
function placeOf(f: Finding): number {
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
 * finding's place is computed once, not on both sides of every comparison: a large sheet has hundreds of thousands.
 *
 * @example sortByPlace(findings)[0].row // null: a table-wide finding
 */
export function sortByPlace(findings: readonly Finding[]): Finding[] {
  const places = new Float64Array(findings.length);
  const order = new Uint32Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    places[i] = placeOf(findings[i]);
    order[i] = i;
  }
  order.sort((a, b) => places[a] - places[b] || a - b);
  return Array.from(order, (i) => findings[i]);
}
