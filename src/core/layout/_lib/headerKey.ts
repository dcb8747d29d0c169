import { normalizeText } from "../../normalizeText";

const WRAPPED = /^[【[〔《<「『](.+)[】\]〕》>」』]$/u;
const BULLETS = /^[■□●◆◇・*※▼▽★☆]+/u;

/**
 * The comparable form of a header or label text: NFKC (via `normalizeText`), all white space removed, lower case
 * (so width and case do not matter), trailing colons, leading bullets and enclosing brackets (`【目標】`) dropped.
 *
 * @example headerKey("【 ＫＰＩ目標 】：") // "kpi目標"
 */
export function headerKey(text: string): string {
  let s = normalizeText(text).replace(/\s+/gu, "").toLowerCase();
  s = s.replace(/[:：]+$/u, "").replace(BULLETS, "");
  const m = WRAPPED.exec(s);
  return m ? m[1] : s;
}
