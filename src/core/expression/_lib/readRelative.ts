import type { Change, Comparator, Component, Quantity } from "../../Expression";
import type { Candidate } from "./Candidate";
import type { Group } from "./findGroups";
import { wordKey, type Grammar } from "./grammarOf";
import { tidy } from "./readNumber";

/** Words between a baseline word and what is said of it: `前年度実績比`, `前年と比べて`, `前年度から`, `前年差` (a difference, as から), `業界平均を`. */
const CONNECTOR =
  /^(?:末|同期)?(?:の)?(?:実績値?|水準|数値|値)?(?:(比|対比|と比べて?|に比べて?|と比較して|比較で)|(より|から|差|対差)|を|の|は)? ?(?:は|で)? ?/;

/** A relative phrase found in a text: where it is and what it says. */
interface Phrase {
  start: number;
  end: number;
  basis: string;
  previous: boolean;
  ratio: boolean;
  from: boolean;
  stated?: Quantity;
  figure?: Candidate;
  direction?: 1 | -1;
  /** A change by a multiple (`半減`: 50, `倍増`: 200), in % of the baseline. */
  multiple?: number;
  comparator?: Comparator;
}

function inGroup(groups: Group[], at: number): Group | undefined {
  for (const gr of groups) if (at >= gr.start && at < gr.end) return gr;
  return undefined;
}

/** The relative phrases of a text, one per baseline word outside brackets. */
function phrases(s: string, top: Candidate[], all: Candidate[], groups: Group[], g: Grammar): Phrase[] {
  const out: Phrase[] = [];
  const re = g.basis;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (inGroup(groups, m.index)) continue;
    let p = m.index + m[0].length;
    const conn = CONNECTOR.exec(s.slice(p)) as RegExpExecArray;
    p += conn[0].length;
    const phrase: Phrase = {
      start: m.index,
      end: p,
      basis: m[1],
      previous: g.previous.has(wordKey(m[1])),
      ratio: conn[1] !== undefined,
      from: conn[2] !== undefined,
    };
    const group = groups.find((gr) => gr.start === p);
    if (group) {
      const held = all.filter((c) => c.start > group.start && c.end < group.end);
      if (held.length === 1) {
        phrase.stated = held[0].quantity;
        p = group.end + (s[group.end] === " " ? 1 : 0);
      }
    }
    const figure = top.find((c) => c.start === p || c.start === p + 1);
    if (figure) {
      phrase.figure = figure;
      phrase.comparator = figure.comparator;
      p = figure.end;
    }
    const multiple = figure ? null : g.multiple.exec(s.slice(p, p + 8));
    if (multiple) {
      phrase.multiple = g.multiples.get(wordKey(multiple[1]));
      p += multiple[0].length;
    }
    const dir = multiple ? null : g.direction.exec(s.slice(p));
    if (dir) {
      phrase.direction = dir[1] !== undefined ? 1 : -1;
      p += dir[0].length;
    }
    if (phrase.comparator === undefined) {
      const cmp = g.suffixAhead.exec(s.slice(p, p + 16));
      if (cmp) {
        phrase.comparator = g.comparators.get(cmp[1].toLowerCase());
        p += cmp[0].length;
      }
    }
    phrase.end = p;
    re.lastIndex = Math.max(p, m.index + m[0].length);
    out.push(phrase);
  }
  return out;
}

function isPercent(q: Quantity): boolean {
  return q.unit === "%";
}

/** The change a phrase states: a factor for percentages, a delta in other units, else only a direction. */
function changeOf(s: string, ph: Phrase): Change {
  const change: Change = { basis: ph.basis, previous: ph.previous, text: s.slice(ph.start, ph.end).trim() };
  const q = ph.figure?.quantity;
  if (q === undefined) {
    if (ph.multiple !== undefined) change.factor = tidy(ph.multiple / 100);
    else if (ph.direction !== undefined) change.direction = ph.direction;
    else change.factor = 1;
    return change;
  }
  const signed = /^[+-]/.test(q.text) || q.text.includes("+");
  const size = Math.abs(q.value);
  if (isPercent(q)) {
    if (ph.direction !== undefined) change.factor = tidy(1 + (ph.direction * size) / 100);
    else if (signed) change.factor = tidy(1 + q.value / 100);
    else change.factor = tidy(q.value / 100);
    if (ph.direction !== undefined || signed) change.percentChange = true;
  } else {
    const sign = ph.direction ?? (q.value < 0 ? -1 : 1);
    change.delta = { ...q, value: sign * size };
  }
  return change;
}

