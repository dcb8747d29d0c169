import { fiscalYearOfMonth } from "../fiscalYear/findFiscalYearIn";
/** `令和6年度` / `R6` style era years (令和 starts 2019, 平成 1989). */
const ERAS: [RegExp, number][] = [
  [/(令和|R)(\d{1,2}|元)(?=年|$|[^\d])/g, 2018],
  [/(平成|H)(\d{1,2}|元)(?=年|$|[^\d])/g, 1988],
];

/** A two-digit Western year: after `FY` or an apostrophe (`FY24`, `'24`), or before 年度 / FY (`24年度`). */
const SHORT_PREFIXED = /(FY|['’‘])(\d{2})(?!\d)/gi;
const SHORT_SUFFIXED = /(^|[^\d./'’‘])(\d{2})(年度|FY)/gi;

/** A year and month (`2025年3月`, `2025/3`, `2025.03`), Western. */
const YEAR_MONTH = /((?:19|20)\d\d)(?:年|[/.])(\d{1,2})(?!\d)/g;

/**
 * A text naming fiscal year `from` rewritten for fiscal year `to`, in the same notation: `2024年度` → `2025年度`,
 * `結果(2024年度)` → `結果(2025年度)`, `令和6年度` → `令和7年度`, `R6` → `R7`, `FY2024` → `FY2025`, `FY24` → `FY25`, `24年度` → `25年度`. A text that also
 * names the years after `from` (a title `2024年度実績と2025年度目標`) has each of them moved on by as much; a date or
 * month in fiscal year `from` (fiscal years starting in `startMonth`, default April) names it too:
 * `実績(2025年3月末)` → `実績(2026年3月末)`. A text naming no year as `from` is returned unchanged.
 *
 * @example nextYearText("結果(2024年度)", 2024, 2025) // "結果(2025年度)"
 * @example nextYearText("令和5年度 KPI実績及び令和6年度目標", 2023, 2024) // "令和6年度 KPI実績及び令和7年度目標"
 */
export function nextYearText(text: string, from: number, to: number, startMonth = 4): string {
  const step = to - from;
  let named = false;
  // `(^|\D)` rather than a regex lookbehind, which Safari before 16.4 cannot parse (tests/lint/olderWebKit.test.ts)
  const western = /(^|\D)((?:19|20)\d\d)(?!\d)/g;
  const moved = (year: number) => year >= from && year <= from + step;
  text.replace(western, (m, _pre: string, y: string) => ((named ||= Number(y) === from), m));
  // a date or month in fiscal year `from` (`実績(2025年3月末)` is FY2024's result, April years): its year moves too
  text.replace(YEAR_MONTH, (m, y: string, month: string) => ((named ||= fiscalYearOfMonth(Number(y), Number(month), startMonth) === from), m));
  for (const [era, offset] of ERAS) {
    text.replace(era, (m, _e: string, n: string) => ((named ||= (n === "元" ? 1 : Number(n)) + offset === from), m));
  }
  text.replace(SHORT_PREFIXED, (m, _p: string, n: string) => ((named ||= 2000 + Number(n) === from), m));
  text.replace(SHORT_SUFFIXED, (m, _p: string, n: string) => ((named ||= 2000 + Number(n) === from), m));
  if (!named) return text;
  let out = text.replace(western, (m, pre: string, y: string) => (moved(Number(y)) ? `${pre}${Number(y) + step}` : m));
  const short = (n: string) => String((Number(n) + step) % 100).padStart(2, "0");
  out = out.replace(SHORT_PREFIXED, (m, p: string, n: string) => (moved(2000 + Number(n)) ? `${p}${short(n)}` : m));
  out = out.replace(SHORT_SUFFIXED, (m, pre: string, n: string, suf: string) => (moved(2000 + Number(n)) ? `${pre}${short(n)}${suf}` : m));
  for (const [era, offset] of ERAS) {
    out = out.replace(era, (m, e: string, n: string) => {
      const year = (n === "元" ? 1 : Number(n)) + offset;
      return moved(year) ? `${e}${year + step - offset}` : m;
    });
  }
  return out;
}
