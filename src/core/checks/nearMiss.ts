/**
 * Whether `word` is a near miss of `term` — the same word with one slip of the hand — compared without regard to
 * case: two adjacent letters swapped (`NSP` for `NPS`), or, in a word of four letters or more, one letter replaced
 * (`Promotor` for `Promoter`). A word equal to the term is no near miss, nor is a three-letter word with one other
 * letter: among acronyms that is another word as often as a slip (`NPO` beside `NPS`, `API` beside `KPI`).
 *
 * @example isNearMiss("NSP", "NPS") // true
 * @example isNearMiss("NPO", "NPS") // false
 */
export function isNearMiss(word: string, term: string): boolean {
  if (word.length !== term.length || word.length < 3) return false;
  const a = word.toUpperCase();
  const b = term.toUpperCase();
  let first = -1;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (count === 0) first = i;
    if (++count > 2) return false;
  }
  if (count === 1) return a.length >= 4;
  return count === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
}
