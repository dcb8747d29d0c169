import { normalizeText } from "../../normalizeText";

/** Bracketed notes (`(契約募集)`), which a renamed title adds or drops. */
const BRACKETED = /[(（[［【〔][^()（）[\]［］【】〔〕]*[)）\]］】〕]/g;
/** Spaces and punctuation, which say nothing about the initiative. */
const NOISE = /[\s、。・,.:：;；!！?？「」『』"'“”‘’~〜\-－ー―‐/／]+/g;

/** The title as the comparison sees it: NFKC, bracketed notes and punctuation left out, lower case. */
export function titleKey(title: string): string {
  const text = normalizeText(title);
  const bare = text.replace(BRACKETED, "").replace(NOISE, "").toLowerCase();
  // a title that is only a bracketed note keeps it
  return bare !== "" ? bare : text.replace(NOISE, "").toLowerCase();
}

/** A title's character bigrams with their counts, and how many there are: made once per title, compared often. */
export interface TitleProfile {
  grams: Map<string, number>;
  total: number;
}

/**
 * The profile `titleSimilarity` compares.
 *
 * @example titleProfile("早期更改").total // 3 (早期, 期更, 更改)
 */
export function titleProfile(title: string): TitleProfile {
  const chars = [...titleKey(title)];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return { grams, total: chars.length === 1 ? 1 : Math.max(0, chars.length - 1) };
}

/**
 * How alike two title profiles are, 0–1 (see `titleSimilarity`).
 *
 * @example profileSimilarity(titleProfile("火災保険の早期更改"), titleProfile("自動車保険の早期更改")) // 0.71
 */
export function profileSimilarity(x: TitleProfile, y: TitleProfile): number {
  const total = x.total + y.total;
  if (total === 0) return 0;
  const [small, large] = x.grams.size <= y.grams.size ? [x.grams, y.grams] : [y.grams, x.grams];
  let shared = 0;
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
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
