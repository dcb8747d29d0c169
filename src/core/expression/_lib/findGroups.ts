import { BRACKETS } from "./chars";

const ANY_OPENING = new RegExp(`[${[...BRACKETS.keys()].map((b) => `\\${b}`).join("")}]`);

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
 * The top-level bracket groups of a normalised text, in order, in one linear pass. Nested groups stay inside
 * their parent; an opening bracket that is never closed, and a stray closing bracket, are plain characters.
 *
 * @example findGroups("毎月5件(年60件)以上") // [{ start: 4, end: 10, inner: "年60件" }]
 */
export function findGroups(s: string): Group[] {
  const groups: Group[] = [];
  if (!ANY_OPENING.test(s)) return groups;
  const stack: { close: string; at: number }[] = [];
  const open = new Map<string, number>(); // how many groups of each kind are open
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
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
