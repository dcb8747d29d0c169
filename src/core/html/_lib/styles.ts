import type { KpiStatus } from "../../KpiStatus";
import { STATUS_STYLES } from "../../writeback/statusStyle";

const LINE = "1px solid #808080";

/**
 * The look of each part of the fragment, keyed by its class; the same rules as `DISCLOSURE_CSS`.
 *
 * @example PART_STYLES["kpi-item"] // "width:100%;border-collapse:collapse;margin:0 0 1em"
 */
export const PART_STYLES = {
  "kpi-disclosure": "line-height:1.6",
  "kpi-disclosure__heading": "font-size:1.4em;font-weight:bold;margin:0 0 0.5em",
  "kpi-disclosure__lead": "margin:0 0 0.5em",
  "kpi-disclosure__note": "margin:0 0 0.5em;font-size:0.85em",
  "kpi-year": "margin:1.5em 0 0",
  "kpi-year__heading": "font-size:1.2em;font-weight:bold;margin:0 0 0.5em",
  "kpi-item": "width:100%;border-collapse:collapse;margin:0 0 1em",
  "kpi-item__title": `text-align:left;font-weight:bold;padding:6px 8px;background:#DDEBF7;border:${LINE};border-bottom:0`,
  "kpi-item__no": "display:inline-block;min-width:2em",
  "kpi-item__name": "",
  "kpi-item__label": `padding:6px 8px;border:${LINE};background:#F2F2F2;font-weight:bold;text-align:center;white-space:nowrap`,
  "kpi-item__text": `padding:6px 8px;border:${LINE};text-align:left;vertical-align:top`,
} as const;

/**
 * A class of the fragment that carries a look.
 *
 * @example const part: PartClass = "kpi-item__label";
 */
export type PartClass = keyof typeof PART_STYLES;

/**
 * The inline style of a status cell.
 *
 * @example statusStyle("met") // "padding:6px 8px;border:1px solid #808080;…;background:#C6EFCE;color:#006100"
 */
export function statusStyle(status: KpiStatus): string {
  const s = STATUS_STYLES[status];
  const fill = s.fill ? `;background:${s.fill}` : "";
  return `padding:6px 8px;border:${LINE};text-align:center;white-space:nowrap;font-weight:bold${fill};color:${s.color}`;
}

/**
 * The class of a status cell's modifier (`met`, `partial`, `not-met`, `pending`, `missing-result`, `no-target`,
 * `unevaluable`).
 *
 * @example statusModifier("not_met") // "kpi-status--not-met"
 */
export function statusModifier(status: KpiStatus): string {
  return `kpi-status--${status.replace(/_/g, "-")}`;
}
