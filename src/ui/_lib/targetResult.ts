import type { JudgedComponent, JudgedKpi } from "../../core/JudgedKpi";
import type { UiStrings } from "../../i18n/ui";

/**
 * A figure with its unit as the pane shows it: grouped thousands, at most three decimals.
 *
 * @example quantityText(12000, "件") // "12,000件"
 */
export function quantityText(value: number, unit: string | null): string {
  return `${value.toLocaleString("en-US", { maximumFractionDigits: 3 })}${unit ?? ""}`;
}

/**
 * One component's target in short form, with its label when it has one.
 *
 * @example componentTarget({ label: "火新種", comparator: ">=", target: 20, unit: "%", … }, t) // "火新種：20%以上"
 */
export function componentTarget(c: JudgedComponent, t: UiStrings): string {
  const phrase = t.targetPhrase(quantityText(c.target, c.unit), c.comparator);
  return c.label ? t.labelled(c.label, phrase) : phrase;
}

/**
 * One component's result in short form: the figure, or the word for none.
 *
 * @example componentActual({ actual: 78, unit: "%", … }, t) // "78%"
 */
export function componentActual(c: JudgedComponent, t: UiStrings): string {
  return c.actual === null ? t.noResult : quantityText(c.actual, c.unit);
}

/**
 * A KPI's target and result in short form for its row in the pane: the judged components' figures when it has
 * any, else its texts (one line each, shortened by the view).
 *
 * @example targetResult(kpi, uiStrings("ja")) // { target: "75%以上", result: "78%" }
 */
export function targetResult(kpi: JudgedKpi, t: UiStrings): { target: string; result: string } {
  if (kpi.components.length > 0) {
    return {
      target: kpi.components.map((c) => componentTarget(c, t)).join(t.listSeparator),
      result: kpi.components.map((c) => componentActual(c, t)).join(t.listSeparator),
    };
  }
  const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
  return { target: oneLine(kpi.target) || t.noTarget, result: oneLine(kpi.result) || t.noResult };
}
