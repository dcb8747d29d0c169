import type { Component, Quantity } from "../../Expression";

/**
 * Percentages that may be shares of one whole (`満足 62.0% やや満足 30.5%`: at most 100 % together): their sum is a
 * reading too (the target `満足度 90%以上` may ask for 満足 and やや満足 together). Undefined otherwise.
 *
 * @example shareSum([62.0%, 30.5%]) // { value: 92.5, unit: "%", text: "計92.5%" }
 */
export function shareSum(figures: readonly Component[]): Quantity | undefined {
  if (figures.length < 2 || figures.some((c) => c.quantity.unit !== "%" || c.quantity.of !== undefined || c.quantity.value < 0)) return undefined;
  const value = Number.parseFloat(figures.reduce((n, c) => n + c.quantity.value, 0).toPrecision(15));
  return value <= 100 ? { value, unit: "%", text: `計${value}%` } : undefined;
}
