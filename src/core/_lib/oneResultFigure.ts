import type { Quantity } from "../Expression";
import { parseExpression } from "../expression/parseExpression";
import type { KpiSchema } from "../KpiSchema";

/**
 * The one unlabelled figure of a result text (`95.2%`): last year's result as a baseline when it was not judged
 * against a target of its own. Undefined for none, several, a labelled one or a change (`前年比+1pt`).
 *
 * @example oneResultFigure("95.2%", BUILT_IN_SCHEMA) // { value: 95.2, unit: "%", text: "95.2%" }
 */
export function oneResultFigure(text: string, schema: KpiSchema): Quantity | undefined {
  const result = parseExpression(text, "result", schema);
  if (result.kind !== "expression" || result.components.length !== 1 || result.change) return undefined;
  const [c] = result.components;
  return c.label === undefined && !c.change ? c.quantity : undefined;
}
