import type { Period, Quantity } from "../../Expression";
import type { Candidate } from "./Candidate";
import { isAsciiLetter, isDigit, isIdeograph } from "./chars";
import type { Group } from "./findGroups";
import type { Grammar } from "./grammarOf";

/** Characters that make a number directly before them a date, time or ordinal (`2023年`, `3月`, `第1期`, `9時`). */
const NOT_A_COUNT_AFTER = new Set([..."年月期位号番次代歳条章版時"]);
/** Marks that make the number after them a note or ordinal (`※2`, `第3回`, `No.1`). */
const NOTE_MARKS = new Set([..."※*#№第注"]);
/** A figure that restates another one: `前年196件`, `目標200件に対し`, `196件から`. */
const REFERENCE_BEFORE = /(?:前年度?|昨年度?|前期|前回|目標値?|計画)(?:実績)?(?:は|の|:)? ?$/;
const REFERENCE_AFTER = /^ ?(?:から|より|に対し)/;
const VALID_GROUPING = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Rounds away binary noise after scaling (`1.15 × 100` is 115, not 114.99999999999999). */
function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(15));
}

/** Whether the digits at `at` belong to a word, a date, a code or a note rather than being a quantity. */
function isInsideWord(s: string, at: number, hasSign: boolean, hasUnit: boolean): boolean {
  const b = s[at - 1];
  const bb = s[at - 2];
  if (hasSign) return isDigit(b) || (isAsciiLetter(b) && !hasUnit); // `1-3`, `2024-03`, `A-5`
  if (isAsciiLetter(b) || NOTE_MARKS.has(b)) return true; // `Q4`, `FY2023`, `※2`, `第3`
  if (b === "." && (isAsciiLetter(bb) || isDigit(bb))) return true; // `No.1`, `1.2.3`
  if ((b === "/" || b === "年" || b === "月") && isDigit(bb)) return true; // `3/31`, `2024年3月`, `3月31日`
  return false;
}

/** Whether what follows a number without a unit makes it a date, time, code or ordinal. */
function isDateOrCode(s: string, after: number): boolean {
  const a = s[after];
  if (isAsciiLetter(a) || NOT_A_COUNT_AFTER.has(a)) return true; // `4K`, `2023年度`, `2024.3月`
  return (a === "/" || a === "-" || a === ":") && isDigit(s[after + 1]); // `3/31`, `2024-03`, `9:00`
}

function readMatch(s: string, m: RegExpExecArray, g: Grammar): Candidate | undefined {
  let start = m.index;
  const [, pre, pp1, cp, pp2, sign, num, unitWord, ps1, cs, ps2] = m;
  const numAt = start + pre.length + sign.length;
  if (num.includes(",") && !VALID_GROUPING.test(num)) return undefined; // `9,10` is a list, not 9,10
  if (pre === "" && isInsideWord(s, start + pre.length, sign !== "", unitWord !== undefined)) return undefined;
  const afterNum = numAt + num.length;
  if (unitWord === undefined) {
    if (isDateOrCode(s, afterNum)) return undefined;
  } else {
    const unitEnd = afterNum + (s[afterNum] === " " ? 1 : 0) + unitWord.length;
    if (s[unitEnd] === "目") return undefined; // `25か月目`, `3回目`
    if (isAsciiLetter(unitWord[unitWord.length - 1]) && isAsciiLetter(s[unitEnd])) return undefined;
  }
  // A period prefix glued to a digit or (when one character) to a kanji is part of a date or word: `2023年10件`, `前年`.
  const before = s[start - 1];
  let prefix = pp1 ?? pp2;
  if (pp1 !== undefined && (isDigit(before) || (pp1.length === 1 && isIdeograph(before)))) {
    start += pp1.length + (s[start + pp1.length] === " " ? 1 : 0);
    prefix = pp2;
  }
  const unit = unitWord === undefined ? undefined : g.units.get(unitWord.toLowerCase());
  let value = Number(num.replace(/,/g, ""));
  if (sign === "-") value = -value;
  if (unit && unit.scale !== 1) value = tidy(value * unit.scale);
  const suffix = ps1 ?? ps2;
  const per: Period | undefined = suffix
    ? g.periods.get(suffix.toLowerCase())
    : prefix !== undefined
      ? g.periods.get(prefix.toLowerCase())
      : undefined;
  const cmpWord = cs ?? cp;
  const end = m.index + m[0].length;
  const quantity: Quantity = { value, text: (prefix ?? "") + sign + num + (unitWord ?? "") + (suffix ?? "") };
  if (unit) quantity.unit = unit.unit;
  if (per) quantity.per = per;
  const c: Candidate = {
    start,
    end,
    quantity,
    group: -1,
    modifier: s[end] === "の",
    reference: REFERENCE_BEFORE.test(s.slice(Math.max(0, start - 10), start)) || REFERENCE_AFTER.test(s.slice(end, end + 6)),
  };
  if (cmpWord !== undefined) c.comparator = g.comparators.get(cmpWord.toLowerCase());
  return c;
}

/**
 * Every figure of a normalised text that can be a quantity, in order, with the group it sits in. Numbers
 * inside words are skipped: `Q4`, `Q4.6`, `9,10の`, `2023年度`, `2024.3月`, `25か月目`, `※2`, `3/31`.
 * One pass of one precompiled regular expression; linear in the length of the text.
 *
 * @example scanCandidates("年間最低8回", [], grammarOf(BUILT_IN_SCHEMA))[0].quantity
 * // { value: 8, unit: "回", per: "year", text: "年間8回" }
 */
export function scanCandidates(s: string, groups: Group[], g: Grammar): Candidate[] {
  const out: Candidate[] = [];
  const re = g.quantity;
  re.lastIndex = 0;
  let gi = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const c = readMatch(s, m, g);
    if (!c) continue;
    while (gi < groups.length && groups[gi].end <= c.start) gi++;
    if (gi < groups.length && groups[gi].start < c.start) c.group = gi;
    out.push(c);
  }
  return out;
}
