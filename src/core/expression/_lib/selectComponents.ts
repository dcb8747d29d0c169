import type { Candidate } from "./Candidate";
import type { Group } from "./findGroups";
import { explicitLabels, implicitLabels, wideLabels } from "./findLabels";
import { isYearText } from "./findYearMarks";
import type { Grammar } from "./grammarOf";

/**
 * The figures chosen as components, or the candidates when free text leaves no way to choose.
 *
 * @example { components: [], candidates: [c80, c85] } // `上期は80%でしたが、下期は85%を達成しました`
 */
export type Selection =
  | { components: Candidate[]; others?: Candidate[] }
  | { components: []; candidates: Candidate[] };

const isPlain = (c: Candidate): boolean => !c.condition && !c.reference;
const isFresh = (c: Candidate): boolean => !c.reference;
const isLabelled = (c: Candidate): boolean => c.label !== undefined;
const hasUnit = (c: Candidate): boolean => c.quantity.unit !== undefined;
/** The candidates that pass, as the same array when all do (most expressions: nothing to set aside). */
const only = (cs: Candidate[], pass: (c: Candidate) => boolean): Candidate[] => (cs.every(pass) ? cs : cs.filter(pass));

/** Text that only parts two figures: white space and separators. */
const ONLY_SEPARATORS = /^[\s、,・/;]*$/;

/**
 * Whether a target's figure states a bar of its own: a unit and a comparator, set off from what follows (not
 * `24時間以内初動対応率`), and no figure right after it that it would describe (`3日以内 90%以上`).
 */
function isBar(s: string, c: Candidate, next: Candidate | undefined): boolean {
  if (c.comparator === undefined || !hasUnit(c)) return false;
  if (c.end < s.length && !ONLY_SEPARATORS.test(s.charAt(c.end))) return false;
  return next === undefined || !ONLY_SEPARATORS.test(s.slice(c.end, next.start));
}

/**
 * Chooses the components among the top-level figures of an expression (kpi-rules.md §2). In order:
 * 1. Figures that state a condition on the metric (a comparator followed by `の`: `3ヶ月以内の解約率…`) and
 *    figures that restate another figure (`前年196件から…`, `目標200件に対し…`) are set aside while others are
 *    left (restatements last: `目標200件に対し208件の回答` keeps 208件). A count that modifies a noun without a
 *    comparator (`208件の回答を得た`) is no condition: it stays a candidate.
 * 2. A label structure decides: every figure is a component when one has a `label:` (`自動車:60.0pt 火新:70.0pt`)
 *    or when each has its own short word before it (`自動車 38.4pt、火新 36.0pt`).
 *    Figures of a result named by two or more different years (`2023年度 14.0% 2024年度 16.2%`) are all
 *    components too: the judge keeps the row's year's.
 * 3. One figure left: it is the component. In a target (`wideTargets`), figures each after the words naming
 *    its metric (`自動車 早期更改率 80%以上 火災 早期更改率 70%以上`) are all components, those words their labels;
 *    so are figures with their own comparator each in a unit of its own (`70%以上 … 年間100件以上`).
 * 4. A stated total among several figures (`春3回・秋3回 計6回`): the total.
 * 5. Several figures in a clean expression: the last one carrying a unit (the last one when none has a unit); the
 *    other figures in its unit are returned as `others`, readings the judge tries too.
 * 6. Several figures in free text (a sentence): the only one carrying a unit if exactly one does; otherwise the
 *    text cannot be judged, and the figures are returned as `candidates` (those with a unit, when two or more do).
 *
 * @example selectComponents("3ヶ月以内の解約率5%以下", top, [], g, false) // { components: [5%以下] }
 */
export function selectComponents(
  s: string,
  top: Candidate[],
  groups: Group[],
  g: Grammar,
  freeText: boolean,
  years = 0,
  splitUnits = false,
  wideTargets = false,
): Selection {
  explicitLabels(s, top, groups, g.noise);
  for (const c of top) if (c.label !== undefined && isYearText(c.label)) c.label = undefined; // `R6年度:72.9%` says when
  const plain = only(top, isPlain);
  const fresh = plain.length > 0 ? plain : only(top, isFresh);
  const pool = fresh.length > 0 ? fresh : top;
  if (pool.some(isLabelled)) return { components: pool };
  if (years > 1 && pool.length > 1 && pool.every((c) => c.year !== undefined)) return { components: pool };
  if (implicitLabels(s, pool, groups, g.noise)) return { components: pool };
  if (pool.length === 1) return { components: pool };
  // a target naming each figure's metric (`自動車 早期更改率 80%以上 火災 早期更改率 70%以上`): none is dropped
  if (wideTargets && !freeText && wideLabels(s, pool)) return { components: pool };
  // nor are a target's figures that each state their own bar in a unit of their own (`評価9以上 70%以上 お褒めの言葉 年間100件以上`)
  const bars = wideTargets ? pool.filter((c, i) => isBar(s, c, pool[i + 1])) : [];
  if (bars.length > 1 && new Set(bars.map((c) => c.quantity.unit)).size === bars.length) return { components: bars };
  // a total sums the other figures, so they share its unit (`3回実施し、合計208件の回答` has none)
  const totals = pool.filter((c) => c.total);
  if (totals.length === 1 && pool.every((c) => c.quantity.unit === undefined || c.quantity.unit === totals[0].quantity.unit)) {
    return { components: totals };
  }
  const withUnit = only(pool, hasUnit);
  // figures each in a unit of its own (`23回・612名`) are components of their own, paired with the target's by unit
  if (splitUnits && !freeText && withUnit.length === pool.length && new Set(pool.map((c) => c.quantity.unit)).size === pool.length) {
    return { components: pool };
  }
  if (!freeText) {
    const chosen = withUnit[withUnit.length - 1] ?? pool[pool.length - 1];
    const unit = chosen.quantity.unit;
    const others = pool.filter((c) => c !== chosen && c.quantity.unit === unit);
    return others.length > 0 ? { components: [chosen], others } : { components: [chosen] };
  }
  if (withUnit.length === 1) return { components: withUnit };
  return { components: [], candidates: withUnit.length > 1 ? withUnit : pool };
}
