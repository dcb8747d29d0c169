import type { CellWrite, ColumnWrite } from "../../../src/core/WorkbookPatch";

/**
 * The add-in's status column on the `KPI` sheet, column I, as the write plan gives it: a bold `達成状況` header over
 * `cells`, owned through the defined name `KpiCheck_Status`; `extra` overrides any part.
 *
 * @example statusColumn([{ row: 2, col: 9, value: "◯ 達成" }]).ownerRef // "'KPI'!$I$1:$I$2"
 */
export function statusColumn(cells: CellWrite[], extra: Partial<ColumnWrite> = {}): ColumnWrite {
  return {
    kind: "owned-column",
    sheet: "KPI",
    col: 9,
    header: { row: 1, col: 9, value: "達成状況", format: { font: { bold: true } } },
    cells,
    ownerName: "KpiCheck_Status",
    ownerRef: `'KPI'!$I$1:$I$${1 + cells.length}`,
    ...extra,
  };
}
