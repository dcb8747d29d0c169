import { BRACKETS } from "./chars";

/** Any opening or closing bracket of {@link BRACKETS}, found by the regex engine rather than a lookup per character. */
const ANY_BRACKET = new RegExp(`[${[...BRACKETS.keys(), ...BRACKETS.values()].map((b) => `\\${b}`).join("")}]`, "g");

/**
 * A top-level bracket group: `start` is the opening bracket, `end` the index after the closing one.
 *
 * @example { start: 4, end: 10, inner: "年60件" } // in `毎月5件(年60件)以上`
 */
export interface Group {
  start: number;
  end: number;
  /** The text between the brackets, trimmed. */
  inner: string;
}

/**
 * The top-level bracket groups of a normalised text, in order, in one linear pass over its brackets. Nested groups stay inside
 * their parent; an opening bracket that is never closed, and a stray closing bracket, are plain characters.
 *
 * @example findGroups("毎月5件(年60件)以上") // [{ start: 4, end: 10, inner: "年60件" }]
 */
export function findGroups(s: string): Group[] {
  const groups: Group[] = [];
  ANY_BRACKET.lastIndex = 0;
  let m = ANY_BRACKET.exec(s);
  if (m === null) return groups; // most texts: no bracket
  const stack: { close: string; at: number }[] = [];
  const open = new Map<string, number>(); // how many groups of each kind are open
  for (; m !== null; m = ANY_BRACKET.exec(s)) {
    const ch = m[0];
    const i = m.index;
    const close = BRACKETS.get(ch);
    if (close !== undefined) {
      stack.push({ close, at: i });
      open.set(close, (open.get(close) ?? 0) + 1);
      continue;
    }
    if (!open.get(ch)) continue;
    // Close the nearest open group of this kind; groups opened after it were never closed. Every entry popped
    // here is popped once, so the pass stays linear.
    let k = stack.length - 1;
    while (stack[k].close !== ch) k--;
    for (let j = stack.length - 1; j >= k; j--) open.set(stack[j].close, (open.get(stack[j].close) ?? 1) - 1);
    const at = stack[k].at;
    stack.length = k;
    if (k === 0) groups.push({ start: at, end: i + 1, inner: s.slice(at + 1, i).trim() });
  }
  return groups;
}
