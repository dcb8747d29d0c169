import type { Component, Expression } from "../../Expression";
import type { KpiNotes } from "./KpiNotes";

/**
 * The stated total decides a lone target (`春3回・秋3回 計6回`): the answers reduced to it, `result-total` noted.
 * The answers as they are otherwise.
 *
 * @example statedTotal([年6回以上], [春3回, 秋3回, 計6回], result, notes) // [計6回]
 */
export function statedTotal(targets: Component[], answers: Component[], result: Expression, notes: KpiNotes): Component[] {
  let out = answers;
  if (targets.length === 1 && answers.length > 1) {
    const totals = answers.filter((c) => c.total);
    const unit = totals[0]?.quantity.unit;
    if (totals.length === 1 && answers.every((c) => c.quantity.unit === undefined || c.quantity.unit === unit)) out = totals;
  }
  if (out.length === 1 && out[0].total) notes.onResult("result-total", { text: result.normalized });
  return out;
}
