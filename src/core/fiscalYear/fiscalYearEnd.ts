import { assertStartMonth } from "./_lib/assertStartMonth";
import { daysInMonth } from "./_lib/daysInMonth";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * The last day (`YYYY-MM-DD`) of fiscal year `fy` when fiscal years start in `startMonth` (1–12). FY N runs from
 * the first day of `startMonth` in year N to the day before that month in year N+1; with `startMonth` 1 it is the
 * calendar year. Pure integer arithmetic: no `Date`, no time zone. Throws a `RangeError` for a month outside 1–12.
 *
 * @example fiscalYearEnd(2023, 4) // "2024-03-31"
 * @example fiscalYearEnd(2023, 1) // "2023-12-31"
 * @example fiscalYearEnd(2023, 3) // "2024-02-29" (leap year)
 */
export function fiscalYearEnd(fy: number, startMonth: number): string {
  assertStartMonth(startMonth);
  if (startMonth === 1) return `${pad(fy, 4)}-12-31`;
  const year = fy + 1;
  const month = startMonth - 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`;
}
