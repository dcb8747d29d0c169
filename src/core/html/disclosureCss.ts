import { KPI_STATUSES } from "../KpiStatus";
import { PART_STYLES, statusModifier, statusStyle } from "./_lib/styles";

/**
 * A stylesheet for the classes of `renderDisclosureHtml` — the same look its `inlineStyles` option writes into
 * `style` attributes — for sites that keep `<style>` blocks, and for the task pane's preview.
 *
 * @example DISCLOSURE_CSS.includes(".kpi-status--met{") // true
 */
export const DISCLOSURE_CSS: string = [
  ...Object.entries(PART_STYLES)
    .filter(([, style]) => style !== "")
    .map(([cls, style]) => `.${cls}{${style}}`),
  ...KPI_STATUSES.map((s) => `.kpi-status.${statusModifier(s)}{${statusStyle(s)}}`),
].join("\n");
