import type { Expression } from "../Expression";

/**
 * What a series compares of a KPI's target across years: the measure it names, its units and its direction.
 * Plain data, made once per KPI from the target as the judge read it.
 *
 * @example { metric: "回答数", units: ["件"], lower: false }
 */
export interface TargetMeasure {
  /** The measure the target names (`対面募集率`, `NPS(事故対応)`), or its lone component's label; null if none. */
  readonly metric: string | null;
  /** The canonical units of the target's components, in order, without repeats (`["pt"]`). */
  readonly units: readonly string[];
  /** Whether a lower figure is better: the first component's comparator is `<=` or `<` (苦情件数, 解約率 …). */
  readonly lower: boolean;
}

/**
 * The measure of a parsed target. A relative target (`前年度実績以上`, `前年比110%`) is in its baseline's unit:
 * only a difference (`前年度比+5pt`) names a unit of its own.
 *
 * @example targetMeasure(parseExpression("回答数:200件", "target", BUILT_IN_SCHEMA)) // { metric: "回答数", units: ["件"], lower: false }
 */
export function targetMeasure(target: Expression): TargetMeasure {
  const { components } = target;
  const first = components[0];
  const metric = target.metric ?? (components.length === 1 ? (first.label ?? null) : null);
  const units: string[] = [];
  for (const c of components) {
    const unit = c.relative ? c.relative.delta?.unit : c.quantity.unit;
    if (unit && !units.includes(unit)) units.push(unit);
  }
  const lower = first?.comparator === "<=" || first?.comparator === "<";
  return { metric, units, lower };
}
