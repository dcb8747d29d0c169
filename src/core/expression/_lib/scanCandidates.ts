import type { ExpressionRole, Period, Quantity } from "../../Expression";
import type { Candidate } from "./Candidate";
import { charBefore, codesOf, isAsciiLetter, isAt, isBefore, isDigit, isIdeograph } from "./chars";
import type { Group } from "./findGroups";
import type { Grammar } from "./grammarOf";
import { MULTIPLIER, readNumber, tidy } from "./readNumber";

/** Characters that make a number directly before them a date, time or ordinal (`2023年`, `3月`, `第1期`, `9時`). */
const NOT_A_COUNT_AFTER = new Set([..."年月期位号番次代歳条章版時"]);
/** Kanji that make a period word after them a point in time: 今年度, 本年度, 前年, 昨年, 来年度, 翌月, 当月, 同月, 先月. */
const TIME_WORD = new Set([..."今本前昨来翌当同先"]);
/** Marks that make the number after them a note or ordinal (`※2`, `第3回`, `No.1`). */
const NOTE_MARKS = new Set([..."※*#№第注"]);
/**
 * A figure that is not the column's own value: a previous period's (`前年196件`, `前年度実績 86.8%`), and in a
 * target a past actual (`2023年度実績 86.8% → 2024年度目標 90%`), in a result the target (`目標200件に対し208件`).
 */
const REFERENCE_BEFORE: Record<ExpressionRole, RegExp> = {
  target: /(?:(?:前年度?末?|昨年度?末?|前期末?|前回)(?:実績値?)?|実績値?)(?:は|の|:)? ?$/,
  result: /(?:前年度?末?|昨年度?末?|前期末?|前回|目標値?|計画)(?:実績)?(?:は|の|:)? ?$/,
};
/** Words after a figure, matched where the figure ends (sticky: no slice of the text). */
const REFERENCE_AFTER = / ?(?:から|より|に対し)/y;
/** A previous period's figure in a result (a baseline): `前年61.3万件`, `昨年は56.0%`, `92.1%から` . */
const PREVIOUS_BEFORE = /(?:前年度?末?|昨年度?末?|前期末?|前回)(?:実績)?(?:は|の|:)? ?$/;
const PREVIOUS_AFTER = / ?(?:から|より)/y;
const ARROW_AFTER = / ?[→➡⇒⇨]/y;
/** A year and month written with a dot, a date rather than a figure: `2022.3`, `2024.03`. */
const YEAR_MONTH = /^(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])$/;
/** The last characters of the reference words before a figure, and the first ones of those after it. */
const REFERENCE_END = codesOf("年度期回標値画績末");
const REFERENCE_START = codesOf("かよに");
const SPACE = 0x20;

/**
 * Whether a reference word may touch the figure (a quick test before the regexes): a word before it ends at
 * most three characters ahead (`前年の `), a word after it starts at most one space behind.
 */
function nearReferenceWord(s: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start - 3); i < start; i++) if (REFERENCE_END.has(s.charCodeAt(i))) return true;
  const after = s.charCodeAt(end) === SPACE ? end + 1 : end;
  return REFERENCE_START.has(s.charCodeAt(after));
}

/** A schema word as matched (the regex ignores case; the tables are keyed in lower case). */
function lookup<V>(map: Map<string, V>, word: string): V | undefined {
  return map.get(word) ?? map.get(word.toLowerCase());
}

/** Units a count glued to a Latin name may take (`CFP2名`, `FP3人`, `NPS50pt`, `Web面談12件`): not `%` after a code (`Q4%`). */
const NAME_COUNT = /^\d+(?:,\d{3})*(?:\.\d+)? ?(?:名|人|件|回|社|店|pt|ポイント|点|口座)/;

/** Whether a Latin word of two letters or more ends right before `at` and a count follows: `CFP2名`, not `Q4` or `A3`. */
function isCountAfterName(s: string, at: number): boolean {
  return isAsciiLetter(charBefore(s, at - 1)) && NAME_COUNT.test(s.slice(at, at + 12));
}

/** Whether an average baseline word (`業界平均`, `全国平均:`) ends right before `start` (a quick test of its last character first). */
function isAfterAverage(s: string, start: number, g: Grammar): boolean {
  let p = start;
  while (p > start - 3 && (s.charCodeAt(p - 1) === SPACE || s.charCodeAt(p - 1) === 0x3a)) p--;
  return g.averageEnds.has(s.charCodeAt(p - 1)) && g.averageBefore.test(s.slice(Math.max(0, start - 10), start));
}

