import type { JudgedKpi } from "../JudgedKpi";
import { disclosureBlocks, type DisclosureItem } from "../writeback/disclosureBlocks";
import { publicStatus } from "../writeback/publicStatus";
import { STATUS_STYLES } from "../writeback/statusStyle";
import type { HtmlOptions } from "./HtmlOptions";
import { escapeHtml } from "./_lib/escapeHtml";
import { renderTrendHtml } from "./renderTrendHtml";
import { stampIds } from "./_lib/fragmentIds";
import { headingAndLead } from "./_lib/headingAndLead";
import { asOfLine } from "./_lib/asOfLine";
import { targetRowTexts } from "./_lib/targetRowTexts";
import { columnWords } from "./_lib/columnWords";
import { columnWidths, EM_PX, LABEL_FILL, PART_STYLES, statusModifier, statusStyle, TITLE_FILL, type PartClass } from "./_lib/styles";

/**
 * The website HTML fragment of the disclosure (disclosure-output.md §3), to paste into the agency's CMS: an
 * optional heading, the as-of line (「2026年11月29日現在」, right-aligned, when `asOf` is given) and lead, the NPS
 * explanation and trademark notice (exactly as the seed page carries them) whenever a KPI mentions NPS, then per fiscal year (newest first) a `<section class="kpi-year">` with an
 * `<h3>` and per KPI (by No) a `<table class="kpi-item">` whose rows mirror the seed page's blocks: `No | 取組項目`
 * as the first row (a visually hidden `<caption>` repeats it for screen readers; editors drop captions),
 * description, `対象`, `目標 | target | 結果(YYYY年度) | result`, commitment. A KPI without a target has no
 * target row (unless its result cell holds a text); an empty 目標 or 結果 cell of the row shows 「―」, or
 * 「集計中」 for the result of a year not yet ended (`targetRowTexts`).
 *
 * The defaults are what gets published: styles inline (`style: "class"` for class names only), no status
 * column (`showStatus` adds one showing only 達成, 一部達成, 未達成). All tables share one `<colgroup>` grid and a
 * fixed layout, so 目標 and 結果 line up from block to block: label columns as wide as their words (`columnWidths`),
 * the target and result sharing the rest, also at a phone's width. The plain table attributes editors keep (`border`,
 * `cellpadding`, `cellspacing`, `width`, `bgcolor`) carry a readable minimum look when `style` is stripped.
 *
 * Every text is escaped (line breaks become `<br>`; control characters, lone surrogates and noncharacters
 * become U+FFFD), so the fragment holds only the elements and attributes written here: `div section h2 h3 p
 * table caption colgroup col thead tbody tr th td span br` and `class lang scope colspan style border cellpadding
 * cellspacing width bgcolor`.
 *
 * @example
 * renderDisclosureHtml(kpis, { labels: writebackLabels("ja"), years: [2023], heading: false })
 * // '<div class="kpi-disclosure" lang="ja" style="line-height:1.6">\n<section class="kpi-year" …>\n<h3 …>2023年度</h3>…'
 */
