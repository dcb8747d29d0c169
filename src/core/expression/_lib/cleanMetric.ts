import { lowerCase } from "../../lowerCase";
import { codesOf, SEPARATORS } from "./chars";

/** Marks around a metric that are not part of its name, by character code. */
const EDGE_MARKS = codesOf([...SEPARATORS, ":", "*", "~", "-", "・"]);
/** The tail of a sentence's subject: `回答数は合計` → 回答数. */
const SUBJECT_TAIL = /(?:は|が) ?(?:合計|計|約|およそ|全体で)?$/;
const SUBJECT_END = new Set([..."はが計約そで"]);
/** Noise words are short: only the first and last words up to this length are looked up. */
const MAX_WORD = 12;

function trimMarks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_MARKS.has(s.charCodeAt(a))) a++;
  while (b > a && EDGE_MARKS.has(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Whether the character at `i` ends a word: a space or a colon (read as a code, no string made of it). */
const isBreakAt = (s: string, i: number): boolean => s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x3a;

/** Drops a leading and a trailing word that only names the column (`目標値 …`, `… 実績`). */
function dropNoiseWords(s: string, noise: Set<string>): string {
  let h = 0;
  while (h < s.length && h <= MAX_WORD && !isBreakAt(s, h)) h++;
  if (h > 0 && h < s.length && noise.has(lowerCase(s.slice(0, h)))) s = s.slice(h);
  let t = s.length;
  while (t > 0 && s.length - t <= MAX_WORD && !isBreakAt(s, t - 1)) t--;
  if (t > 0 && t < s.length && noise.has(lowerCase(s.slice(t)))) s = s.slice(0, t);
  return s;
}

/**
 * The metric's name from the words before the first component: separators, arrows, note marks and colons at
 * either end are dropped, as are words that only name the column (`目標値`, `KPI`, `実績`) and the tail of a
 * sentence's subject (`回答数は合計` → `回答数`). In a `sentence` (free text) only such a subject is a metric.
 * Undefined when nothing is left. `text` is normalised already; `noise` holds lower-case normalised words.
 *
 * @example cleanMetric("目標値 お客様アンケート点数 ➡", noise) // "お客様アンケート点数"
 */
export function cleanMetric(text: string, noise: Set<string>, sentence = false): string | undefined {
  let s = trimMarks(text);
  if (sentence) {
    // In a sentence only a plain subject names the metric: `回答数は合計208件…`, not `前年196件から増加し208件…`.
    const subject = SUBJECT_END.has(s[s.length - 1]) ? SUBJECT_TAIL.exec(s) : null;
    if (!subject || /[\d。、]/.test(s.slice(0, subject.index))) return undefined;
  }
  for (let pass = 0; pass < 3 && s !== ""; pass++) {
    const before = s;
    if (s.length <= MAX_WORD && noise.has(lowerCase(s))) return undefined;
    s = dropNoiseWords(s, noise);
    if (SUBJECT_END.has(s[s.length - 1])) s = s.replace(SUBJECT_TAIL, "");
    s = trimMarks(s);
    if (s === before) break;
  }
  return s === "" ? undefined : s;
}
