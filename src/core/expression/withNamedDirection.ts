import type { Component, Expression } from "../Expression";
import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import { grammarOf } from "./_lib/grammarOf";
import { isLowerBetter } from "./_lib/isLowerBetter";
import { isMeasureOnly } from "./_lib/measureWord";

/** A component whose `>=` was implied because its text named nothing to keep low, and that names no metric of its own. */
const impliedAtLeast = (c: Component): boolean => c.impliedComparator === true && c.comparator === ">=" && c.label === undefined;

/**
 * A target read without a metric of its own (a bare figure `3`, a figure with its unit `3件`, a measure word only
 * `件数 3件`), its implied
 * comparator decided by the KPI's name instead: `<=` when the name measures something to keep low (`苦情件数`,
 * `早期解約率`; not `苦情対応研修の受講率` nor `解約防止のための訪問件数`). A comparator written in the target (`3件以内`),
 * a target naming its metric (`苦情 3件`) or a name that says nothing low leaves the target as it is (the same object).
 *
 * Called once per KPI, and looks at the name only when the target has an implied `>=` to settle.
 *
 * @example withNamedDirection(parseExpression("3件", "target", BUILT_IN_SCHEMA), "苦情件数", BUILT_IN_SCHEMA)
 * // components[0]: { quantity: { value: 3, unit: "件", … }, comparator: "<=", impliedComparator: true }
 */
export function withNamedDirection(target: Expression, name: string, schema: KpiSchema): Expression {
  if (target.kind !== "expression" || name === "") return target;
  if (target.metric !== undefined && !isMeasureOnly(target.metric)) return target;
  if (!target.components.some(impliedAtLeast)) return target;
  if (!isLowerBetter(normalizeText(name), grammarOf(schema))) return target;
  const components = target.components.map((c) => (impliedAtLeast(c) ? { ...c, comparator: "<=" as const } : c));
  return { ...target, components };
}
