import type { Expression } from "../../Expression";
import type { KpiStatus } from "../../KpiStatus";
import { compareComponent } from "./compareComponent";
import type { KpiNotes } from "./KpiNotes";
import type { ComponentMatch } from "./matchComponents";
import { shareSum } from "./shareSum";

/**
 * Several figures and no structure chose one (`result.others`): every reading (with the sum of percentages that
 * may be shares of one whole) must judge alike — else `ambiguous-result` and false; alike, `reading-chosen` names
 * the one used. True without other readings.
 *
 * @example readingsAgree([90%以上 ↔ 92%], "met", parse("92%、88%"), notes) // false, ambiguous-result
 */
export function readingsAgree(matches: readonly ComponentMatch[], status: KpiStatus, result: Expression, notes: KpiNotes): boolean {
  const [only] = matches;
  if (!result.others || matches.length !== 1 || !only.result) return true;
  const readings = [only.result.quantity.text];
  const statuses = new Set<KpiStatus>([status]);
  const share = shareSum([only.result, ...result.others]);
  for (const q of [...result.others.map((o) => o.quantity), ...(share ? [share] : [])]) {
    const alt = compareComponent(only.target, q, false);
    if (alt.kind !== "compared") continue;
    readings.push(q.text);
    statuses.add(alt.met ? "met" : "not_met");
  }
  if (statuses.size > 1) {
    notes.onResult("ambiguous-result", { text: result.normalized, readings, statuses: [...statuses] });
    return false;
  }
  if (readings.length > 1) notes.onResult("reading-chosen", { text: result.normalized, chosen: readings[0], others: readings.slice(1) });
  return true;
}
