import type { Candidate } from "./Candidate";
import type { Group } from "./findGroups";
import type { Grammar } from "./grammarOf";
import { isEquivalent } from "./isEquivalent";

/** Words that may stand next to a restated figure in its bracket: `(年60件)`, `(=年60件相当)`. */
const FILLER = /相当|換算|程度|ベース|およそ|約|合計|計|[=≒:~ ]/g;

const NONE: ReadonlySet<number> = new Set();

/**
 * Links each top-level figure to the bracket group written right after it (kpi-rules.md §2):
 * - a group that only restates the figure in another period (`毎月5件(年60件)`) becomes its `alternatives`
 *   (a comparator inside the group applies to the figure when it has none);
 * - a comparator after the group belongs to the figure (`毎月5件(年60件)以上`), as does the group;
 * - any other group stays a qualifier.
 * Returns the indexes of the groups used as alternatives.
 *
 * @example attachGroups("毎月5件(年60件)以上", top, all, groups, g) // Set {0}; top[0].alternatives = [年60件]
 */
export function attachGroups(s: string, top: Candidate[], all: Candidate[], groups: Group[], g: Grammar): ReadonlySet<number> {
  if (groups.length === 0) return NONE;
  const used = new Set<number>();
  const byStart = new Map(groups.map((gr, i) => [gr.start, i]));
  const inside = new Map<number, Candidate[]>();
  for (const c of all) {
    if (c.group < 0) continue;
    const list = inside.get(c.group);
    if (list) list.push(c);
    else inside.set(c.group, [c]);
  }
  for (const c of top) {
    const gi = byStart.get(c.end) ?? (s[c.end] === " " ? byStart.get(c.end + 1) : undefined);
    if (gi === undefined) continue;
    const group = groups[gi];
    const held = inside.get(gi) ?? [];
    if (held.length === 1) {
      const [alt] = held;
      const rest = s.slice(group.start + 1, alt.start) + s.slice(alt.end, group.end - 1);
      if (rest.replace(FILLER, "") === "" && isEquivalent(c.quantity, alt.quantity)) {
        c.alternatives = [alt.quantity];
        c.comparator ??= alt.comparator;
        c.end = group.end;
        used.add(gi);
      }
    }
    if (c.comparator === undefined) {
      const after = g.suffixAhead.exec(s.slice(group.end, group.end + 16));
      if (after) {
        c.comparator = g.comparators.get(after[1].toLowerCase());
        c.end = group.end + after[0].length;
        c.condition = s[c.end] === "の";
      }
    }
  }
  return used;
}
