import type { Component, YearMark } from "../../Expression";

/**
 * Whether a year a result names (`2023年度`, `2024年3月末`, `2022.3`) is the row's fiscal year: a fiscal year must be
 * it (or a period of fiscal years cover it: `2024年度～2026年度`), a month must fall in it, and a calendar year must
 * overlap it.
 *
 * @example isRowYear({ year: 2024, month: 3, fiscal: false, text: "2024年3月" }, 2023, 4) // true
 */
function isRowYear(mark: YearMark, fiscalYear: number, startMonth: number): boolean {
  if (mark.fiscal) return mark.year === fiscalYear || (mark.from !== undefined && mark.from <= fiscalYear && fiscalYear < mark.year);
  if (mark.month !== undefined) return (mark.month >= startMonth ? mark.year : mark.year - 1) === fiscalYear;
  return mark.year === fiscalYear || (startMonth > 1 && mark.year === fiscalYear + 1);
}

/**
 * The result components of the row's year: those without a year, or naming the row's; the others are `dropped`
 * (`2023年度 16.2%` in a 2024 row is not this year's result).
 *
 * @example ofRowYear([{ year: 2023 … 14.0% }, { year: 2024 … 16.2% }], 2024, 4) // { kept: [16.2%], dropped: [2023年度] }
 */
export function ofRowYear(
  components: Component[],
  fiscalYear: number | null,
  startMonth: number,
): { kept: Component[]; dropped: YearMark[] } {
  if (fiscalYear === null || !components.some((c) => c.year)) return { kept: components, dropped: [] };
  const kept: Component[] = [];
  const dropped: YearMark[] = [];
  for (const c of components) {
    if (!c.year || isRowYear(c.year, fiscalYear, startMonth)) kept.push(c);
    else dropped.push(c.year);
  }
  return { kept, dropped };
}
