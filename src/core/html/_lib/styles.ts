import type { KpiStatus } from "../../KpiStatus";
import { STATUS_STYLES } from "../../writeback/statusStyle";
import { labelWidthEm } from "./labelWidth";

const LINE = "1px solid #808080";
/** Shading of the title row and of the label cells (the seed page's look; also given as `bgcolor`). */
export const TITLE_FILL = "#DDEBF7";
export const LABEL_FILL = "#F2F2F2";

/**
 * The look of each part of the fragment, keyed by its class; the same rules as `DISCLOSURE_CSS`.
 *
 * @example PART_STYLES["kpi-item"] // "width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 1em;break-inside:avoid;…"
 */
export const PART_STYLES = {
  "kpi-disclosure": "line-height:1.6",
  "kpi-disclosure__heading": "font-size:1.4em;font-weight:bold;margin:0 0 0.5em",
  "kpi-disclosure__date": "margin:0 0 0.5em;text-align:right",
  "kpi-disclosure__lead": "margin:0 0 0.5em",
  "kpi-disclosure__note": "margin:0 0 0.5em;font-size:0.85em",
  "kpi-year": "margin:1.5em 0 0",
  // printed, a year's heading stays with its first KPI and no KPI's table is split across pages
  "kpi-year__heading": "font-size:1.2em;font-weight:bold;margin:0 0 0.5em;break-after:avoid;page-break-after:avoid",
  "kpi-item": "width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 1em;break-inside:avoid;page-break-inside:avoid",
  "kpi-item__caption": "position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0",
  "kpi-item__no": `padding:6px 8px;border:${LINE};background:${TITLE_FILL};font-weight:bold;text-align:center;overflow-wrap:anywhere`,
  "kpi-item__name": `padding:6px 8px;border:${LINE};background:${TITLE_FILL};font-weight:bold;text-align:left;overflow-wrap:anywhere`,
  "kpi-item__label": `padding:6px 8px;border:${LINE};background:${LABEL_FILL};font-weight:bold;text-align:center`,
  "kpi-item__text": `padding:6px 8px;border:${LINE};text-align:left;vertical-align:top;overflow-wrap:anywhere`,
  /** A part of a label kept on one line, as 「(2024年度)」 of 「結果(2024年度)」. */
  "kpi-item__keep": "display:inline-block",
  /** The 推移 table's year and status cells: whole words, the target and result take what is left. */
  "kpi-trend__year": "white-space:nowrap",
  "kpi-trend__status": "white-space:nowrap",
  /** The 推移 table's 目標 and 結果 headers: a word each, never a character a line over a narrow column of 「―」. */
  "kpi-trend__head": "white-space:nowrap",
} as const;

/**
 * A class of the fragment that carries a look.
 *
 * @example const part: PartClass = "kpi-item__label";
 */
export type PartClass = keyof typeof PART_STYLES;

/**
 * The inline style of a status cell.
 *
 * @example statusStyle("met") // "padding:6px 8px;border:1px solid #808080;…;background:#C6EFCE;color:#006100"
 */
export function statusStyle(status: KpiStatus): string {
  const s = STATUS_STYLES[status];
  const fill = s.fill ? `;background:${s.fill}` : "";
  return `padding:6px 8px;border:${LINE};text-align:center;font-weight:bold${fill};color:${s.color}`;
}

/**
 * The class of a status cell's modifier (`met`, `partial`, `not-met`, `pending`, `missing-result`, `no-target`,
 * `unevaluable`).
 *
 * @example statusModifier("not_met") // "kpi-status--not-met"
 */
export function statusModifier(status: KpiStatus): string {
  return `kpi-status--${status.replace(/_/g, "-")}`;
}

/** The words of a page's label columns: the row labels (対象, 目標, 対応原則), the result labels, the status words. */
export interface ColumnWords {
  readonly labels: readonly string[];
  readonly resultLabels: readonly string[];
  readonly statuses: readonly string[];
}

/** The least width of each label column, in em: 「対象」「目標」, 「結果」 over 「(2024年度)」, 「達成」. */
const LEAST_EM = { label: 4, result: 6.5, status: 5 } as const;

/** A cell's padding (8 px a side) and border, in em. */
const CELL_EM = 1.1;

/** The width of a column that holds each of `words` without a break inside a word: at least `least`, in quarters of an em. */
function columnEm(words: readonly string[], lang: string, least: number): number {
  const widest = Math.max(0, ...words.map((w) => labelWidthEm(w, lang)));
  return Math.max(least, Math.ceil((widest + CELL_EM) * 4) / 4);
}

/**
 * The column grid every KPI table of the fragment shares: label (and No), target, result label, result and, when
 * asked, the status. The label columns are as wide as the words the page puts in them (`labelWidthEm`, in `em`,
 * so they follow the text size; at least 4 em, 6.5 em for the result label and 5 em for the status): 「対象」,
 * 「目標」 on one line, 「結果(2024年度)」 on two, and in English `Target` and `Scope` whole, which a 4 em column
 * cut. The target and result share what is left (`null`: no width) — so that 目標 and 結果 line up from block to
 * block, and a phone's width (375 px) narrows the texts, not the labels down to a character a line as a grid in
 * percent did.
 *
 * @example columnWidths(false, { labels: ["対象", "目標"], resultLabels: ["結果(2024年度)"], statuses: [] }, "ja") // [4, null, 6.5, null]
 * @example columnWidths(false, { labels: ["Scope", "Target"], resultLabels: ["Result (FY2024)"], statuses: [] }, "en") // [5, null, 6.5, null]
 */
export function columnWidths(showStatus: boolean, words: ColumnWords, lang: string): (number | null)[] {
  const grid = [columnEm(words.labels, lang, LEAST_EM.label), null, columnEm(words.resultLabels, lang, LEAST_EM.result), null];
  return showStatus ? [...grid, columnEm(words.statuses, lang, LEAST_EM.status)] : grid;
}

/** Pixels of an `em` at the browsers' default text size, for the `width` attribute editors keep when they strip `style`. */
export const EM_PX = 16;
