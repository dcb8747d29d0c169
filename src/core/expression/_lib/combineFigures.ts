import type { Candidate } from "./Candidate";
import { charBefore, isBefore } from "./chars";
import type { Grammar } from "./grammarOf";

/** Between the bounds of a range: `50～55%` (`～` is `~` after NFKC), `80%〜85%`. */
const RANGE_BETWEEN = /^ ?[~〜] ?$/;
/** Between the whole and the part of a ratio: `14名中11名`, `20名のうち19名`. */
const RATIO_BETWEEN = /^ ?(?:中|のうち|の内|うち)(?: ?、)? ?$/;
/** The longest text between two figures that {@link RANGE_BETWEEN} or {@link RATIO_BETWEEN} matches (` のうち 、 `). */
const LONGEST_BETWEEN = 7;
/** Between a part and its whole, both with their unit: `12名/20名`. */
const SLASH_BETWEEN = /^ ?\/ ?$/;
/** A part written before a slash and the whole: `19/20名`, `4,250/5,000件` (the whole number, never its last digits). */
const SLASH_PART = /(\d{1,3}(?:,\d{3})+|\d+) ?\/ ?$/;
/** What may not stand right before {@link SLASH_PART}'s number (it would be the tail of a longer one). */
const IN_NUMBER = /[\d,.]/;
/** Units that count things, so that a ratio of two counts is a share. */
const NOT_COUNTED = new Set(["%", "pt", "点", "日", "時間", "分", "秒", "か月", "円", "倍"]);

/** The longest text between a part and its whole named by a whole word (`受講者18名/対象者20名`: `/対象者`). */
const LONGEST_NAMED_BETWEEN = 12;
/** What may stand between a part and a whole named by a whole word: words, never a figure or a sentence's end. */
const NAMED_BETWEEN = /^[^\d。()]*$/;
/** A bracket right after a part naming its whole: `18名(対象20名)`, `18名(対象者20名中)`. Groups: words, number, unit. */
const WHOLE_BRACKET = /^ ?\(([^\d()]{1,8}?) ?(\d{1,3}(?:,\d{3})+|\d+) ?([^\d()]{1,3}?) ?(?:中|のうち)?\)/;

/** Whether a word naming the whole of a ratio (`対象`, `在籍者`; schema `wholeWords`) ends right before `at`. */
function namesWhole(s: string, at: number, g: Grammar): boolean {
  return g.wholeBefore.test(s.slice(Math.max(0, at - 8), at));
}

/**
 * A part and its whole when a whole word names the whole (`受講者18名/対象20名`, `対象者20名、受講者18名`,
 * `対象20名中受講18名`): the part with its whole (`of`), or undefined. Both counts are in one counted unit.
 */
function namedRatio(s: string, a: Candidate, b: Candidate, g: Grammar): Candidate | undefined {
  if (b.start - a.end > LONGEST_NAMED_BETWEEN || !NAMED_BETWEEN.test(s.slice(a.end, b.start))) return undefined;
  if (namesWhole(s, b.start, g) && !namesWhole(s, a.start, g) && a.quantity.value <= b.quantity.value) {
    return { ...a, end: b.end, quantity: { ...a.quantity, of: b.quantity.value, text: s.slice(a.start, b.end) } };
  }
  if (namesWhole(s, a.start, g) && !namesWhole(s, b.start, g) && b.quantity.value <= a.quantity.value) {
    return { ...b, start: a.start, quantity: { ...b.quantity, of: a.quantity.value, text: s.slice(a.start, b.end) } };
  }
  return undefined;
}

/** The whole of a ratio in a bracket right after its part (`18名(対象20名)`), in the part's unit; undefined if none. */
function wholeInBracket(s: string, a: Candidate, g: Grammar): number | undefined {
  const open = s.charCodeAt(a.end) === 0x28 || (s.charCodeAt(a.end) === 0x20 && s.charCodeAt(a.end + 1) === 0x28);
  const m = open ? WHOLE_BRACKET.exec(s.slice(a.end, a.end + 24)) : null;
  if (!m || !g.wholeBefore.test(m[1])) return undefined;
  const unit = g.units.get(m[3].toLowerCase());
  const whole = Number(m[2].replace(/,/g, ""));
  return unit?.unit === a.quantity.unit && unit?.scale === 1 && whole >= a.quantity.value ? whole : undefined;
}

/** Whether a slash (and a space) is right before `at`: a quick test before {@link SLASH_PART}. */
function afterSlash(s: string, at: number): boolean {
  return isBefore(s, isBefore(s, at, " ") ? at - 1 : at, "/");
}

/**
 * Whether a total word may end right before `at` (spaces and a colon between): a quick test before
 * `g.totalBefore`, by the last characters of the total words.
 */
