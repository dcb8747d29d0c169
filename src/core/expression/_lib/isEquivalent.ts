import type { Quantity } from "../../Expression";
import { periodsPerYear } from "../../periodsPerYear";

/** The figure counted per fiscal year (a plain count is the fiscal year's), undefined for per-person rates. */
function perYear(q: Quantity): number | undefined {
  const n = periodsPerYear(q.per);
  return n === undefined ? undefined : q.value * n;
}

/**
 * Whether two quantities say the same thing in different periods: same unit and the same figure once a
 * monthly (quarterly, weekly …) rate is counted over the year (`毎月5件` ≡ `年60件`; a plain `60件` is the fiscal year's count).
 *
 * @example isEquivalent({ value: 5, unit: "件", per: "month", text: "毎月5件" }, { value: 60, unit: "件", per: "year", text: "年60件" }) // true
 */
export function isEquivalent(a: Quantity, b: Quantity): boolean {
  if (a.unit === undefined || a.unit !== b.unit) return false;
  const x = a.per === b.per ? a.value : perYear(a);
  const y = a.per === b.per ? b.value : perYear(b);
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}