/**
 * A relative target (kpi-rules.md §2): `前年比110%`, `前年度実績以上`, `前年同期比減少`, `昨年比20%減`,
 * `前年度比2ポイント向上`, `前年度比半減` (a multiple: schema `relativeWords.multiples`), and one whose baseline is written in it (`業界平均(13.6%)以下`, `前年(53.4%)以上`).
 * A baseline written in the target gives a plain component (its figure, scaled by any change); otherwise the
 * component is `relative`: its quantity is the factor in % (`110%`, `100%` for 以上) or the delta, and the judge
 * needs the baseline. A figure after a baseline word without 比, a direction or a bracket (`前年度実績 86.8%`) is a
 * past actual, not a relative target. Returns where the phrase starts, or undefined when the text has none.
 *
 * @example readRelativeTarget("販売件数 前年比110%", top, all, groups, g)
 * // { start: 5, end: 12, component: { quantity: { value: 110, unit: "%" }, relative: { basis: "前年", factor: 1.1, … } } }
 */
export function readRelativeTarget(
  s: string,
  top: Candidate[],
  all: Candidate[],
  groups: Group[],
  g: Grammar,
): { start: number; end: number; component: Component; used?: Candidate } | undefined {
  for (const ph of phrases(s, top, all, groups, g)) {
    const q = ph.figure?.quantity;
    if (!ph.stated && !q && ph.direction === undefined && ph.comparator === undefined && ph.multiple === undefined) continue;
    // `前年度実績 86.8%`: a past actual; a signed figure after から / 差 (`前年差+1名`) is the change
    if (q && !ph.stated && !ph.ratio && ph.direction === undefined && !(ph.from && /^[+-]/.test(q.text))) continue;
    const change = changeOf(s, ph);
    const inc = ph.direction === 1;
    // `半減`: at most half; `倍増`: at least double
    const multiplied: Comparator | undefined = ph.multiple === undefined ? undefined : ph.multiple < 100 ? "<=" : ">=";
    const comparator: Comparator | undefined =
      ph.comparator ?? multiplied ?? (ph.direction === undefined ? undefined : inc ? (q ? ">=" : ">") : q ? "<=" : "<");
    let component: Component;
    if (ph.stated) {
      const base = ph.stated;
      const value =
        change.factor !== undefined ? tidy(base.value * change.factor) : tidy(base.value + (change.delta?.value ?? 0));
      component = { quantity: { ...base, value, text: s.slice(ph.start, ph.end).trim() } };
    } else {
      const quantity: Quantity =
        change.delta ?? { value: tidy((change.factor ?? 1) * 100), unit: "%", text: q?.text ?? change.text };
      component = { quantity, relative: change };
    }
    if (comparator !== undefined) component.comparator = comparator;
    return { start: ph.start, end: ph.end, component, used: ph.figure };
  }
  return undefined;
}

/**
 * A result's own comparison with a baseline (`前年比118.5%`, `前年同期比85.0%`, `前年比25%減`, `前年比12件減`,
 * `前年度から0.11ポイントダウン`, `前年度比+1.2pt`, `前年度比 増加`), with the figure it used (which is then no
 * actual). A previous period's figure alone (`前年61.3万件`, `前年度96.0%に対し`) is a baseline, not a change.
 *
 * @example readResultChange("前年比118.5%", top, all, groups, g) // { change: { factor: 1.185, … }, used: 118.5% }
 */
export function readResultChange(
  s: string,
  top: Candidate[],
  all: Candidate[],
  groups: Group[],
  g: Grammar,
): { change: Change; used?: Candidate } | undefined {
  const states = (ph: Phrase): boolean => {
    const q = ph.figure?.quantity;
    if (!q && ph.direction === undefined) return false;
    const signed = q !== undefined && /^[+-]/.test(q.text);
    return !(q && !ph.ratio && ph.direction === undefined && !(ph.from && signed) && !signed);
  };
  for (const ph of phrases(s, top, all, groups, g)) if (states(ph)) return { change: changeOf(s, ph), used: ph.figure };
  // a bracket that states the change after the figure (`91.2%(前年比+1.2pt)`, `1,050件(前年度比107%)`): the result's
  // own, when the bracket opens with it and says it is a change (比, から, 増/減); `(前年度 +5.1)` is last year's figure
  if (groups.length === 0) return undefined;
  const held = all.filter((c) => c.group >= 0);
  for (const ph of phrases(s, held, all, [], g)) {
    const opens = groups.some((gr) => ph.start === gr.start + 1);
    if (opens && (ph.ratio || ph.from || ph.direction !== undefined) && states(ph)) return { change: changeOf(s, ph), used: ph.figure };
  }
  return undefined;
}
