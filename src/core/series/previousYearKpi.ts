import type { SeriesLinks } from "./linkSeries";

/**
 * The previous fiscal year's KPI of the same series as KPI `i` (the baseline of a target relative to last year's
 * result, `前年度実績以上`), from the links of `kpis` (`linkSeries`): null when its series has no KPI in the year just
 * before (a series' first year, a gap) or when KPI `i` joined its series unsurely (a spelling variant, a tie): a
 * baseline must not come from a guess.
 *
 * @example previousYearKpi(links, kpis, kpis.findIndex((k) => k.fiscalYear === 2023 && k.no === 1))?.result // "196件"
 */
export function previousYearKpi<K extends { readonly fiscalYear: number | null }>(links: SeriesLinks, kpis: readonly K[], i: number): K | null {
  const before = links.before[i];
  if (before < 0 || links.match[i]?.sure === false) return null;
  const fiscalYear = kpis[i].fiscalYear;
  return fiscalYear !== null && kpis[before].fiscalYear === fiscalYear - 1 ? kpis[before] : null;
}
