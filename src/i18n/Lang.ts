/** A language of messages and UI: Japanese (default) or English. */
export type Lang = "ja" | "en";

/**
 * The language for a locale tag such as Office's `displayLanguage` or `navigator.language`: English for `en…`,
 * Japanese otherwise.
 *
 * @example langFromLocale("en-US") // "en"
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^en\b/i.test(locale ?? "") ? "en" : "ja";
}
