import type { Component } from "../../Expression";
import { ADDITIVE } from "./sumOfParts";

/**
 * Whether a target component counts things over the fiscal year (`年間100件以上`, `年2回`): parts of it add up.
 *
 * @example countsTheYear(年間100件以上) // true; countsTheYear(満足度90%以上) // false
 */
export const countsTheYear = (t: Component): boolean =>
  t.quantity.unit !== undefined && ADDITIVE.has(t.quantity.unit) && (t.quantity.per ?? "year") === "year" && !t.relative;
