import { parseRangeAddress } from "../parseRangeAddress";
import type { CheckResult } from "../CheckResult";
import type { JudgedKpi } from "../JudgedKpi";
import { KPI_STATUSES, type KpiStatus } from "../KpiStatus";
import type { CellFormat, ColumnWrite } from "../WorkbookPatch";
import { chooseName, nameKey } from "./_lib/chooseName";
import { occupied, shownText } from "./_lib/occupied";
import { formatReference } from "./_lib/parseReference";
import { findOwnedColumn, newStatusColumnName } from "./ownership";
import { STATUS_STYLES } from "./statusStyle";
import type { WriteOptions } from "./WriteOptions";

/** The format of a status cell, one object per status (adapters may share one style among equal formats). */
const STATUS_FORMATS = Object.fromEntries(
  KPI_STATUSES.map((status): [KpiStatus, CellFormat] => [
    status,
    {
      numberFormat: "@",
      fill: STATUS_STYLES[status].fill,
      font: { color: STATUS_STYLES[status].color },
      horizontalAlignment: "center",
      verticalAlignment: "center",
    },
  ]),
) as Record<KpiStatus, CellFormat>;

/**
 * Width of the status column, in Excel character units.
 *
 * @example STATUS_COLUMN_WIDTH // 15: fits 「! 結果未入力」
 */
export const STATUS_COLUMN_WIDTH = 15;

/**
 * The status column on the KPI sheet (disclosure-output.md §1): per KPI row the status mark and word, filled by
 * status. It goes where the add-in's column already is (found by its defined name), else in the first column
 * right of the KPI range that is empty from the header to the last KPI row; it extends the KPI range's Excel
 * Table when it sits right next to it. Its header is `達成状況`, or `達成状況 (2)`, … when a user column already
 * has that header. Undefined when the sheet has no KPI range.
 *
 * @example
 * buildStatusColumn(result, { labels: writebackLabels("ja"), existing }).header // { row: 1, col: 10, value: "達成状況", … }
 */
export function buildStatusColumn(result: CheckResult, options: WriteOptions): ColumnWrite | undefined {
  const { existing, labels: L } = options;
  const sheet = result.sheetName;
  const bounds = result.range ? parseRangeAddress(result.range) : undefined;
  // a transposed table has its KPIs across columns: no status column (docs/sheet-layouts.md)
  if (!bounds || result.layout === "transposed") return undefined;
  const placed = statusCells(result);
  if (placed.length === 0) return undefined;
  const snapshot = existing.kpiSheet?.sheetName === sheet ? existing.kpiSheet : undefined;
  const kpiRows = new Set(placed.map((p) => p.row));
  const blocks = result.layout === "blocks";
  // blocks: the header goes on the first KPI's `No | title` row, never on a year heading (a re-run would lose the year)
  let headerRow = blocks ? Math.min(...result.kpis.map((k) => k.row)) : (result.header?.row ?? bounds.top);
  if (kpiRows.has(headerRow)) headerRow = Math.min(...kpiRows) - 1;
  if (headerRow < 1) return undefined;
  const lastRow = Math.max(headerRow, ...kpiRows);
  const owned = findOwnedColumn(sheet, existing.definedNames);

  let col = owned?.col;
  if (col === undefined) {
    const headerCols = Object.values(result.header?.columns ?? {}).filter((c): c is number => c !== undefined);
    col = Math.max(bounds.right, ...headerCols) + 1;
    const isFree = (c: number): boolean => {
      for (let r = headerRow; r <= lastRow; r++) if (occupied(snapshot, r, c)) return false;
      return true;
    };
    while (!isFree(col)) col++;
  }

  const table = snapshot?.table;
  const extendTable =
    table && table.right + 1 === col && table.top === headerRow && table.left <= bounds.left ? table.name : undefined;

  const userHeaders = new Set<string>();
  if (snapshot) {
    const right = snapshot.origin.col + (snapshot.texts[0]?.length ?? 0) - 1;
    for (let c = snapshot.origin.col; c <= right; c++) {
      if (c !== owned?.col) userHeaders.add(nameKey(shownText(snapshot, headerRow, c)));
    }
  }
  // a wide table shows one year's status per row: the header names the year when it is one
  const years = new Set(placed.map((p) => p.kpi.fiscalYear));
  const [year] = years;
  const perYear = result.layout !== "table" && !blocks && years.size === 1 && year !== null && year !== undefined;
  const base = perYear ? `${L.statusHeader}(${L.yearHeading(year)})` : L.statusHeader;
  const headerText = chooseName(base, (n) => userHeaders.has(nameKey(n)));

  return {
    kind: "owned-column",
    sheet,
    col,
    header: {
      row: headerRow,
      col,
      value: headerText,
      format: { numberFormat: "@", font: { bold: true }, horizontalAlignment: "center", verticalAlignment: "center" },
    },
    cells: placed.map(({ row, kpi }) => ({ row, col, value: L.status[kpi.status], format: STATUS_FORMATS[kpi.status] })),
    clear: owned ? { top: owned.top, bottom: owned.bottom } : undefined,
    extendTable,
    ownerName: owned?.ownerName ?? newStatusColumnName(existing.definedNames),
    ownerRef: formatReference(sheet, headerRow, col, lastRow, col),
    width: STATUS_COLUMN_WIDTH,
  };
}

/**
 * The row of each status cell and the KPI it shows, one per row (disclosure-output.md §1): a table's KPI row; in the
 * blocks layout the KPI's 目標 row (its result's, else its target's; a KPI with neither gets no cell). A row holding
 * several KPIs (years across columns, a next target) shows the latest year that has a result cell. KPIs of other
 * sheets (`--all-sheets`) are left to those sheets.
 */
function statusCells(result: CheckResult): { row: number; kpi: JudgedKpi }[] {
  const byRow = new Map<number, JudgedKpi>();
  for (const kpi of result.kpis) {
    if ((kpi.sheet ?? result.sheetName) !== result.sheetName) continue;
    const { fields } = kpi.record;
    const row = result.layout === "blocks" ? (fields.result?.row ?? fields.target?.row) : kpi.row;
    if (row === undefined) continue;
    const before = byRow.get(row);
    if (!before || rank(kpi) >= rank(before)) byRow.set(row, kpi);
  }
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([row, kpi]) => ({ row, kpi }));
}

/** Which KPI of a row its status cell shows: one with a result cell before one without, then the later year. */
const rank = (kpi: JudgedKpi): number => (kpi.record.fields.result ? 10_000 : 0) + (kpi.fiscalYear ?? 0);
