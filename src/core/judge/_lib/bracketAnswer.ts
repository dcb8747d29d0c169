import type { Component, Expression } from "../../Expression";
import type { JudgeContext } from "../JudgeContext";
import { bracketFigures } from "./bracketFigures";

/**
 * A lone result figure in another unit than the lone target's, with exactly one bracket holding a figure in the
 * target's unit (`保有者12名(保有率60%)` against `保有率 50%以上`, `解約3件(解約率1.5%)`): the bracket's figure answers.
 * Undefined otherwise; brackets naming a target, a baseline or a year (`(前年5件)`, `(目標60%)`), or dated in another
 * year than the row's (`(2024年3月末 保有率60%)` in a FY2024 row), never answer.
 *
 * @example bracketAnswer([保有率 50%以上], [12名], parse("保有者12名(保有率60%)"), ctx) // [保有率60%]
 */
export function bracketAnswer(targets: Component[], kept: Component[], result: Expression, ctx: JudgeContext): Component[] | undefined {
  const unit = targets.length === 1 && !targets[0].relative ? targets[0].quantity.unit : undefined;
  if (unit === undefined || kept.length !== 1 || kept[0].quantity.unit === undefined || kept[0].quantity.unit === unit) return undefined;
  const found = bracketFigures(result, ctx).filter((c) => c.quantity.unit === unit);
  return found.length === 1 ? found : undefined;
}
