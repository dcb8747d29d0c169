import { daysInMonth } from "./daysInMonth";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (no time part).
 *
 * @example isIsoDate("2024-02-29") // true
 * @example isIsoDate("2023-02-29") // false
 */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
