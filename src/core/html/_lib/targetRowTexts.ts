import type { DisclosureItem } from "../../writeback/disclosureBlocks";
import type { WritebackLabels } from "../../writeback/WritebackLabels";

/**
 * The texts of a KPI's `目標 | target | 結果 | result` row as the website shows them: what the sheet says, and in
 * an empty cell 「集計中」 for the result of a fiscal year not yet ended (status `pending`) or 「―」 otherwise, as
 * agencies' pages do — a blank cell on a published page reads as a mistake. `result` stays undefined when the KPI
 * has no result cell. The 開示用 sheet keeps its cells empty (it reads back as the same records).
 *
 * @example targetRowTexts({ targetRow: { target: "200件", result: "" }, status: "pending", … }, labels) // { target: "200件", result: "集計中" }
 */
export function targetRowTexts(
  item: Pick<DisclosureItem, "targetRow" | "status">,
  L: Pick<WritebackLabels, "emptyCell" | "resultPending">,
): { target: string; result?: string } | undefined {
  const row = item.targetRow;
  if (!row || (row.target === "" && (row.result ?? "") === "")) return undefined;
  const target = row.target === "" ? L.emptyCell : row.target;
  if (row.result === undefined) return { target };
  if (row.result !== "") return { target, result: row.result };
  return { target, result: item.status === "pending" ? L.resultPending : L.emptyCell };
}
