/**
 * A date as staff type it, in either language's usual form, as `YYYY-MM-DD`: `2026/11/29`, `2026-11-29`,
 * `2026.11.29`, `2026年11月29日`, full-width digits too; "" for an empty field; null for anything else or a day that
 * does not exist.
 *
 * @example parseDateInput("２０２６年１１月２９日") // "2026-11-29"
 */
export function parseDateInput(text: string): string | null {
  const s = text.normalize("NFKC").trim();
  if (s === "") return "";
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A stored `YYYY-MM-DD` as the pane shows it in a language: `2026/11/29` in Japanese (as Excel writes dates),
 * `2026-11-29` in English.
 *
 * @example formatDateInput("2026-11-29", "ja") // "2026/11/29"
 */
export function formatDateInput(iso: string, lang: "ja" | "en"): string {
  return lang === "ja" ? iso.replace(/-/g, "/") : iso;
}
