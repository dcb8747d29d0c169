import { PART_STYLES, statusModifier, statusStyle } from "./_lib/styles";

const PUBLIC_STATUSES = ["met", "partial", "not_met"] as const;

/**
 * A stylesheet for the classes of `renderDisclosureHtml` — the same look its default `style: "inline"` writes
 * into `style` attributes — for sites that keep `<style>` blocks (with `style: "class"`), and for the task
 * pane's preview.
 *
 * @example DISCLOSURE_CSS.includes(".kpi-status.kpi-status--met{") // true
 */
export const DISCLOSURE_CSS: string = [
  ...Object.entries(PART_STYLES).map(([cls, style]) => `.${cls}{${style}}`),
  `.kpi-status{${statusStyle("no_target")}}`,
  ...PUBLIC_STATUSES.map((s) => `.kpi-status.${statusModifier(s)}{${statusStyle(s)}}`),
].join("\n");
