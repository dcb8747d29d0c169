import type { Period } from "./Expression";

const PER_YEAR: Readonly<Record<Exclude<Period, "person">, number>> = { year: 1, half: 2, quarter: 4, month: 12, week: 52 };

/**
 * How many of a calendar period make a fiscal year (a plain count, without a period, is the year's: 1);
 * undefined for a per-person rate, which counts no time.
 *
 * @example periodsPerYear("quarter") // 4
 */
export function periodsPerYear(per: Period | undefined): number | undefined {
  if (per === "person") return undefined;
  return PER_YEAR[per ?? "year"];
}
