/**
 * The first of `base`, `base (2)`, `base (3)`, … that `isTaken` does not reject, so that a name the user
 * already uses is never reused (Excel's own naming of copies).
 *
 * @example chooseName("開示用", (n) => n === "開示用") // "開示用 (2)"
 */
export function chooseName(base: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * A name compared the way Excel compares sheet names and headers: NFKC, trimmed, case-insensitive.
 *
 * @example nameKey(" Ｄｉｓｃｌｏｓｕｒｅ ") // "disclosure"
 */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}
