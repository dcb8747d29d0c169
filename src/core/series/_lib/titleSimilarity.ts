import { normalizeText } from "../../normalizeText";

/** Bracketed notes (`(契約募集)`), which a renamed title adds or drops. */
const BRACKETED = /[(（[［【〔][^()（）[\]［］【】〔〕]*[)）\]］】〕]/g;
/** Spaces and punctuation, which say nothing about the initiative. */
const NOISE = /[\s、。・,.:：;；!！?？「」『』"'“”‘’~〜\-－ー―‐/／]+/g;

/** The title as the comparison sees it: NFKC, bracketed notes and punctuation left out, lower case. */
function titleKey(title: string): string {
  const text = normalizeText(title);
  const bare = text.replace(BRACKETED, "").replace(NOISE, "").toLowerCase();
  // a title that is only a bracketed note keeps it
  return bare !== "" ? bare : text.replace(NOISE, "").toLowerCase();
}

/**
 * A title's character bigrams, each as one number (the two code points), sorted: made once per title, compared
 * often. A one-character title has that character as its only "bigram". Plain data.
 */
export type TitleProfile = readonly number[];

/** Code points are below 0x110000: two of them make one exact integer. */
const BASE = 0x110000;

/** Longest list `sortNumbers` sorts by insertion. */
const SHORT = 64;

/**
 * Sorts numbers ascending, in place: a title's few bigrams by insertion (no comparator calls; most of the work of
 * a profile otherwise), a long list by the built-in sort.
 */
function sortNumbers(xs: number[]): number[] {
  if (xs.length > SHORT) return xs.sort((a, b) => a - b);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i;
    for (; j > 0 && xs[j - 1] > x; j--) xs[j] = xs[j - 1];
    xs[j] = x;
  }
  return xs;
}

/**
 * The profile `titleSimilarity` compares.
 *
 * @example titleProfile("早期更改").length // 3 (早期, 期更, 更改)
 */
export function titleProfile(title: string): TitleProfile {
  const key = titleKey(title);
  const grams: number[] = [];
  let previous = -1;
  for (let i = 0; i < key.length; ) {
    const c = key.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (previous >= 0) grams.push(previous * BASE + c);
    previous = c;
  }
  // a lone character stands for itself (negative: never equal to a bigram)
  if (grams.length === 0 && previous >= 0) grams.push(-1 - previous);
  return sortNumbers(grams);
}

/**
 * How alike two title profiles are, 0–1 (see `titleSimilarity`): shared bigrams counted by a merge of the two
 * sorted lists.
 *
 * @example profileSimilarity(titleProfile("火災保険の早期更改"), titleProfile("自動車保険の早期更改")) // 0.71
 */
export function profileSimilarity(a: TitleProfile, b: TitleProfile): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Math.round((200 * shared) / total) / 100;
}

/**
 * How alike two KPI titles are, 0–1: the Sørensen–Dice coefficient of their character bigrams after `titleKey`
 * (Japanese has no spaces between words, so bigrams stand in for words). Rounded to two decimals so that a
 * threshold in the schema compares with what the report shows.
 *
 * @example titleSimilarity("お客様アンケートの収集", "お客様アンケート(契約募集)の収集") // 1
 * @example titleSimilarity("自動車保険の早期更改", "火災保険の早期更改") // 0.71
 */
export function titleSimilarity(a: string, b: string): number {
  return profileSimilarity(titleProfile(a), titleProfile(b));
}
