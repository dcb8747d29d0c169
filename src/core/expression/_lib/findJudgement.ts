import type { JudgementWord } from "../../Expression";
import type { Candidate } from "./Candidate";
import { isAsciiLetter, isIdeograph, isWordChar } from "./chars";
import type { Group } from "./findGroups";
import type { Grammar } from "./grammarOf";

/** A judgement word found in a result, with its place. */
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

function covered(at: number, groups: Group[], figures: Candidate[]): boolean {
  return groups.some((g) => at >= g.start && at < g.end) || figures.some((c) => at >= c.start && at < c.end);
}

/**
 * The first judgement word of a result (schema.judgementWords, longest first: `未達成` is not `達成`, `一部達成` is
 * partial), outside brackets and figures. A word that runs on into a longer word is not one (`達成率`, `目標達成度`);
 * one-character marks (`○`, `×`, `△`) must stand alone. A negated `達成` (`達成できませんでした`) is `not_met`.
 *
 * @example findJudgement("52.3% 達成", groups, figures, g) // { word: "met", start: 6, end: 8 }
 */
export function findJudgement(s: string, groups: Group[], figures: Candidate[], g: Grammar): JudgementMatch | undefined {
  const re = g.judgement;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    const lone = m[0].length === 1;
    if (continuesWord(s[end]) || (lone && (isWordChar(s[start - 1]) || isWordChar(s[end]))) || covered(start, groups, figures)) {
      re.lastIndex = start + 1;
      continue;
    }
    let word = g.judgements.get(m[0].toLowerCase()) ?? "met";
    if (word !== "not_met" && NEGATED.test(s.slice(end, end + 8))) word = "not_met";
    return { word, start, end };
  }
  return undefined;
}
