import type { Component, Expression } from "../../Expression";
import { normalizeLabel } from "../../normalizeLabel";

/** A measure word ending a metric that counts (`苦情件数`, `お褒めの数`): the part it names is before it. */
const MEASURE_AFTER = /(?:の)?(?:件数|人数|回数|数)$/;

/**
 * The result's part in brackets with うち (`62件(うちお褒め18件)`) that a lone target names by its metric or label
 * (`お褒め20件以上`, `お客様の声のうちお褒め20件以上`, `苦情件数 5件以下`): that part answers the target, not the total. Undefined unless
 * exactly one part is so named.
 *
 * @example partNamed([お褒め20件以上], target, parse("62件(うちお褒め18件)")) // [お褒め18件]
 */
export function partNamed(targets: readonly Component[], target: Expression, result: Expression): Component[] | undefined {
  if (targets.length !== 1 || targets[0].part || !result.parts) return undefined;
  const name = normalizeLabel(targets[0].label ?? target.metric ?? "");
  if (name === "") return undefined;
  // `苦情件数 5件以下` names the part `苦情` by what it counts, with the measure word after it
  const counted = name.replace(MEASURE_AFTER, "");
  const found = result.parts.filter((p) => {
    const label = normalizeLabel(p.label);
    return label !== "" && (name.endsWith(label) || counted.endsWith(label));
  });
  return found.length === 1 ? found : undefined;
}
