import { SEPARATORS } from "./chars";
import { wordKey } from "./grammarOf";

/** Marks around a metric that are not part of its name. */
const EDGE_MARKS = new Set([...SEPARATORS, ":", "*", "~", "-", "・"]);
/** The tail of a sentence's subject: `回答数は合計` → 回答数. */
const SUBJECT_TAIL = /(?:は|が) ?(?:合計|計|約|およそ|全体で)?$/;
/** The longest tail word worth checking against the noise words. */
const MAX_TAIL = 12;

function trimMarks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_MARKS.has(s[a])) a++;
  while (b > a && EDGE_MARKS.has(s[b - 1])) b--;
  return s.slice(a, b);
}

/**
 * The metric's name from the words before the first component: separators, arrows, note marks and colons at
 * either end are dropped, as are words that only name the column (`目標値`, `KPI`, `実績`) and the tail of a
 * sentence's subject (`回答数は合計` → `回答数`). In a `sentence` (free text) only such a subject is a metric.
 * Undefined when nothing is left.
 *
 * @example cleanMetric("目標値 お客様アンケート点数 ➡", noise) // "お客様アンケート点数"
 */
export function cleanMetric(text: string, noise: Set<string>, sentence = false): string | undefined {
  let s = trimMarks(text);
  if (sentence) {
    // In a sentence only a plain subject names the metric: `回答数は合計208件…`, not `前年196件から増加し208件…`.
    const subject = SUBJECT_TAIL.exec(s);
    if (!subject || /[\d。、]/.test(s.slice(0, subject.index))) return undefined;
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = s;
    if (noise.has(wordKey(s))) return undefined;
    const head = /^[^ :]+/.exec(s);
    if (head && noise.has(wordKey(head[0])) && /^[ :]/.test(s.slice(head[0].length))) s = s.slice(head[0].length);
    const tail = /[^ :]+$/.exec(s.slice(-MAX_TAIL));
    if (tail && noise.has(wordKey(tail[0])) && s.length > tail[0].length && /[ :]$/.test(s.slice(0, -tail[0].length))) {
      s = s.slice(0, -tail[0].length);
    }
    s = trimMarks(s.replace(SUBJECT_TAIL, ""));
    if (s === before) break;
  }
  return s === "" ? undefined : s;
}
