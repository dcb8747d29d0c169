/** `令和6年度` / `R6` style era years (令和 starts 2019, 平成 1989). */
const ERAS: [RegExp, number][] = [
  [/(令和|R)(\d{1,2}|元)(?=年|$|[^\d])/, 2018],
  [/(平成|H)(\d{1,2}|元)(?=年|$|[^\d])/, 1988],
];

/**
 * A text naming fiscal year `from` rewritten for fiscal year `to`, in the same notation: `2024年度` → `2025年度`,
 * `結果(2024年度)` → `結果(2025年度)`, `令和6年度` → `令和7年度`, `R6` → `R7`, `FY2024` → `FY2025`; a text naming no
 * year as `from` is returned unchanged.
 *
 * @example nextYearText("結果(2024年度)", 2024, 2025) // "結果(2025年度)"
 * @example nextYearText("令和6年度", 2024, 2025) // "令和7年度"
 */
export function nextYearText(text: string, from: number, to: number): string {
  // `(^|\D)` rather than a regex lookbehind, which Safari before 16.4 cannot parse (tests/lint/olderWebKit.test.ts)
  const western = new RegExp(`(^|\\D)${from}(?!\\d)`, "g");
  if (western.test(text)) return text.replace(western, `$1${to}`);
  for (const [era, offset] of ERAS) {
    const m = era.exec(text);
    if (!m) continue;
    const n = m[2] === "元" ? 1 : Number(m[2]);
    if (n + offset === from) return text.slice(0, m.index) + m[1] + String(to - offset) + text.slice(m.index + m[0].length);
  }
  return text;
}
