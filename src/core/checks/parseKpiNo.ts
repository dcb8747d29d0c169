/**
 * Reads a KPI number ("No"): a positive integer written as a number, `1`, `１`, `①`, `No.1`, `No1`, `#1`, `1.`
 * or `第1`. Returns undefined for anything else (0, negatives, fractions, words).
 *
 * @example parseKpiNo("①", "①") // 1
 */
export function parseKpiNo(value: unknown, text: string): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : undefined;
  const s = text.normalize("NFKC").replace(/\s+/g, "");
  const m = /^(?:no\.?|#|第)?(\d{1,6})(?:\.|番)?$/i.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 ? n : undefined;
}