/** Whether the digits at `at` belong to a word, a date, a code or a note rather than being a quantity. */
function isInsideWord(s: string, at: number, hasSign: boolean, hasUnit: boolean): boolean {
  const b = charBefore(s, at);
  if (hasSign) return isDigit(b) || (isAsciiLetter(b) && !hasUnit); // `1-3`, `2024-03`, `A-5`
  // `Q4`, `FY2023`, `※2`, `第3`; a count glued to a Latin name keeps its unit (`CFP2名`, `NPS50pt`), a code's digits do not (`Q4`, `A3サイズ`)
  if (NOTE_MARKS.has(b)) return true;
  if (isAsciiLetter(b)) return !(hasUnit && isCountAfterName(s, at));
  if (b === ".") return isAsciiLetter(charBefore(s, at - 1)) || isDigit(charBefore(s, at - 1)); // `No.1`, `1.2.3`
  // `3/31`, `9:00`, `2024年3月`, `3月31日`
  if (b === "/" || b === ":" || b === "年" || b === "月") return isDigit(charBefore(s, at - 1));
  return false;
}

/** Whether a period prefix is glued to the character before it: a digit, a time word's kanji, or any kanji. */
function isGluedPrefix(before: string, prefix: string): boolean {
  return isDigit(before) || TIME_WORD.has(before) || (prefix.length === 1 && isIdeograph(before));
}

/** Up to two kanji after a number: a counter word the schema does not know. */
const COUNTER = /^[\u4e00-\u9fff\u3400-\u4dbf]{1,2}/;

/** Units of a ratio's whole written after a slash (`19/20名`); a date's day or a time is none (`3/31日`). */
const NOT_A_WHOLE = new Set(["日", "時間", "分", "秒", "か月", "%", "円"]);

/** Whether the figure at `at` is the whole of a ratio `19/20名` (a count after `digits/`). */
function isRatioWhole(s: string, at: number, unitWord: string | undefined, g: Grammar): boolean {
  if (unitWord === undefined || !isBefore(s, at, "/") || !isDigit(charBefore(s, at - 1))) return false;
  const unit = lookup(g.units, unitWord);
  return unit !== undefined && !NOT_A_WHOLE.has(unit.unit);
}

/** The scale of a number written with a trailing kanji multiplier: `600万` → 10000, `10億` → 1e8. */
const TRAILING_MULTIPLIER = /^\d+(?:,\d{3})*(?:\.\d+)?([兆億万千]+)$/;

function multiplierOf(num: string): { scale: number; word: string } | undefined {
  if (isDigit(num[num.length - 1])) return undefined; // most numbers
  const m = TRAILING_MULTIPLIER.exec(num);
  if (!m) return undefined;
  let scale = 1;
  for (const k of m[1]) scale *= MULTIPLIER[k];
  return { scale, word: m[1] };
}

/** Whether a sticky regular expression matches `s` at `at`. */
function matchesAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

/** The rest of a period of years after its first year: `~2026年度`, `から2026年度`, `~26年度` (sticky). */
const PERIOD_END = / ?(?:~|〜|から) ?(?:(?:19|20)?\d\d年|(?:令和|平成|R|H)\d{1,2}年)/y;
/** A year that may start a period: 1900 to 2099. */
const YEAR_DIGITS = /^(?:19|20)\d\d$/;

/** Whether what follows a number without a unit makes it a date, time, code or ordinal. */
function isDateOrCode(s: string, after: number, num: string): boolean {
  const a = s[after];
  if (isAsciiLetter(a) || NOT_A_COUNT_AFTER.has(a)) return true; // `4K`, `2023年度`, `2024.3月`
  if ((a === "~" || a === "〜" || a === "か" || a === " ") && YEAR_DIGITS.test(num) && matchesAt(PERIOD_END, s, after)) return true; // `2024~2026年度`
  return (a === "/" || a === "-" || a === ":") && isDigit(s[after + 1]); // `3/31`, `2024-03`, `9:00`
}

