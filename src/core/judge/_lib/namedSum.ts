import type { Expression, Quantity } from "../../Expression";

/** Words joined by `+` in a target (`満足+やや満足`, `「満足」+「やや満足」`): a span of them. */
const PLUS_SPAN = /[^\s()+、,]+(?: ?\+ ?[^\s()+、,]+)+/g;
/** Quotes around a word of such a span. */
const QUOTES = /[「」『』"']/g;
/** What may stand before a word that names a figure: the start, a space or a separator. */
const WORD_EDGE = /[\s、,・/]/;

/** The figure (of `figures`) written right after `word` at a word's start in `text` (`満足 62.0%`, `満足:62.0%`). */
function figureAfter(text: string, word: string, figures: readonly Quantity[]): Quantity | undefined {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && !WORD_EDGE.test(text.charAt(at - 1))) continue;
    const rest = text.slice(at + word.length).replace(/^ ?[:]? ?/, "");
    const found = figures.find((q) => rest.startsWith(q.text));
    if (found) return found;
  }
  return undefined;
}

/**
 * The sum of the result's figures that the target names joined by `+` (`アンケート満足度(満足+やや満足) 90%以上`
 * against `満足 62.0% やや満足 30.5%` → 92.5%): the figure the target asks for, rates included. Undefined unless one
 * `+` span of the target's text names words each written right before its own figure in the result, all of one unit
 * and period.
 *
 * @example namedSum("満足度(満足+やや満足) 90%以上", parse("満足 62.0% やや満足 30.5%")) // { value: 92.5, unit: "%", … }
 */
export function namedSum(targetText: string, result: Expression): Quantity | undefined {
  if (result.components.length + (result.others?.length ?? 0) < 2 || !targetText.includes("+")) return undefined;
  const figures = [...result.components, ...(result.others ?? [])].map((c) => c.quantity);
  for (const span of targetText.match(PLUS_SPAN) ?? []) {
    const named = span.split("+").map((p) => figureAfter(result.normalized, p.replace(QUOTES, "").trim(), figures));
    const parts = named.filter((q): q is Quantity => q !== undefined);
    const [first] = parts;
    if (parts.length !== named.length || new Set(parts).size !== parts.length) continue;
    if (parts.some((q) => q.unit !== first.unit || q.per !== first.per || q.of !== undefined)) continue;
    const value = Number.parseFloat(parts.reduce((n, q) => n + q.value, 0).toPrecision(15));
    const out: Quantity = { value, text: `${span} ${value}${first.unit ?? ""}` };
    if (first.unit !== undefined) out.unit = first.unit;
    if (first.per) out.per = first.per;
    return out;
  }
  return undefined;
}
