import type { DisclosureYear } from "../../writeback/disclosureBlocks";
import { publicStatus } from "../../writeback/publicStatus";
import type { WritebackLabels } from "../../writeback/WritebackLabels";
import type { ColumnWords } from "./styles";
import { targetRowTexts } from "./targetRowTexts";

/**
 * The words the page puts in its label columns, for `columnWidths`: the row labels of the rows it shows (対象 only
 * where a KPI has a scope, 対応原則 where one has principles, 目標 where one has a target row), each year's result
 * label where a KPI of that year shows a result, and, with the status column, the public status words shown.
 *
 * @example columnWords([{ fiscalYear: 2024, items }], writebackLabels("en"), false) // { labels: ["Scope", "Target"], resultLabels: ["Result (FY2024)"], statuses: [] }
 */
export function columnWords(years: readonly DisclosureYear[], L: WritebackLabels, showStatus: boolean): ColumnWords {
  const labels = new Set<string>();
  const resultLabels = new Set<string>();
  const statuses = new Set<string>();
  for (const year of years) {
    for (const i of year.items) {
      if (i.scope !== undefined) labels.add(L.scopeLabel);
      if (i.principles !== undefined) labels.add(L.principlesLabel);
      const target = targetRowTexts(i, L);
      if (!target) continue;
      labels.add(L.targetLabel);
      if (target.result !== undefined) resultLabels.add(L.resultLabel(year.fiscalYear));
      const shown = showStatus ? publicStatus(i.status) : undefined;
      if (shown) statuses.add(L.status[shown]);
    }
  }
  return { labels: [...labels], resultLabels: [...resultLabels], statuses: [...statuses] };
}
