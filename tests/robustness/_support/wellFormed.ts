/** What must hold of any expression the parser returns, whatever the text (plain assertions: jest and fuzz alike). */
import type { Expression } from "../../../src/core/Expression";
import { normalizeText } from "../../../src/core/normalizeText";
import type { ExpressionRole } from "../../../src/core/expression/parseExpression";

const KINDS = new Set(["empty", "not_applicable", "expression", "judgement", "unreadable"]);
const COMPARATORS = new Set([">=", ">", "<=", "<"]);

/** The rules an expression read from `source` breaks (none, for a well-formed one). */
export function expressionViolations(e: Expression, source: string, role: ExpressionRole): string[] {
  const wrong: string[] = [];
  const check = (ok: boolean, rule: string) => ok || wrong.push(rule);
  check(KINDS.has(e.kind), "kind is one of the five");
  check(e.normalized === normalizeText(source), "normalized is the normalised text");
  check(Array.isArray(e.components) && Array.isArray(e.qualifiers), "components and qualifiers are lists");
  if (e.kind === "expression") check(e.components.length > 0, "an expression has components");
  if (role === "target") check(e.judgement === undefined, "a target has no judgement word");
  for (const c of e.components) {
    check(Number.isFinite(c.quantity.value), "every value is a finite number");
    check(c.comparator === undefined || COMPARATORS.has(c.comparator), "every comparator is one of the four");
    check(typeof c.quantity.text === "string", "every quantity keeps its text");
  }
  return [...new Set(wrong)];
}
