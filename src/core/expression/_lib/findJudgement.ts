import type { JudgementWord } from "../../Expression";
import type { Candidate } from "./Candidate";
import { charBefore, isAsciiLetter, isIdeograph, isWordChar } from "./chars";
import { lowerCase } from "../../lowerCase";
import type { Group } from "./findGroups";
import type { Grammar } from "./grammarOf";

/**
 * A judgement word found in a result, with its place.
 *
 * @example { word: "not_met", start: 5, end: 8 } // in `208件 未達成`
 */
export interface JudgementMatch {
  word: JudgementWord;
  start: number;
  end: number;
}

/** `達成できませんでした`, `達成ならず`, `達成していない`: the word is negated. */
const NEGATED = /^(?:でき|出来|し|は)?(?:ず|せず|ません|なかった|ならず|ておらず|ていない|ておりません|ていません)/;

function continuesWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return isAsciiLetter(ch) || isIdeograph(ch) || (c >= 0x30a1 && c <= 0x30ff);
}

/**
 * Whether a place is inside one of `spans` (sorted, not overlapping). Asked for places in increasing order, it
 * walks the spans once.
 */
function spanCursor<T extends { start: number; end: number }>(spans: T[]): (at: number) => T | undefined {
  let i = 0;
  return (at) => {
    while (i < spans.length && spans[i].end <= at) i++;
    return i < spans.length && spans[i].start <= at ? spans[i] : undefined;
  };
}

/** Several words: all the same give that word; a mix (`自動車(未達) 火新(達成)`) is partial. */
function combine(a: JudgementWord, b: JudgementWord): JudgementWord {
  return a === b ? a : "partial";
}

/**
 * The judgement words of a result (schema.judgementWords, longest first: `未達成` is not `達成`, `一部達成` is
 * partial), outside figures and outside brackets unless a bracket holds just the word (`80.2%(達成)`). A word
 * that runs on into a longer word is not one (`達成率`, `目標達成度`); one-character marks (`○`, `×`, `△`) must
 * stand alone. A negated `達成` (`達成できませんでした`) is `not_met`. `words` may give another table of words in the
 * same roles (the done-words: `実施済み`, `未実施`). Several words combine: the same word
 * stays, a mix is `partial`. The place returned is the first word's.
 *
 * @example findJudgement("52.3% 達成", groups, figures, g) // { word: "met", start: 6, end: 8 }
 */
export function findJudgement(
  s: string,
  groups: Group[],
  figures: Candidate[],
  g: Grammar,
  words: { re: RegExp; table: Map<string, JudgementWord> } = { re: g.judgement, table: g.judgements },
): JudgementMatch | undefined {
  const re = words.re;
  re.lastIndex = 0;
  let m = re.exec(s);
  if (m === null) return undefined; // most results: no cursors to make
  const inGroup = spanCursor(groups);
  const inFigure = spanCursor(figures);
  // Inside a figure, or inside a bracket that holds more than the word (`(達成)` alone is the word).
  const covered = (at: number, word: string) => inFigure(at) !== undefined || (inGroup(at)?.inner ?? word) !== word;
  let found: JudgementMatch | undefined;
  for (; m !== null; m = re.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    const lone = m[0].length === 1;
    if (continuesWord(s[end]) || (lone && (isWordChar(charBefore(s, start)) || isWordChar(s[end]))) || covered(start, m[0])) {
      re.lastIndex = start + 1;
      continue;
    }
    let word = words.table.get(lowerCase(m[0])) ?? "met";
    if (word !== "not_met" && NEGATED.test(s.slice(end, end + 8))) word = "not_met";
    found = found ? { ...found, word: combine(found.word, word) } : { word, start, end };
  }
  return found;
}
