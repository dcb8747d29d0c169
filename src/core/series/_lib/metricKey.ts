import { normalizeText } from "../../normalizeText";

const ACRONYM = /[A-Z]{2,6}/g;
const NOISE = /[\s、。・,:：!！「」『』"']+/g;

/** A metric's comparison keys (`metricKey`). */
export interface MetricKey {
  /** NFKC, spaces and quote marks left out, case kept. */
  readonly exact: string;
  /** `exact` with the letters of each acronym sorted: made from `exact` alone. */
  readonly variant: string;
}

/**
 * The keys two metrics are compared by: `exact` (NFKC, spaces and quote marks left out, case kept) and `variant`,
 * where the letters of each acronym are sorted, so that a transposed acronym (`NSP(事故対応)` for
 * `NPS(事故対応)`, the seed's 2022) still meets its series — as an unsure match.
 *
 * @example metricKey("NSP（事故対応）") // { exact: "NSP(事故対応)", variant: "NPS(事故対応)" }
 */
export function metricKey(metric: string): MetricKey {
  const exact = normalizeText(metric).replace(NOISE, "");
  const variant = exact.replace(ACRONYM, (m) => [...m].sort().join(""));
  return { exact, variant };
}
