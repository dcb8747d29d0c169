import { parseRangeAddress } from "../parseRangeAddress";
import type { CheckResult, SheetTable } from "../CheckResult";
import type { JudgedKpi } from "../JudgedKpi";
import { KPI_STATUSES, type KpiStatus } from "../KpiStatus";
import type { Rect } from "../Rect";
import type { SheetSnapshot } from "../SheetSnapshot";
import type { CellFormat, CellWrite, ColumnWrite, LineRelease, RowWrite, StatusLineWrite } from "../WorkbookPatch";
import { chooseName, nameKey } from "./_lib/chooseName";
import { occupied, shownText } from "./_lib/occupied";
import { formatReference } from "./_lib/parseReference";
import { ownedStatusLines, statusLineName, takenOver, type OwnedLine } from "./ownership";
import { statusConditionalFormat } from "./statusConditionalFormat";
import { STATUS_STYLES } from "./statusStyle";
import type { WritebackLabels } from "./WritebackLabels";
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

const HEADER_FORMAT: CellFormat = { numberFormat: "@", font: { bold: true }, horizontalAlignment: "center", verticalAlignment: "center" };
const ROW_HEADER_FORMAT: CellFormat = { ...HEADER_FORMAT, horizontalAlignment: "left" };

/**
 * Width of a status column, in Excel character units.
 *
 * @example STATUS_COLUMN_WIDTH // 15: fits 「! 結果未入力」
 */
const STATUS_COLUMN_WIDTH = 15;

/** Layouts that hold several fiscal years on one row: one status column per year. */
const YEARS_PER_ROW = new Set(["wide", "two-row-header", "next-target"]);

/** One status cell: where it goes and the KPI it shows. */
interface Placed {
  at: number;
  kpi: JudgedKpi;
}

/** A sheet's status lines in the making: the ownership names given out so far (so sheets get distinct numbers). */
interface Context {
  labels: WritebackLabels;
  names: Record<string, string>;
}

/** What placing one sheet's status lines works from. */
interface SheetLines {
  /** The sheet's table as read. */
  readonly table: SheetTable;
  /** The KPI range of the table. */
  readonly bounds: Rect;
  /** The sheet's KPIs. */
  readonly kpis: JudgedKpi[];
  /** The sheet's cells, when read (another sheet of `--all-sheets` may come without). */
  readonly snapshot: SheetSnapshot | undefined;
  /** The status lines the add-in owns on the sheet and may write again (not those the user wrote over). */
  readonly owned: OwnedLine[];
  readonly ctx: Context;
}

/**
 * A line's defined name (its earlier one when the add-in owns it already, else a new one named for `nameYear`),
 * recorded in `ctx` as referring to `ownerRef`, and its header text: `base`, or a variant no user line of the sheet
 * (`taken`) already uses.
 */
function claimLine(
  ctx: Context,
  sheet: string,
  owned: OwnedLine | undefined,
  nameYear: number | null,
  ownerRef: string,
  base: string,
  taken: ReadonlySet<string>,
): { ownerName: string; ownerRef: string; text: string } {
  const ownerName = owned?.ownerName ?? statusLineName(sheet, ctx.names, nameYear);
  ctx.names[ownerName] = ownerRef;
  return { ownerName, ownerRef, text: chooseName(base, (n) => taken.has(nameKey(n))) };
}

/**
 * The status lines on the KPI sheets (disclosure-output.md §1), per checked sheet (every sheet of `--all-sheets`):
 * - table and blocks: one column `達成状況` right of the KPI table, a cell per KPI row (blocks: on the KPI's 目標 row,
 *   beside its result, never on a year heading);
 * - wide, two-row header, next target: one column per fiscal year, `達成状況(2023年度)`, `達成状況(2024年度)` …,
 *   left to right right of the table;
 * - transposed: one row per fiscal year below the table (after one empty row), labelled `達成状況(2023年度)` in the
 *   label column, a cell under each KPI column.
 *
 * Each line is owned through its defined name (`ownership.ts`): a re-run finds it by the name and the year and
 * rewrites it in place; lines of years no longer on the sheet are given up (`release-line`), and so are lines the
 * user wrote over (a header of theirs in the line's header cell: the cells stay). New lines go where no
 * user cell is (the add-in's own lines count as free); a user column or row already headed like a line makes the
 * add-in's take another name (`達成状況 (2)`). Columns next to the KPI range's Excel Table extend it. Each line
 * carries the conditional formats colouring its KPIs' result cells. Releases come before writes, columns left to
 * right.
 *
 * @example buildStatusLines(result, { labels: writebackLabels("ja"), existing }).map((l) => l.kind) // ["owned-column"]
 */
