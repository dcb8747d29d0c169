import type { Candidate } from "./Candidate";
import { charBefore, isAt, isBefore, isDigit, isSeparatorAt, SEPARATORS } from "./chars";
import { lowerCase } from "../../lowerCase";
import type { Group } from "./findGroups";

/** Labels are short: a longer run of words before a figure is a metric or a sentence. */
const MAX_LABEL = 20;
/** Hiragana: a word without a colon holding any (but a final particle, TOPIC) is a phrase (`前までの更改率`), not a label. */
const HIRAGANA = /[\u3041-\u309f]/;
/** A particle after an implicit label is dropped: `自動車は38.4pt` → 自動車, `上期に1回` → 上期, `上期で50件` → 上期. */
const TOPIC = /(?:は|が|に|で)$/;
/** A middle dot or dash left of a label joined on to the previous figure: `60pt・火災:70pt`. */
const LEADING_MARKS = /^[・\-~]+/;
const NO_GROUPS: Map<number, Group> = new Map();

function byEnd(groups: Group[]): Map<number, Group> {
  return groups.length === 0 ? NO_GROUPS : new Map(groups.map((g) => [g.end, g]));
}

/**
 * Where the word that ends at `end` starts: back to a separator, a colon, `floor` or (unless `digits`) a digit.
 * A bracket group is part of the word (`自動車保険(新規)`). Returns -1 when the word is longer than a label can be.
 */
function wordStart(s: string, end: number, floor: number, groupByEnd: Map<number, Group>, digits: boolean): number {
  let p = end;
  while (p > floor) {
    const group = groupByEnd.get(p);
    if (group && group.start >= floor) {
      p = group.start;
      continue;
    }
    if (isSeparatorAt(s, p - 1) || isAt(s, p - 1, ":") || (!digits && isDigit(s[p - 1]))) break;
    p--;
    if (end - p > MAX_LABEL) return -1;
  }
  return p;
}

/**
 * A number that names a label: with a counter and 目 (`13月目`, `25ヶ月目`, `2年目`, `1回目`), or a part of the
 * year (`第1四半期`, `1Q`, `第1Q`, `Q1`).
 */
const ORDINAL = /^(?:\d+(?:か月|ヶ月|ケ月|カ月|ヵ月|箇月|月|年|回|週|日|期)目|第\d+(?:四半期|半期)|第?\d+Q|Q\d$)/;

/**
 * Moves a label's start back over the digits of an ordinal it begins with (`月目` → `13月目`, `四半期` → `第1四半期`,
 * `Q` → `第1Q`), or over a quarter written `Q1` (the word before the figure is its digit alone).
 */
function withOrdinal(s: string, start: number, end: number, floor: number): number {
  if (!isDigit(charBefore(s, start))) return start;
  let p = start;
  while (p > floor && isDigit(s[p - 1])) p--;
  if (p > floor && (s[p - 1] === "第" || (s[p - 1] === "Q" && start === end))) p--;
  const set = p === 0 || p === floor || SEPARATORS.has(s[p - 1]);
  return set && ORDINAL.test(s.slice(p, end)) ? p : start;
}

/**
 * Sets `label` on every top-level figure written as `label: figure` (`自動車:60.0pt`, `火新：70.0pt` after NFKC).
 * The label runs back from the colon to a separator or the previous figure. A label that only names the column
 * (`目標:`, `実績:`) is no label; it still ends the metric.
 *
 * @example explicitLabels("NSP(事故対応) 自動車:60.0pt 火新:70.0pt", top, groups, noise) // top[0].label === "自動車"
 */
export function explicitLabels(s: string, top: Candidate[], groups: Group[], noise: Set<string>): void {
  const groupByEnd = byEnd(groups);
  let floor = 0;
  for (const c of top) {
    const colon = c.start - (isBefore(s, c.start, " ") ? 2 : 1);
    if (colon >= 0 && s[colon] === ":") {
      const end = colon - (isBefore(s, colon, " ") ? 1 : 0);
      const start = wordStart(s, end, floor, groupByEnd, true);
      const label = start < 0 ? "" : s.slice(start, end).trim().replace(LEADING_MARKS, "");
      if (label !== "") {
        c.labelStart = start;
        if (!noise.has(lowerCase(label))) c.label = label;
      }
    }
    floor = c.end;
  }
}