export function renderDisclosureHtml(kpis: readonly JudgedKpi[], options: HtmlOptions): string {
  const L = options.labels;
  const showStatus = options.showStatus ?? false;
  const inline = (options.style ?? "inline") === "inline";
  /** An opening tag with its class (the part's, then `more`), other attributes, and the inline style. */
  const open = (tag: string, part: PartClass, extra = "", more = ""): string => {
    const style = inline && PART_STYLES[part] ? ` style="${PART_STYLES[part]}"` : "";
    return `<${tag} class="${more ? `${part} ${more}` : part}"${extra}${style}>`;
  };
  const content = disclosureBlocks(kpis, options.years);
  const widths = columnWidths(showStatus, columnWords(content.years, L, showStatus), L.lang);
  const width = widths.length;
  const span = (n: number): string => (n > 1 ? ` colspan="${n}"` : "");
  const th = (text: string): string => {
    // A bracketed end (「(2024年度)」, 「(FY2024)」) breaks as a whole, not after its digits.
    const at = Math.max(text.lastIndexOf("("), text.lastIndexOf("（"));
    const inner =
      at > 0 && text.endsWith(text[at] === "(" ? ")" : "）")
        ? `${escapeHtml(text.slice(0, at))}${open("span", "kpi-item__keep")}${escapeHtml(text.slice(at))}</span>`
        : escapeHtml(text);
    return `${open("th", "kpi-item__label", ` scope="row" bgcolor="${LABEL_FILL}"`)}${inner}</th>`;
  };
  const td = (text: string, n: number, part: string): string =>
    `${open("td", "kpi-item__text", span(n), `kpi-item__${part}`)}${escapeHtml(text)}</td>`;
  const col = (em: number | null): string =>
    em === null ? "<col>" : `<col width="${Math.round(em * EM_PX)}"${inline ? ` style="width:${em}em"` : ""}>`;
  const colgroup = `<colgroup>${widths.map(col).join("")}</colgroup>`;

  const out: string[] = [open("div", "kpi-disclosure", ` lang="${escapeHtml(L.lang)}"`)];
  const { heading, lead } = headingAndLead(options, L);
  if (heading) out.push(`${open("h2", "kpi-disclosure__heading")}${escapeHtml(heading)}</h2>`);
  const date = asOfLine(options.asOf, L);
  if (date) out.push(`${open("p", "kpi-disclosure__date")}${escapeHtml(date)}</p>`);
  if (lead) out.push(`${open("p", "kpi-disclosure__lead")}${escapeHtml(lead)}</p>`);
  if (content.mentionsNps) {
    out.push(`${open("p", "kpi-disclosure__note")}${escapeHtml(L.npsExplanation)}</p>`);
    out.push(`${open("p", "kpi-disclosure__note")}${escapeHtml(L.npsTrademark)}</p>`);
  }

  const statusCell = (i: DisclosureItem): string => {
    const shown = publicStatus(i.status);
    if (!shown) return `<td class="kpi-status"${inline ? ` style="${statusStyle("no_target")}"` : ""}></td>`;
    const fill = STATUS_STYLES[shown].fill;
    const style = inline ? ` style="${statusStyle(shown)}"` : "";
    return `<td class="kpi-status ${statusModifier(shown)}"${fill ? ` bgcolor="${fill}"` : ""}${style}>${escapeHtml(L.status[shown])}</td>`;
  };

  const item = (i: DisclosureItem, fy: number): string[] => {
    const rows: string[] = [];
    const no = escapeHtml(String(i.no));
    const title = escapeHtml(i.title);
    rows.push(open("table", "kpi-item", ' border="1" cellpadding="6" cellspacing="0" width="100%"'));
    // a sheet without Nos (no No column, titles not numbered): the title takes the whole line, no empty No cell
    const noCell = no === "" ? "" : `${open("th", "kpi-item__no", ` scope="col" bgcolor="${TITLE_FILL}"`)}${no}</th>`;
    rows.push(`${open("caption", "kpi-item__caption")}${no === "" ? title : `${no} ${title}`}</caption>`);
    rows.push(colgroup);
    rows.push(
      `<thead><tr>${noCell}${open("th", "kpi-item__name", ` scope="col"${span(no === "" ? width : width - 1)} bgcolor="${TITLE_FILL}"`)}${title}</th></tr></thead>`,
    );
    rows.push("<tbody>");
    if (i.description !== undefined) rows.push(`<tr>${td(i.description, width, "description")}</tr>`);
    if (i.scope !== undefined) rows.push(`<tr>${th(L.scopeLabel)}${td(i.scope, width - 1, "scope")}</tr>`);
    if (i.principles !== undefined) rows.push(`<tr>${th(L.principlesLabel)}${td(i.principles, width - 1, "principles")}</tr>`);
    const target = targetRowTexts(i, L);
    if (target) {
      const cells =
        target.result !== undefined
          ? `${td(target.target, 1, "target")}${th(L.resultLabel(fy))}${td(target.result, 1, "result")}`
          : td(target.target, 3, "target");
      rows.push(`<tr>${th(L.targetLabel)}${cells}${showStatus ? statusCell(i) : ""}</tr>`);
    }
    if (i.commitment !== undefined) rows.push(`<tr>${td(i.commitment, width, "commitment")}</tr>`);
    rows.push("</tbody>", "</table>");
    return rows;
  };

  for (const year of content.years) {
    out.push(open("section", "kpi-year"));
    out.push(`${open("h3", "kpi-year__heading")}${escapeHtml(L.yearHeading(year.fiscalYear))}</h3>`);
    for (const i of year.items) out.push(...item(i, year.fiscalYear));
    out.push("</section>");
  }
  if (options.trend) {
    const trend = renderTrendHtml(options.trend.series, { style: options.style, ...options.trend, unstamped: true });
    if (trend) out.push(trend.trimEnd());
  }
  out.push("</div>");
  // the charts' ids carry a digest of the whole fragment: two years' fragments share their 推移 section
  return stampIds(out.join("\n") + "\n");
}