function mayFollowTotal(s: string, at: number, g: Grammar): boolean {
  let p = at;
  while (p > at - 3 && (isBefore(s, p, " ") || isBefore(s, p, ":"))) p--;
  return g.totalEnds.has(charBefore(s, p));
}

/** Whether two figures count things in one unit and period (`18名`, `20名`): they may be a part and its whole. */
function isCountOf(a: Candidate, b: Candidate): boolean {
  const unit = a.quantity.unit;
  return unit !== undefined && !NOT_COUNTED.has(unit) && unit === b.quantity.unit && a.quantity.per === b.quantity.per;
}

function sameUnit(a: Candidate, b: Candidate): boolean {
  return (a.quantity.unit === undefined || a.quantity.unit === b.quantity.unit) && a.quantity.per === b.quantity.per;
}

/**
 * Joins figures that make one quantity together, in place, and returns the list (a new one only when two figures
 * joined):
 * - in a target, a range `50～55%` / `80%~85%の維持` becomes one figure with both bounds (`upper`; a bare lower
 *   bound takes the upper one's unit);
 * - a ratio `14名中11名`, `18支店中17支店`, `20名のうち19名`, `19/20名`, `12名/20名` becomes the part with its whole (`of`),
 *   also with words between when a whole word (schema `wholeWords`) names the whole: `受講者18名/対象20名`,
 *   `対象者20名、受講者18名`, `18名(対象20名)`;
 * - a figure right after a total word (`計6回`, `合計218件`) is marked `total`.
 *
 * @example combineFigures("比率 50～55%", top, g, "target") // [{ quantity: { value: 50, unit: "%" }, upper: 55 }]
 */
export function combineFigures(s: string, top: Candidate[], g: Grammar, role: "target" | "result"): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < top.length; i++) {
    const a = top[i];
    const b = top[i + 1] as Candidate | undefined;
    if (b && a.comparator === undefined && b.start - a.end <= LONGEST_BETWEEN && sameUnit(a, b)) {
      const between = s.slice(a.end, b.start);
      const unit = b.quantity.unit;
      if (role === "target" && RANGE_BETWEEN.test(between) && unit !== undefined) {
        const scale = a.quantity.unit === undefined ? (b.quantity.scale ?? 1) : 1;
        const lower = a.quantity.value * scale;
        if (lower < b.quantity.value) {
          (out ??= top.slice(0, i)).push({
            ...b,
            start: a.start,
            quantity: { ...b.quantity, value: lower, text: s.slice(a.start, b.end) },
            upper: b.quantity.value,
            comparator: ">=",
          });
          i++;
          continue;
        }
      }
      if (RATIO_BETWEEN.test(between) && unit !== undefined && !NOT_COUNTED.has(unit) && b.quantity.value <= a.quantity.value) {
        (out ??= top.slice(0, i)).push({ ...b, start: a.start, quantity: { ...b.quantity, of: a.quantity.value, text: s.slice(a.start, b.end) } });
        i++;
        continue;
      }
      const counted = unit !== undefined && !NOT_COUNTED.has(unit) && a.quantity.unit === unit;
      if (counted && SLASH_BETWEEN.test(between) && a.quantity.value <= b.quantity.value && a.quantity.of === undefined) {
        (out ??= top.slice(0, i)).push({ ...a, end: b.end, quantity: { ...a.quantity, of: b.quantity.value, text: s.slice(a.start, b.end) } });
        i++;
        continue;
      }
    }
    if (b && a.comparator === undefined && b.comparator === undefined && isCountOf(a, b) && a.quantity.of === undefined) {
      const ratio = namedRatio(s, a, b, g);
      if (ratio) {
        (out ??= top.slice(0, i)).push(ratio);
        i++;
        continue;
      }
    }
    const unit = a.quantity.unit;
    if (unit !== undefined && !NOT_COUNTED.has(unit) && a.quantity.of === undefined && afterSlash(s, a.start)) {
      const before = s.slice(Math.max(0, a.start - 12), a.start);
      const found = SLASH_PART.exec(before);
      const part = found && !IN_NUMBER.test(charBefore(before, found.index)) ? found : null;
      const partValue = part ? Number(part[1].replace(/,/g, "")) : NaN;
      if (part && partValue <= a.quantity.value) {
        const start = a.start - part[0].length;
        a.quantity = { ...a.quantity, value: partValue, of: a.quantity.value, text: s.slice(start, a.end) };
        a.start = start;
      }
    }
    const whole = unit !== undefined && !NOT_COUNTED.has(unit) && a.quantity.of === undefined && a.comparator === undefined ? wholeInBracket(s, a, g) : undefined;
    if (whole !== undefined) a.quantity = { ...a.quantity, of: whole };
    if (mayFollowTotal(s, a.start, g) && g.totalBefore.test(s.slice(Math.max(0, a.start - 8), a.start))) a.total = true;
    out?.push(a);
  }
  return out ?? top;
}
