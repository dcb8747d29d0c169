import type { JudgedKpi } from "../JudgedKpi";
import { cleanText } from "../writeback/cleanText";
import { disclosureBlocks } from "../writeback/disclosureBlocks";
import { publicStatus } from "../writeback/publicStatus";
import type { HtmlOptions } from "./HtmlOptions";
import { headingAndLead } from "./_lib/headingAndLead";
import { asOfLine } from "./_lib/asOfLine";
import { targetRowTexts } from "./_lib/targetRowTexts";

/**
 * The disclosure as plain text (the `text/plain` copy next to the HTML): the same parts in the same order as
 * `renderDisclosureHtml`, one line per block row with the cells of a row separated by a tab — pasted into Excel
 * it gives the blocks layout again. A cell's own line breaks stay (plain text has no other way to show them).
 * Empty 目標 and 結果 cells read as in the HTML (「―」, 「集計中」). `style` has no effect here; the status (with
 * `showStatus`) is only ever 達成, 一部達成 or 未達成, as in the HTML.
 *
 * @example
 * renderDisclosureText(kpis, { labels: writebackLabels("ja"), years: [2023], heading: false })
 * // "2023年度\n1\tお客様アンケート(契約募集)の収集\nお客様からの…\n対象\t全種目\n目標\t回答数:200件\t結果(2023年度)\t208件\n…"
 */
export function renderDisclosureText(kpis: readonly JudgedKpi[], options: HtmlOptions): string {
  const L = options.labels;
  const showStatus = options.showStatus ?? false;
  const content = disclosureBlocks(kpis, options.years);
  const lines: string[] = [];
  const row = (...cells: string[]): void => {
    lines.push(cells.map(cleanText).join("\t"));
  };
  const { heading, lead } = headingAndLead(options, L);
  if (heading) row(heading);
  const date = asOfLine(options.asOf, L);
  if (date) row(date);
  if (lead) row(lead);
  if (content.mentionsNps) {
    row(L.npsExplanation);
    row(L.npsTrademark);
  }
  for (const year of content.years) {
    if (lines.length > 0) lines.push("");
    row(L.yearHeading(year.fiscalYear));
    for (const i of year.items) {
      row(String(i.no), i.title);
      if (i.description !== undefined) row(i.description);
      if (i.scope !== undefined) row(L.scopeLabel, i.scope);
      if (i.principles !== undefined) row(L.principlesLabel, i.principles);
      const targetRow = targetRowTexts(i, L);
      if (targetRow) {
        const { target, result } = targetRow;
        const cells = result !== undefined ? [target, L.resultLabel(year.fiscalYear), result] : [target];
        const shown = publicStatus(i.status);
        row(L.targetLabel, ...cells, ...(showStatus ? [shown ? L.status[shown] : ""] : []));
      }
      if (i.commitment !== undefined) row(i.commitment);
    }
  }
  return lines.join("\n") + "\n";
}
