// Bullets that start an item of a list in a cell (`●自動車 87.0% ●火災 68.1%`); not ○ □ △ ×, which are marks of a result.
const BULLET = /(^|\s)[●■◆◉▶►▸•◦]+ ?/gu;
// Circled numbers that start an item (`①新規 90% ②更改 90%`, `①96.0%`, `① 96.0%`): NFKC would make them digits
// glued to the label or to the figure (`①96.0%` → 196.0%).
const CIRCLED = /(^|\s)([\u2460-\u2473\u2776-\u2793])(?=[^\s\d(（])/gu;
const CIRCLED_FIGURE = /(^|\s)([\u2460-\u2473\u2776-\u2793]) *(?=\d)/gu;

/** Any bullet or circled number at all: a quick test before the replacements. */
const LIST_MARK = /[●■◆◉▶►▸•◦\u2460-\u2473\u2776-\u2793]/u;

/** The number a circled digit stands for: ① → 1, ⑳ → 20, ❶/➀/➊ → 1. */
function circledNumber(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c <= 0x2473) return c - 0x2460 + 1;
  return ((c - 0x2776) % 10) + 1;
}

/**
 * A cell's text with the marks that only list its items dropped (bullets) or written as item numbers (`①新規` →
 * `(1)新規`), read before normalisation so that a circled number is not taken for a figure. A circled number
 * inside a text (`設問Q4.⑥『良い』`) stays.
 *
 * @example withoutListMarks("●自動車 87.0% ●火災 68.1%") // "自動車 87.0% 火災 68.1%"
 * @example withoutListMarks("①新規 91.0% ②更改 89.5%") // "(1)新規 91.0% (2)更改 89.5%"
 * @example withoutListMarks("①96.0%\n②88.5%") // "(1) 96.0%\n(2) 88.5%": item numbers, never figures 196.0% and 288.5%
 */
export function withoutListMarks(text: string): string {
  if (!LIST_MARK.test(text)) return text; // most cells: one scan, no copy
  const item = (_w: string, before: string, ch: string) => `${before}(${circledNumber(ch)})`;
  return text
    .replace(BULLET, "$1")
    .replace(CIRCLED, item)
    .replace(CIRCLED_FIGURE, (_w: string, before: string, ch: string) => `${before}(${circledNumber(ch)}) `);
}
