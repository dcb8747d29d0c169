import type { Candidate } from "./Candidate";
import { lowerCase } from "../../lowerCase";
import type { Group } from "./findGroups";

/**
 * The bracket groups after the metric that are neither a component's alternatives, nor inside a label
 * (`自動車保険(新規):80%`), nor a judgement word (`80.2%(達成)`: a group whose lower-cased text is one of
 * `judgementWords`, given for a result that has such a word). Groups and labels are both in text order.
 *
 * @example
 * // in `早期解約率 3%以下（1年以内）`, with the one group and the chosen figure 3%:
 * qualifiersOf(groups, new Set(), 6, chosen, undefined) // ["1年以内"]
 */
export function qualifiersOf(
  groups: Group[],
  alternatives: ReadonlySet<number>,
  metricEnd: number,
  chosen: Candidate[],
  judgementWords: ReadonlyMap<string, unknown> | undefined,
): string[] {
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < groups.length; i++) {
    const gr = groups[i];
    while (k < chosen.length && chosen[k].start <= gr.start) k++;
    const label = chosen[k]?.labelStart;
    const inLabel = label !== undefined && gr.start >= label;
    if (!alternatives.has(i) && gr.start >= metricEnd && !inLabel && gr.inner !== "" && !judgementWords?.has(lowerCase(gr.inner)))
      out.push(gr.inner);
  }
  return out;
}
