import type { WritebackLabels } from "../../writeback/WritebackLabels";
import type { HtmlOptions } from "../HtmlOptions";

/**
 * The page heading and lead the options ask for, undefined for none: `heading` true (the default) gives the
 * standard heading, and then the KPI explanation as the default lead; a blank text counts as none.
 *
 * @example headingAndLead({ labels, heading: false }, labels) // { heading: undefined, lead: undefined }
 */
export function headingAndLead(options: HtmlOptions, L: WritebackLabels): { heading?: string; lead?: string } {
  const wanted = options.heading ?? true;
  const heading = wanted === true ? L.pageHeading : wanted === false ? "" : wanted;
  const lead = options.lead ?? (wanted !== false ? L.kpiExplanation : "");
  return { heading: heading.trim() ? heading : undefined, lead: lead.trim() ? lead : undefined };
}
