import type { KpiSeries } from "./KpiSeries";

/**
 * A series' name as trends show it: its title, and its metric where that says more.
 *
 * @example seriesName(series) // "お客様への最適提案（対面募集率）"
 */
export function seriesName(s: KpiSeries): string {
  return s.metric && s.metric !== s.title ? `${s.title}（${s.metric}）` : s.title;
}
