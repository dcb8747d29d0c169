import type { JudgedKpi } from "../JudgedKpi";
import { disclosureBlocks, type DisclosureItem } from "../writeback/disclosureBlocks";
import type { HtmlOptions } from "./HtmlOptions";
import { escapeHtml } from "./_lib/escapeHtml";
import { headingAndLead } from "./_lib/headingAndLead";
import { PART_STYLES, statusModifier, statusStyle, type PartClass } from "./_lib/styles";

/**
 * The website HTML fragment of the disclosure (disclosure-output.md §3), to paste into the agency's CMS: an
 * optional heading and lead, the NPS explanation and trademark notice (exactly as the seed page carries them)
 * whenever a KPI mentions NPS, then per fiscal year (newest first) a `<section class="kpi-year">` with an
 * `<h3>` and per KPI (by No) a `<table class="kpi-item">` whose `<caption>` is `No title` and whose rows mirror
 * the disclosure sheet's blocks: description, `対象`, `目標 | 結果(YYYY年度)` with the status cell
 * (`<td class="kpi-status kpi-status--met">◯ 達成</td>`), commitment. Labels are `<th scope="row">`.
 *
 * Every text is escaped (line breaks become `<br>`; control characters, lone surrogates and noncharacters
 * become U+FFFD), so the fragment holds only the elements and attributes written here: `div section h2 h3 p
 * table caption tbody tr th td span br` and `class lang scope colspan style`. With `inlineStyles` each element
 * also carries its look in `style`, for editors that strip classes.
 *
 * @example
 * renderDisclosureHtml(kpis, { labels: writebackLabels("ja"), years: [2023], heading: false })
 * // '<div class="kpi-disclosure" lang="ja">\n<section class="kpi-year">\n<h3 class="kpi-year__heading">2023年度</h3>…'
 */
export function renderDisclosureHtml(kpis: readonly JudgedKpi[], options: HtmlOptions): string {
  const L = options.labels;
  const showStatus = options.showStatus ?? true;
  const inline = options.inlineStyles ?? false;
  /** An opening tag with its class (the part's, then `more`), other attributes, and the inline style. */
  const open = (tag: string, part: PartClass, extra = "", more = ""): string => {
    const style = inline && PART_STYLES[part] ? ` style="${PART_STYLES[part]}"` : "";
    return `<${tag} class="${more ? `${part} ${more}` : part}"${extra}${style}>`;
  };
  const width = showStatus ? 5 : 4;
  const span = (n: number): string => (n > 1 ? ` colspan="${n}"` : "");
  const th = (text: string): string => `${open("th", "kpi-item__label", ' scope="row"')}${escapeHtml(text)}</th>`;
  const td = (text: string, n: number, part: string): string =>
    `${open("td", "kpi-item__text", span(n), `kpi-item__${part}`)}${escapeHtml(text)}</td>`;

  const content = disclosureBlocks(kpis, options.years);
  const out: string[] = [open("div", "kpi-disclosure", ` lang="${escapeHtml(L.lang)}"`)];
  const { heading, lead } = headingAndLead(options, L);
  if (heading) out.push(`${open("h2", "kpi-disclosure__heading")}${escapeHtml(heading)}</h2>`);
  if (lead) out.push(`${open("p", "kpi-disclosure__lead")}${escapeHtml(lead)}</p>`);
  if (content.mentionsNps) {
    out.push(`${open("p", "kpi-disclosure__note")}${escapeHtml(L.npsExplanation)}</p>`);
    out.push(`${open("p", "kpi-disclosure__note")}${escapeHtml(L.npsTrademark)}</p>`);
  }

  const item = (i: DisclosureItem, fy: number): string[] => {
    const rows: string[] = [];
    const no = escapeHtml(String(i.no));
    rows.push(open("table", "kpi-item"));
    rows.push(
      `${open("caption", "kpi-item__title")}${open("span", "kpi-item__no")}${no}</span> ${open("span", "kpi-item__name")}${escapeHtml(i.title)}</span></caption>`,
    );
    rows.push("<tbody>");
    if (i.description !== undefined) rows.push(`<tr>${td(i.description, width, "description")}</tr>`);
    if (i.scope !== undefined) rows.push(`<tr>${th(L.scopeLabel)}${td(i.scope, width - 1, "scope")}</tr>`);
    if (i.principles !== undefined) rows.push(`<tr>${th(L.principlesLabel)}${td(i.principles, width - 1, "principles")}</tr>`);
    if (i.targetRow) {
      const status = showStatus
        ? `<td class="kpi-status ${statusModifier(i.status)}"${inline ? ` style="${statusStyle(i.status)}"` : ""}>${escapeHtml(L.status[i.status])}</td>`
        : "";
      const cells =
        i.targetRow.result !== undefined
          ? `${td(i.targetRow.target, 1, "target")}${th(L.resultLabel(fy))}${td(i.targetRow.result, 1, "result")}`
          : td(i.targetRow.target, 3, "target");
      rows.push(`<tr>${th(L.targetLabel)}${cells}${status}</tr>`);
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
  out.push("</div>");
  return out.join("\n") + "\n";
}
