import { format, isDateFormat } from "numfmt";
import type { Expression, ExpressionRole } from "../Expression";
import type { FieldCell } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import { parseExpression } from "./parseExpression";

/** What Excel shows when a number does not fit its column (`####`), or nothing. */
const NOT_SHOWN = /^\s*(?:#+\s*)?$/;

/** Excel shows `####…` when a number does not fit its column. */
function isShown(text: string): boolean {
  return text !== "" && !NOT_SHOWN.test(text);
}

function hasUnit(e: Expression): boolean {
  return e.kind === "expression" && e.components.some((c) => c.quantity.unit !== undefined);
}

/** The number as its format shows it (numfmt renders Excel format codes): 0.6 in `0.00%` → `60.00%`. */
function render(value: number, numberFormat: string): string {
  try {
    return format(numberFormat || "General", value);
  } catch {
    return String(value); // a format code numfmt cannot read: the number as General shows it
  }
}

function isDate(numberFormat: string): boolean {
  try {
    return numberFormat !== "" && isDateFormat(numberFormat);
  } catch {
    return false;
  }
}

function readNumber(cell: FieldCell, value: number, role: ExpressionRole, schema: KpiSchema): Expression {
  const shown = isShown(cell.text) ? parseExpression(cell.text, role, schema) : undefined;
  if (shown && hasUnit(shown)) return shown;
  if (isDate(cell.numberFormat ?? "")) {
    return shown ?? { kind: "unreadable", normalized: normalizeText(cell.text), components: [], qualifiers: [] };
  }
  // The shown text is missing, `####`, or lacks the unit its format adds (an adapter that ignores formats).
  const rendered = parseExpression(render(value, cell.numberFormat ?? ""), role, schema);
  return hasUnit(rendered) || !shown || shown.kind !== "expression" ? rendered : shown;
}

/**
 * Reads a target or result cell as the user sees it (kpi-rules.md §2, "Results"):
 * - a text cell: its text, parsed by `parseExpression`;
 * - a number cell: its displayed text (`60.00%`, `4,024名`); when that is missing, `####…`, or has no unit
 *   although the number format adds one, the raw number rendered through its format with numfmt (0.6 in `0.00%`
 *   → 60 %, 4024 in `#,##0"名"` → 4024 人); a bare number keeps no unit (the judge infers the target's); a date
 *   format is not a quantity;
 * - an empty cell: `empty`; a boolean or an Excel error (`#N/A`): `unreadable`.
 *
 * @example parseFieldCell({ text: "60.00%", value: 0.6, numberFormat: "0.00%", row: 8, col: 7 }, "result", BUILT_IN_SCHEMA)
 * // { kind: "expression", components: [{ quantity: { value: 60, unit: "%", text: "60.00%" } }], … }
 */
export function parseFieldCell(cell: FieldCell, role: ExpressionRole, schema: KpiSchema): Expression {
  const { value } = cell;
  const text = typeof cell.text === "string" ? cell.text : "";
  if (typeof value === "number" && Number.isFinite(value)) return readNumber({ ...cell, text }, value, role, schema);
  if (typeof value === "string" || value === null || value === undefined) {
    return parseExpression(isShown(text) || !value ? text : value, role, schema);
  }
  const shown = text || (typeof value === "object" ? value.error : String(value).toUpperCase());
  return { kind: "unreadable", normalized: normalizeText(shown), components: [], qualifiers: [] };
}
