import { cleanText } from "../../writeback/cleanText";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Cell text as HTML text: `cleanText` (line breaks to `\n`, unrepresentable code points to U+FFFD), the five
 * markup characters escaped, and line breaks as `<br>`.
 *
 * @example escapeHtml('<b>"A&B"</b>\nC') // "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;<br>C"
 */
export function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch])
    .replace(/\n/g, "<br>");
}