/**
 * Labels written without a colon, when every figure is preceded by its own short word and nothing else:
 * `自動車 38.4pt、火新 36.0pt`, `上期80% 下期85%`, `自動車は38.4pt、火新は36.0ptでした`. Needs two or more
 * figures with distinct labels, each label set off from the figure before it by a separator, and no hiragana in
 * a label but a final は/が (`満期30日前までの完了率 80%` has no labels; a bracket right after a figure is the figure's:
 * `自動車 81.2%(前年79.5%) 火災 73.8%`); returns false (and sets nothing) when
 * the text does not have that shape.
 *
 * @example implicitLabels("自動車 80.6% 火新 72.8%", pool, groups, noise) // true; labels 自動車, 火新
 */
export function implicitLabels(s: string, pool: Candidate[], groups: Group[], noise: Set<string>): boolean {
  if (pool.length < 2) return false;
  const groupByEnd = byEnd(groups);
  const groupByStart = groups.length === 0 ? NO_GROUPS : new Map(groups.map((g) => [g.start, g]));
  const found: { label: string; start: number }[] = [];
  for (let i = 0; i < pool.length; i++) {
    // a bracket right after the figure before is that figure's (`自動車 81.2%(前年79.5%) 火災 73.8%`)
    const after = i === 0 ? undefined : groupByStart.get(pool[i - 1].end);
    const floor = i === 0 ? 0 : (after?.end ?? pool[i - 1].end);
    const end = pool[i].start - (s[pool[i].start - 1] === " " ? 1 : 0);
    let start = wordStart(s, end, floor, groupByEnd, false);
    if (start < 0) return false;
    start = withOrdinal(s, start, end, floor);
    const label = s.slice(start, end).replace(TOPIC, "").replace(LEADING_MARKS, "");
    if (label === "" || HIRAGANA.test(label) || noise.has(lowerCase(label))) return false;
    if (i === 0) {
      if (start > 0 && !SEPARATORS.has(s[start - 1]) && s[start - 1] !== ":") return false;
    } else {
      // Set off from the figure before: `38.4pt、火新`, `60pt・火新`; not `30日前まで…`, which runs on.
      if (!(SEPARATORS.has(s[floor]) && start > floor) && s[floor] !== "・") return false;
      for (let k = floor + 1; k < start; k++) {
        const group = groupByStart.get(k);
        if (group) k = group.end - 1;
        else if (!SEPARATORS.has(s[k])) return false;
      }
    }
    found.push({ label, start });
  }
  if (new Set(found.map((f) => lowerCase(f.label))).size !== found.length) return false;
  found.forEach((f, i) => {
    pool[i].label = f.label;
    pool[i].labelStart = f.start;
  });
  return true;
}

/** What sets a wide label off from the figure before it, and what is trimmed from its ends. */
const LABEL_EDGE = /^[\s、,・/;]+|[\s、,・/;:]+$/g;
const SET_OFF = /^[\s、,・/;]/;
/** A wide label ends in a name (kanji, katakana, a Latin letter or a bracket), not in a particle (`うち`). */
const NAME_END = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z)]$/u;

/**
 * Labels of several words, one before each figure of a target that names each figure's metric
 * (`自動車 早期更改率 80%以上 火災 早期更改率 70%以上`, written on lines of a cell): the text since the figure before
 * (or the start), when each is set off from that figure, holds no digit, ends in a name and is at most a label's
 * length, and all differ. Returns false (and sets nothing) otherwise — the caller then chooses one figure.
 *
 * @example wideLabels("自動車 早期更改率 80%以上 火災 早期更改率 70%以上", pool) // true; labels "自動車 早期更改率", "火災 早期更改率"
 */
export function wideLabels(s: string, pool: Candidate[]): boolean {
  if (pool.length < 2) return false;
  const labels: { label: string; start: number }[] = [];
  for (let i = 0; i < pool.length; i++) {
    const from = i === 0 ? 0 : pool[i - 1].end;
    const text = s.slice(from, pool[i].start);
    if (i > 0 && !SET_OFF.test(text)) return false;
    const label = text.replace(LABEL_EDGE, "");
    if (label === "" || label.length > MAX_LABEL || /\d/.test(label) || !NAME_END.test(label)) return false;
    labels.push({ label, start: from + text.indexOf(label) });
  }
  if (new Set(labels.map((l) => lowerCase(l.label))).size !== labels.length) return false;
  labels.forEach((l, i) => {
    pool[i].label = l.label;
    pool[i].labelStart = l.start;
  });
  return true;
}
