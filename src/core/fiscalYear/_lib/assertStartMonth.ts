/**
 * Throws a `RangeError` unless `startMonth` is an integer month 1–12.
 *
 * @example assertStartMonth(4) // ok
 */
export function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`fiscal year start month must be an integer 1–12, got ${String(startMonth)}`);
  }
}
