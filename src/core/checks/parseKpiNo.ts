const NO = /^(?:(?:no\.?|kpi)[-_.:]?|#|第)?[([]?(\d{1,6})(?:[-‐‑–—―ー_.](\d{1,3}))?[)\]]?(?:\.|番|\))?$/u;

/**
 * Reads a KPI number ("No") as its parts: a positive integer written as a number, `1`, `１`, `①`, `No.1`, `No1`,
 * `#1`, `1.`, `(3)`, `（3）`, `第1`, `KPI1`, `KPI-1` → `[1]`; a sub-number `1-1`, `1－2`, `No.2-1`, `KPI-2-1` → `[1, 1]`,
 * `[1, 2]`, `[2, 1]`, `[2, 1]`
 * (compared part by part). Undefined for anything else (0, negatives, fractions as numbers, words).
 *
 * @example parseKpiNoParts("(3)", "(3)") // [3]
 * @example parseKpiNoParts("1-2", "1-2") // [1, 2]
 */
export function parseKpiNoParts(value: unknown, text: string): [number] | [number, number] | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? [value] : undefined;
  const s = text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  const m = NO.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!(n > 0)) return undefined;
  if (m[2] === undefined) return [n];
  const sub = Number(m[2]);
  return sub > 0 ? [n, sub] : undefined;
}

/**
 * Reads a KPI number ("No"): its first part (see {@link parseKpiNoParts}): `①` → 1, `No.2` → 2, `1-2` → 1.
 * Returns undefined for anything else (0, negatives, fractions, words).
 *
 * @example parseKpiNo("①", "①") // 1
 */
export function parseKpiNo(value: unknown, text: string): number | undefined {
  return parseKpiNoParts(value, text)?.[0];
}
