import type { Component, Expression } from "../../Expression";
import { labelled } from "./labelled";
import { normalizeLabel } from "../../normalizeLabel";

/** A target component and the result component that answers it (if any). */
export interface ComponentMatch {
  target: Component;
  result?: Component;
  /** True when the labels matched only because one is a prefix of the other (`火新種` ~ `火新`). */
  byPrefix: boolean;
  /** True when an unlabelled result figure answers the one target component of its unit (`20回以上・500名以上` → `23回・612名`). */
  byUnit?: boolean;
}

/**
 * Pairs the result components (`answers`, of `result`) with the target components (`targets`, of `target`)
 * (kpi-rules.md §3): a lone result component answers a lone target component whatever their labels (a different
 * name there is the metric's business: `metric-mismatch`); else by labels — a lone unlabelled component named after
 * its metric (`labelled`) — equal after normalisation, else one a prefix of the other; then an unlabelled result
 * figure answers the target component left unanswered that is the only one of its unit, when it is the only such
 * figure of that unit (`セミナー 年20回以上・参加者500名以上` → `23回・612名`). Returns the pairs in target order and
 * the result components that answer nothing.
 *
 * @example
 * matchComponents(target, [{ label: "自動車", … }, { label: "火新種", … }], result, [{ label: "火新", … }])
 * // { matches: [{ target: 自動車 }, { target: 火新種, result: 火新, byPrefix: true }], extra: [] }
 */
export function matchComponents(
  target: Expression,
  targets: Component[],
  result: Expression,
  answers: Component[],
): { matches: ComponentMatch[]; extra: Component[] } {
  if (targets.length === 1 && answers.length === 1) {
    return { matches: [{ target: targets[0], result: answers[0], byPrefix: false }], extra: [] };
  }
  return matchByUnit(matchByLabel(labelled(target, targets), labelled(result, answers)), result.others);
}

/**
 * Per unit, the one component of `list` in it, or null when there are several (one pass: a crafted cell can hold
 * hundreds of thousands of components).
 */
function onlyPerUnit<T extends { quantity: { unit?: string } }>(list: readonly T[]): Map<string, T | null> {
  const out = new Map<string, T | null>();
  for (const c of list) {
    const unit = c.quantity.unit;
    if (unit !== undefined) out.set(unit, out.has(unit) ? null : c);
  }
  return out;
}

/**
 * Pairs unanswered targets with unlabelled leftover figures where each side has exactly one of a unit (a labelled
 * leftover of the unit, `○○銀行:2%`, leaves the choice open, and so does another figure of the unit the result
 * holds, `others`: `アンケート回答69件 … お褒めの言葉64件`).
 */
function matchByUnit(
  m: { matches: ComponentMatch[]; extra: Component[] },
  others: readonly Component[] = [],
): { matches: ComponentMatch[]; extra: Component[] } {
  const open = m.matches.filter((x) => !x.result);
  if (open.length === 0 || !m.extra.some((c) => !c.label && c.quantity.unit !== undefined)) return m;
  const openTargets = onlyPerUnit(open.map((x) => x.target));
  const leftovers = onlyPerUnit(m.extra);
  const used = new Set<Component>();
  const matches = m.matches.map((x): ComponentMatch => {
    const unit = x.target.quantity.unit;
    if (x.result || unit === undefined || openTargets.get(unit) !== x.target) return x;
    const r = leftovers.get(unit); // the only leftover figure of the unit, labelled or not
    if (!r || r.label || others.some((o) => o.quantity.unit === unit)) return x;
    used.add(r);
    return { target: x.target, result: r, byPrefix: false, byUnit: true };
  });
  return used.size === 0 ? m : { matches, extra: m.extra.filter((c) => !used.has(c)) };
}

/** Pairs by labels: equal after normalisation first, then one a prefix of the other. */
function matchByLabel(targets: Component[], results: Component[]): { matches: ComponentMatch[]; extra: Component[] } {
  // each label normalised once
  const resultLabels = results.map((r) => normalizeLabel(r.label));
  const targetLabels = targets.map((t) => normalizeLabel(t.label));
  const taken = results.map(() => false);
  const take = (pred: (label: string) => boolean): Component | undefined => {
    for (let i = 0; i < results.length; i++) {
      if (!taken[i] && pred(resultLabels[i])) {
        taken[i] = true;
        return results[i];
      }
    }
    return undefined;
  };
  const exact = targetLabels.map((tl) => take((l) => l !== "" && l === tl));
  const matches = targets.map((t, i): ComponentMatch => {
    if (exact[i]) return { target: t, result: exact[i], byPrefix: false };
    const tl = targetLabels[i];
    const r = tl ? take((l) => l !== "" && (l.startsWith(tl) || tl.startsWith(l))) : undefined;
    return { target: t, result: r, byPrefix: r !== undefined };
  });
  return { matches, extra: results.filter((_, i) => !taken[i]) };
}
