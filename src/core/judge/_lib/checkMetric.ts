import type { Expression } from "../../Expression";
import { normalizeLabel } from "../../normalizeLabel";
import type { KpiNotes } from "./KpiNotes";

/** An item number alone (`(1)` of `①96.0%`): it names no metric. */
const ITEM_NUMBER = /^\(\d{1,2}\)$/;

/**
 * `metric-mismatch` when the result names another metric than the target (neither contains the other); nothing
 * for a result read from text, a change, an achievement rate or an item number alone (`①96.0%`).
 *
 * @example checkMetric(parse("苦情件数 5件以下"), parse("解約率 1.5%"), notes) // notes metric-mismatch
 */
export function checkMetric(target: Expression, result: Expression, notes: KpiNotes): void {
  if (!target.metric || !result.metric || result.fromText || result.change || result.achievement) return;
  if (ITEM_NUMBER.test(result.metric)) return;
  const tm = normalizeLabel(target.metric);
  const rm = normalizeLabel(result.metric);
  if (!tm.includes(rm) && !rm.includes(tm)) notes.onResult("metric-mismatch", { target: target.metric, result: result.metric });
}
