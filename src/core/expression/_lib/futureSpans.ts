import type { Grammar } from "./grammarOf";

/** Where a clause ends: a comma, a full stop, a semicolon or a bracket. */
const CLAUSE_END = new Set([..."、。,;()[]{}【】〔〕「」『』"]);

/**
 * The clauses of a result that speak of the future (schema.resultWords.future: `予定`, `見込み`, `目指し`), as
 * [start, end) spans, with the first such word: `86%達成見込み` is one clause, `87.1%(引き続き90%を目指します)` has
 * the bracket as its own. A figure or judgement word inside such a clause is not a result.
 *
 * @example futureSpans("87.1%(引き続き90%を目指します)", g) // { word: "目指します", spans: [[6, 19]] }
 */
export function futureSpans(s: string, g: Grammar): { word: string; spans: [number, number][] } | undefined {
  const re = g.future;
  re.lastIndex = 0;
  let m = re.exec(s);
  if (m === null) return undefined;
  const word = m[0];
  const spans: [number, number][] = [];
  for (; m !== null; m = re.exec(s)) {
    let a = m.index;
    while (a > 0 && !CLAUSE_END.has(s[a - 1])) a--;
    let b = m.index + m[0].length;
    while (b < s.length && !CLAUSE_END.has(s[b])) b++;
    const last = spans[spans.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
    re.lastIndex = b;
  }
  return { word, spans };
}

/** Whether [start, end) lies inside one of `spans`. */
export function insideSpans(spans: [number, number][], start: number, end: number): boolean {
  for (const [a, b] of spans) if (start >= a && end <= b) return true;
  return false;
}
