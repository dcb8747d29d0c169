import type { Finding } from "./Finding";

const FIELD_ORDER = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "evaluation", "commitment", "principles"];

/**
 * The order of a sheet's findings: table-wide ones first, then by row, then by field in the KPI record's order.
 *
 * @example findings.sort(byPlace)
 */
export function byPlace(a: Finding, b: Finding): number {
  return (a.row ?? 0) - (b.row ?? 0) || FIELD_ORDER.indexOf(a.field ?? "") - FIELD_ORDER.indexOf(b.field ?? "");
}
