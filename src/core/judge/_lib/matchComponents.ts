import type { Component } from "../../Expression";
import { normalizeLabel } from "./normalizeLabel";

/** A target component and the result component that answers it (if any). */
export interface ComponentMatch {
  target: Component;
  result?: Component;
  /** True when the labels matched only because one is a prefix of the other (`火新種` ~ `火新`). */
  byPrefix: boolean;
}

/**
 * Pairs result components with target components (kpi-rules.md §3): labels equal after normalisation, else one a
 * prefix of the other; a lone result component answers a lone target component whatever their labels (a
 * different name there is the metric's business: `metric-mismatch`). Returns the pairs in target order and the
 * result components that answer nothing.
 *
 * @example
 * matchComponents([{ label: "自動車", … }, { label: "火新種", … }], [{ label: "火新", … }])
 * // { matches: [{ target: 自動車 }, { target: 火新種, result: 火新, byPrefix: true }], extra: [] }
 */
export function matchComponents(
  targets: Component[],
  results: Component[],
): { matches: ComponentMatch[]; extra: Component[] } {
  if (targets.length === 1 && results.length === 1) {
    return { matches: [{ target: targets[0], result: results[0], byPrefix: false }], extra: [] };
  }
  const free = new Set(results);
  const take = (pred: (label: string) => boolean): Component | undefined => {
    for (const r of free) {
      if (pred(normalizeLabel(r.label))) {
        free.delete(r);
        return r;
      }
    }
    return undefined;
  };
  const exact = targets.map((t) => take((l) => l !== "" && l === normalizeLabel(t.label)));
  const matches = targets.map((t, i): ComponentMatch => {
    if (exact[i]) return { target: t, result: exact[i], byPrefix: false };
    const tl = normalizeLabel(t.label);
    const r = tl ? take((l) => l !== "" && (l.startsWith(tl) || tl.startsWith(l))) : undefined;
    return { target: t, result: r, byPrefix: r !== undefined };
  });
  return { matches, extra: [...free] };
}
