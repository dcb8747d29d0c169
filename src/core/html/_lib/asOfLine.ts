import type { WritebackLabels } from "../../writeback/WritebackLabels";

/**
 * The page's as-of line for the options' `asOf` date (`YYYY-MM-DD`), undefined without one or for a text that is
 * not a real date: 「2026年11月29日現在」.
 *
 * @example asOfLine("2026-11-29", writebackLabels("ja")) // "2026年11月29日現在"
 */
export function asOfLine(asOf: string | undefined, L: Pick<WritebackLabels, "asOfLine">): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf ?? "");
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return L.asOfLine(year, month, day);
}