export function buildStatusLines(result: CheckResult, options: WriteOptions): StatusLineWrite[] {
  const { existing } = options;
  const ctx: Context = { labels: options.labels, names: { ...existing.definedNames } };
  const tables: SheetTable[] = result.sheetTables ?? [result];
  const snapshots = [existing.kpiSheet, ...(existing.otherKpiSheets ?? [])];
  const out: StatusLineWrite[] = [];
  for (const table of tables) {
    const kpis = result.kpis.filter((k) => (k.sheet ?? result.sheetName) === table.sheetName);
    const snapshot = snapshots.find((s) => s?.sheetName === table.sheetName);
    // another sheet of --all-sheets is written only as read: without its cells, its user cells are unknown
    if (!snapshot && table.sheetName !== result.sheetName) continue;
    out.push(...sheetLines(table, kpis, snapshot, ctx, existing.definedNames));
  }
  return out;
}

function sheetLines(
  table: SheetTable,
  kpis: JudgedKpi[],
  snapshot: SheetSnapshot | undefined,
  ctx: Context,
  definedNames: Record<string, string>,
): StatusLineWrite[] {
  const bounds = table.range ? parseRangeAddress(table.range) : undefined;
  if (!bounds || kpis.length === 0) return [];
  const all = ownedStatusLines(table.sheetName, definedNames);
  // a line the user wrote over is theirs again: its cells are not free, its marker goes
  const owned = all.filter((o) => !takenOver(o, snapshot));
  const on: SheetLines = { table, bounds, kpis, snapshot, owned, ctx };
  const lines = table.layout === "transposed" ? statusRows(on) : statusColumns(on);
  if (lines.length === 0) return [];
  const kept = new Set(lines.map((l) => l.ownerName.toLowerCase()));
  // given up: lines no longer needed, and lines the user wrote over (their status rules go; a new line may take the name)
  const releases = all
    .filter((o) => !owned.includes(o) || !kept.has(o.ownerName.toLowerCase()))
    .map((o): LineRelease => {
      const release: LineRelease = { kind: "release-line", sheet: table.sheetName, ownerName: o.ownerName, clear: keepTableHeader(o.rect, snapshot) };
      return owned.includes(o) ? release : { ...release, clear: o.rect, keep: true };
    });
  for (const r of releases) if (!kept.has(r.ownerName.toLowerCase())) delete ctx.names[r.ownerName];
  return [...releases, ...lines];
}

/** A released column's cells, less its header when that heads a column of an Excel Table (a table column needs one). */
function keepTableHeader(rect: Rect, snapshot: SheetSnapshot | undefined): Rect {
  const t = snapshot?.table;
  const inTable = t && rect.left === rect.right && rect.left >= t.left && rect.left <= t.right && rect.top === t.top;
  return inTable && rect.bottom > rect.top ? { ...rect, top: rect.top + 1 } : rect;
}

