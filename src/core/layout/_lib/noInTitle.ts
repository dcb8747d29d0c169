import type { FieldCell } from "../../KpiRecord";
import { normalizeText } from "../../normalizeText";

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳
/** A number mark before a title, parted from it: `1.`, `1)`, `(1)`, `1-2.`, `1 `, `KPI1`, `No.1`, `【1】`. */
const MARK = /^(?:(?:kpi|no\.?)[-_:]?\s*(\d{1,3}(?:-\d{1,2})?)[.)、:]?\s*|[([【](\d{1,3}(?:-\d{1,2})?)[)\]】]\s*|(\d{1,3}(?:-\d{1,2})?)(?:[.)、:]\s*|\s+))(?=\p{L})/iu;

/**
 * The KPI number a title begins with (`①アンケート回収数`, `1. 早期更改率`, `(2) 研修`, `KPI3 事務ミス件数`, `1-2
 * 満足度`), as a No cell at the title's cell (its text the number as written: `1-2` keeps its sub-number), or
 * undefined. A digit run glued to the words (`3か月以内の解約率`, `24時間受付`) is part of the title, not a number.
 *
 * @example noInTitle({ text: "①アンケート回収数", value: "①アンケート回収数", numberFormat: "General", row: 3, col: 1 })?.text // "1"
 */
export function noInTitle(title: FieldCell): FieldCell | undefined {
  const raw = title.text.trim();
  const code = raw.codePointAt(0) ?? 0;
  if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST && raw.length > 1) {
    const n = code - CIRCLED_FIRST + 1;
    return { ...title, text: String(n), value: n, numberFormat: "General" };
  }
  const m = MARK.exec(normalizeText(raw));
  if (!m) return undefined;
  const text = m[1] ?? m[2] ?? m[3];
  return { ...title, text, value: /-/.test(text) ? text : Number(text), numberFormat: "General" };
}
