import type { SeriesPoint } from "./KpiSeries";

/**
 * The figures a trend shows of a point (the 推移 section, the pane's view, the 推移 sheet): its first component's
 * target and result, in its unit; nulls without a component.
 *
 * @example pointFigures(point) // { target: 200, actual: 208, unit: "件" }
 */
export function pointFigures(p: SeriesPoint): { target: number | null; actual: number | null; unit: string } {
  const [c] = p.components;
  return c ? { target: c.target, actual: c.actual, unit: c.unit ?? "" } : { target: null, actual: null, unit: "" };
}