function readMatch(s: string, m: RegExpExecArray, g: Grammar, role: ExpressionRole): Candidate | undefined {
  let start = m.index;
  const pre = m[1];
  const pp1: string | undefined = m[2];
  const cp: string | undefined = m[3];
  const pp2: string | undefined = m[4];
  const sign = m[5];
  const num = m[6];
  const unitWord: string | undefined = m[7];
  const ps1: string | undefined = m[8];
  const cs: string | undefined = m[9];
  const ps2: string | undefined = m[10];
  const numAt = start + pre.length + sign.length;
  if (pre === "" && isInsideWord(s, start, sign !== "", unitWord !== undefined) && !isRatioWhole(s, start, unitWord, g)) {
    return undefined;
  }
  const afterNum = numAt + num.length;
  if (unitWord === undefined) {
    if (isDateOrCode(s, afterNum, num) || YEAR_MONTH.test(num)) return undefined;
  } else {
    const unitEnd = afterNum + (isAt(s, afterNum, " ") ? 1 : 0) + unitWord.length;
    if (isAt(s, unitEnd, "目")) return undefined; // `25か月目`, `3回目`
    if (isAsciiLetter(unitWord[unitWord.length - 1]) && isAsciiLetter(s[unitEnd])) return undefined;
  }
  // A period prefix glued to a digit, to a time word (`今年度`, `前年`, `当月`) or, when one character, to any kanji is
  // part of a date or word, not a rate: `2023年10件`, `今年度 90%`, `件数年`.
  let prefix = pp1 ?? pp2;
  if (pp1 !== undefined && isGluedPrefix(charBefore(s, start), pp1)) {
    start += pp1.length + (s[start + pp1.length] === " " ? 1 : 0);
    prefix = pp2;
  }
  const unit = unitWord === undefined ? undefined : lookup(g.units, unitWord);
  let value = readNumber(num); // undefined for `9,10` (a list) and for hundreds of digits (no figure anyone wrote)
  if (value === undefined) return undefined;
  if (sign === "-") value = -value;
  if (unit && unit.scale !== 1) value = tidy(value * unit.scale);
  const suffix = ps1 ?? ps2;
  const per: Period | undefined = suffix
    ? lookup(g.periods, suffix)
    : prefix !== undefined
      ? lookup(g.periods, prefix)
      : undefined;
  const cmpWord = cs ?? cp;
  const end = m.index + m[0].length;
  const quantity: Quantity = { value, text: (prefix ?? "") + sign + num + (unitWord ?? "") + (suffix ?? "") };
  if (unit) quantity.unit = unit.unit;
  else if (unitWord === undefined && isIdeograph(s[afterNum])) {
    // a counter the schema does not know (`12拠点`, `3講座`): the number stays bare but takes no other unit
    const counter = COUNTER.exec(s.slice(afterNum, afterNum + 2));
    if (counter) quantity.counter = counter[0];
  }
  const multiplier = unit ? multiplierOf(num) : undefined;
  if (unit && unitWord !== undefined && (unit.scale !== 1 || multiplier)) {
    // `37.0兆円`, `600万件`: a bare result against it may be written in the same scale (`36.9`, `612`)
    quantity.scale = unit.scale * (multiplier?.scale ?? 1);
    quantity.scaleUnit = (multiplier?.word ?? "") + unitWord;
  }
  if (per) quantity.per = per;
  const c: Candidate = {
    start,
    end,
    quantity,
    group: -1,
    condition: false,
    reference: false,
  };
  if (nearReferenceWord(s, start, end)) {
    const before10 = s.slice(Math.max(0, start - 10), start);
    c.reference = REFERENCE_BEFORE[role].test(before10) || matchesAt(REFERENCE_AFTER, s, end);
    if (c.reference && role === "result") c.previous = PREVIOUS_BEFORE.test(before10) || matchesAt(PREVIOUS_AFTER, s, end);
  } else if (role === "result" && matchesAt(ARROW_AFTER, s, end)) {
    // `68.0%→72.9%`: the figure before an arrow is where the result came from
    c.reference = true;
    c.previous = true;
  }
  if (role === "result" && !c.previous && isAfterAverage(s, start, g)) {
    // `(業界平均82.3%)`, `業界平均82.3%に対し`: the average the result is compared with
    c.reference = true;
    c.average = true;
  }
  if (cmpWord !== undefined) {
    c.comparator = lookup(g.comparators, cmpWord);
    c.condition = isAt(s, end, "の");
    if (role === "result" && !cmpWord.includes("維持")) c.bound = true; // `10件以上`; `100%を維持` is the value
  }
  return c;
}

/**
 * Every figure of a normalised text that can be a quantity, in order, with the group it sits in. Numbers
 * inside words are skipped: `Q4`, `Q4.6`, `9,10の`, `2023年度`, `2024.3月`, `25か月目`, `※2`, `3/31`.
 * One pass of one precompiled regular expression; linear in the length of the text.
 *
 * @example scanCandidates("年間最低8回", [], grammarOf(BUILT_IN_SCHEMA), "target")[0].quantity
 * // { value: 8, unit: "回", per: "year", text: "年間8回" }
 */
export function scanCandidates(s: string, groups: Group[], g: Grammar, role: ExpressionRole): Candidate[] {
  const out: Candidate[] = [];
  const re = g.quantity;
  re.lastIndex = 0;
  let gi = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const c = readMatch(s, m, g, role);
    if (!c) continue;
    while (gi < groups.length && groups[gi].end <= c.start) gi++;
    if (gi < groups.length && groups[gi].start < c.start) c.group = gi;
    out.push(c);
  }
  return out;
}
