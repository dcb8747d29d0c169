import type { KpiStatus } from "../KpiStatus";

/**
 * How a status cell is coloured (light theme): fill and font colour as `#RRGGBB`, no fill for `no_target`.
 *
 * @example { fill: "#FFEB9C", color: "#7F4F00" } // partial: amber
 */
export interface StatusStyle {
  fill?: string;
  color: string;
}

/**
 * The colours of each status (disclosure-output.md §1), taken from Excel's own "Good / Neutral / Bad" cell
 * styles so that they read the same on the sheet, in print and on the website. Colour is never the only cue:
 * every status cell also carries its mark and word.
 *
 * @example STATUS_STYLES.met // { fill: "#C6EFCE", color: "#006100" }
 */
export const STATUS_STYLES: Readonly<Record<KpiStatus, StatusStyle>> = {
  met: { fill: "#C6EFCE", color: "#006100" },
  partial: { fill: "#FFEB9C", color: "#7F4F00" },
  not_met: { fill: "#FFC7CE", color: "#9C0006" },
  pending: { fill: "#E7E6E6", color: "#3A3838" },
  missing_result: { fill: "#F8CBAD", color: "#843C0C" },
  no_target: { color: "#404040" },
  unevaluable: { fill: "#E4DFEC", color: "#5B2C6F" },
};