/** The KPIs of each status line (by fiscal year, or all in one when `perYear` is false), years ascending. */
function byYear(kpis: JudgedKpi[], perYear: boolean): [number | null, JudgedKpi[]][] {
  const groups = new Map<number | null, JudgedKpi[]>();
  for (const kpi of kpis) {
    const key = perYear ? kpi.fiscalYear : null;
    const group = groups.get(key) ?? [];
    group.push(kpi);
    groups.set(key, group);
  }
  return [...groups].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

/** One status cell per place: a KPI with a result cell before one without, then the later year. */
function onePerPlace(kpis: JudgedKpi[], place: (kpi: JudgedKpi) => number | undefined): Placed[] {
  const rank = (kpi: JudgedKpi): number => (kpi.record.fields.result ? 10_000 : 0) + (kpi.fiscalYear ?? 0);
  const at = new Map<number, JudgedKpi>();
  for (const kpi of kpis) {
    const p = place(kpi);
    if (p === undefined) continue;
    const before = at.get(p);
    if (!before || rank(kpi) >= rank(before)) at.set(p, kpi);
  }
  return [...at].sort((a, b) => a[0] - b[0]).map(([p, kpi]) => ({ at: p, kpi }));
}

/**
 * The row of a KPI's result when it is below the KPI's first row and no other field of the KPI is on it but its
 * evaluation (`目標` row, then `実績` row): the row the status and the result's colour belong on. Undefined otherwise
 * (a result on the KPI's row, or a merged cell read from a row above).
 */
function resultRowBelow(kpi: JudgedKpi): number | undefined {
  const fields = kpi.record.fields;
  const row = fields.result?.row;
  if (row === undefined || row <= kpi.row) return undefined;
  const others = [fields.no, fields.title, fields.target].filter((c) => c !== undefined);
  return others.some((c) => c.row === row) ? undefined : row;
}

const statusCell = (row: number, col: number, kpi: JudgedKpi, labels: WritebackLabels): CellWrite => ({
  row,
  col,
  value: labels.status[kpi.status],
  format: STATUS_FORMATS[kpi.status],
});

const header = (row: number, col: number, value: string, format = HEADER_FORMAT): CellWrite => ({ row, col, value, format });

/** The header text of a line: `達成状況`, or `達成状況(2023年度)` for a year's line. */
function baseHeader(labels: WritebackLabels, year: number | null, perYear: boolean): string {
  return perYear && year !== null ? `${labels.statusHeader}(${labels.yearHeading(year)})` : labels.statusHeader;
}

/**
 * Where each line of a sheet goes: a year's own earlier line where it has one (`kept[i]`), else the next line from
 * `start(kept lines)` on that `free` accepts and no other line takes.
 */
function allot(kept: (number | undefined)[], start: (kept: number[]) => number, free: (line: number) => boolean): number[] {
  const taken = new Set(kept.filter((k): k is number => k !== undefined));
  let next = start([...taken]);
  return kept.map((k) => {
    if (k !== undefined) return k;
    while (taken.has(next) || !free(next)) next++;
    taken.add(next);
    return next;
  });
}

const inside = (r: Rect, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** The status columns of a sheet laid out one KPI a row (a column per fiscal year of a wide table). */
function statusColumns({ table, bounds, kpis, snapshot, owned, ctx }: SheetLines): ColumnWrite[] {
  const blocks = table.layout === "blocks";
  const perYear = YEARS_PER_ROW.has(table.layout ?? "");
  // blocks: the status goes on the KPI's 目標 row, beside its result (else its target); a KPI with neither gets none.
  // A KPI whose result sits on a row of its own below the KPI's first row (a 目標 row and a 実績 row per KPI) has its
  // status beside the result too, so that the result cell on that row is the one coloured
  const rowOf = (k: JudgedKpi): number | undefined =>
    blocks ? (k.record.fields.result?.row ?? k.record.fields.target?.row) : resultRowBelow(k) ?? k.row;
  const groups = byYear(kpis, perYear)
    .map(([year, group]) => ({ year, cells: onePerPlace(group, rowOf) }))
    .filter((g) => g.cells.length > 0);
  if (groups.length === 0) return [];
  const kpiRows = new Set(groups.flatMap((g) => g.cells.map((c) => c.at)));
  // blocks: the header goes on the first KPI's `No | title` row, never on a year heading (a re-run would lose the year)
  let headerRow = blocks ? Math.min(...kpis.map((k) => k.row)) : (table.header?.row ?? bounds.top);
  if (kpiRows.has(headerRow)) headerRow = Math.min(...kpiRows) - 1;
  if (headerRow < 1) return [];
  const lastRow = Math.max(headerRow, ...kpiRows);
  const ownCell = (row: number, col: number): boolean => owned.some((o) => inside(o.rect, row, col));
  const headerCols = Object.values(table.header?.columns ?? {}).filter((c): c is number => c !== undefined);
  const lineOwned = (year: number | null) => owned.find((o) => o.year === year && o.rect.left === o.rect.right);
  const positions = allot(
    groups.map((g) => lineOwned(g.year)?.rect.left),
    (kept) => Math.max(bounds.right, ...headerCols, ...kept) + 1,
    (c) => {
      for (let r = headerRow; r <= lastRow; r++) if (occupied(snapshot, r, c) && !ownCell(r, c)) return false;
      return true;
    },
  );
  const userHeaders = new Set<string>();
  if (snapshot) {
    const right = snapshot.origin.col + (snapshot.texts[0]?.length ?? 0) - 1;
    for (let c = snapshot.origin.col; c <= right; c++) {
      if (!ownCell(headerRow, c)) userHeaders.add(nameKey(shownText(snapshot, headerRow, c)));
    }
  }
  const placed = groups.map((g, i) => ({ ...g, col: positions[i], owned: lineOwned(g.year) }));
  placed.sort((a, b) => a.col - b.col);

  const xl = snapshot?.table;
  let tableRight = xl?.right ?? 0;
  const sheet = table.sheetName;
  return placed.map(({ year, cells, col, owned: o }) => {
    const extendTable = xl && col === tableRight + 1 && xl.top === headerRow && xl.left <= bounds.left ? xl.name : undefined;
    if (extendTable) tableRight = col;
    const { ownerName, ownerRef, text } = claimLine(
      ctx, sheet, o, perYear ? year : null,
      formatReference(sheet, headerRow, col, lastRow, col), baseHeader(ctx.labels, year, perYear), userHeaders,
    );
    const column: ColumnWrite = {
      kind: "owned-column",
      sheet,
      col,
      header: header(headerRow, col, text),
      cells: cells.map(({ at, kpi }) => statusCell(at, col, kpi, ctx.labels)),
      clear: o ? { top: o.rect.top, bottom: o.rect.bottom } : undefined,
      extendTable,
      ownerName,
      ownerRef,
      width: STATUS_COLUMN_WIDTH,
    };
    const resultFormat = statusConditionalFormat({ col }, resultCellsBeside(table, year, cells, blocks), ctx.labels);
    if (resultFormat) column.resultFormat = resultFormat;
    return column;
  });
}

/**
 * The result cells a status column colours: in a blocks sheet each KPI's result cell (on its status cell's row);
 * otherwise the result column of the line's year (the year's column of a wide table, the table's result column)
 * on the rows of the status cells, its empty cells included (a missing result shows in orange).
 */
function resultCellsBeside(table: SheetTable, year: number | null, cells: Placed[], blocks: boolean): { row: number; col: number }[] {
  if (blocks) {
    return cells.flatMap(({ at, kpi }) => {
      const r = kpi.record.fields.result;
      return r && r.row === at ? [{ row: at, col: r.col }] : [];
    });
  }
  const fromLines = year === null ? undefined : table.yearLines?.find((l) => l.year === year)?.line;
  const fromCells = cells.find((c) => c.kpi.record.fields.result && c.kpi.record.fields.result.row === c.at)?.kpi.record.fields.result?.col;
  const col = fromLines ?? (year === null || table.layout === "table" ? (table.header?.columns.result ?? fromCells) : fromCells);
  return col === undefined ? [] : cells.map(({ at }) => ({ row: at, col }));
}

/** The status rows of a transposed sheet (one KPI a column): a row per fiscal year. */
function statusRows({ table, bounds, kpis, snapshot, owned, ctx }: SheetLines): RowWrite[] {
  const colOf = (k: JudgedKpi): number | undefined => {
    const f = k.record.fields;
    return (f.result ?? f.target ?? f.title ?? f.no)?.col;
  };
  const groups = byYear(kpis, true)
    .map(([year, group]) => ({ year, cells: onePerPlace(group, colOf) }))
    .filter((g) => g.cells.length > 0);
  if (groups.length === 0) return [];
  const left = bounds.left;
  const right = Math.max(bounds.right, ...groups.flatMap((g) => g.cells.map((c) => c.at)));
  const ownCell = (row: number, col: number): boolean => owned.some((o) => inside(o.rect, row, col));
  const lineOwned = (year: number | null) => owned.find((o) => o.year === year && o.rect.top === o.rect.bottom && o.rect.left !== o.rect.right);
  const positions = allot(
    groups.map((g) => lineOwned(g.year)?.rect.top),
    // below the table after one empty row, or right under the rows the add-in already has there
    (kept) => (kept.length > 0 ? Math.max(...kept) + 1 : bounds.bottom + 2),
    (r) => {
      for (let c = left; c <= right; c++) if (occupied(snapshot, r, c) && !ownCell(r, c)) return false;
      return true;
    },
  );
  const userLabels = new Set<string>();
  if (snapshot) {
    for (let r = snapshot.origin.row; r < snapshot.origin.row + snapshot.texts.length; r++) {
      if (!ownCell(r, left)) userLabels.add(nameKey(shownText(snapshot, r, left)));
    }
  }
  const sheet = table.sheetName;
  return groups.map(({ year, cells }, i) => {
    const o = lineOwned(year);
    const row = positions[i];
    const { ownerName, ownerRef, text } = claimLine(
      ctx, sheet, o, year, formatReference(sheet, row, left, row, right), baseHeader(ctx.labels, year, true), userLabels,
    );
    const line: RowWrite = {
      kind: "owned-row",
      sheet,
      row,
      header: header(row, left, text, ROW_HEADER_FORMAT),
      cells: cells.map(({ at, kpi }) => statusCell(row, at, kpi, ctx.labels)),
      clear: o ? { left: o.rect.left, right: o.rect.right } : undefined,
      ownerName,
      ownerRef,
    };
    const resultRow = year === null ? undefined : table.yearLines?.find((l) => l.year === year)?.line;
    const under = resultRow === undefined ? [] : cells.map(({ at }) => ({ row: resultRow, col: at }));
    const resultFormat = statusConditionalFormat({ row }, under, ctx.labels);
    if (resultFormat) line.resultFormat = resultFormat;
    return line;
  });
}
