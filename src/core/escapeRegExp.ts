/**
 * A text as a regular-expression source that matches it literally (for words a schema or a file supplies).
 *
 * @example new RegExp(escapeRegExp("No.(1)")).test("No.(1)") // true
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
