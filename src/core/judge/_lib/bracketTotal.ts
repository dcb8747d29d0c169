import type { Component, Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import { bracketFigures } from "./bracketFigures";

/**
 * The total of several result figures stated in a bracket (`満足60%、やや満足32%(計92%)`, `春3回・秋3回(計6回)`), or
 * of one figure when the target is a total too (`累計10名以上` against `2名取得(累計11名)`), for a lone target: it
 * decides, as a total outside brackets does. Undefined without exactly one such total in the figures' unit.
 *
 * @example bracketTotal([満足度 90%以上], [60%, 32%], parse("満足60%、やや満足32%(計92%)"), ctx) // [計92%]
 */
export function bracketTotal(targets: Component[], kept: Component[], result: Expression, ctx: JudgeContext): Component[] | undefined {
  if (targets.length !== 1 || targets[0].relative) return undefined;
  // a target that is a total itself (`累計10名以上`) asks for the bracket's total even after one figure (`2名取得(累計11名)`)
  if (kept.length + (result.others?.length ?? 0) < 2 && !targets[0].total) return undefined;
  const unit = kept[0]?.quantity.unit;
  const found = bracketFigures(result, ctx).filter((c) => c.total && c.quantity.unit === unit);
  return found.length === 1 ? found : undefined;
}
