import { isIsoDate } from "./_lib/isIsoDate";
import { fiscalYearEnd } from "./fiscalYearEnd";

/**
 * Whether fiscal year `fy` (starting in `startMonth`) has ended on the as-of date `asOf` (`YYYY-MM-DD`): true iff
 * `asOf` is after the fiscal year's last day ({@link fiscalYearEnd}). On the last day itself the year is still
 * running. Throws a `RangeError` for a malformed or impossible `asOf` (`2023-02-29`) or a month outside 1–12.
 *
 * @example hasFiscalYearEnded(2023, 4, "2024-03-31") // false
 * @example hasFiscalYearEnded(2023, 4, "2024-04-01") // true
 */
export function hasFiscalYearEnded(fy: number, startMonth: number, asOf: string): boolean {
  if (!isIsoDate(asOf)) throw new RangeError(`as-of date must be YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return asOf > fiscalYearEnd(fy, startMonth);
}
