/**
 * A date as `YYYY-MM-DD` in the user's time zone (the as-of date "today" of the person at the desk, not UTC).
 *
 * @example localDate(new Date(2026, 10, 29, 23, 30)) // "2026-11-29"
 */
export function localDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
