import type { KpiField } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { dropSideTable } from "./dropSideTable";
import type { Grid } from "./Grid";
import { headerSpec, type HeaderSpec } from "./headerSpec";
import { isKpiNameHeader } from "./isKpiNameHeader";

/** How many rows from the top of the snapshot may hold the header row. */
const HEADER_SEARCH_ROWS = 20;
/**
 * Where no header is in the first {@link HEADER_SEARCH_ROWS} rows, how far down to look for one: the agency's
 * policy text (方針) often fills the rows above its KPI table.
 */
const HEADER_SEARCH_ROWS_FAR = 100;

/** One column of the header that names a field, maybe for one fiscal year. */
export interface PlannedColumn {
  col: number;
  field: KpiField;
  /** The fiscal year the header names (wide tables, two-row headers). */
  year?: number;
  /** The next fiscal year's target (`次期目標`). */
  next?: boolean;
  evaluationLike?: boolean;
  /** `進捗`: the result without another result column, else not read. */
  progress?: boolean;
  /** The header names a part of the year (`上期実績`): read only when no column of its field names the whole year. */
  part?: boolean;
  /** The part's word (`上期` of `上期実績`), when the header names one. */
  partWord?: string;
  /** The header only ends or begins with an alias (`取組計画`): a column headed by an alias itself wins over it. */
  affix?: boolean;
  /** The header text (both rows of a two-row header, joined by a space). */
  text: string;
  /** The row of the header cell that named the year (for a finding's address). */
  yearRow?: number;
}

/** The header of a table: its row or two rows, its column span and the columns that name a field. */
export interface HeaderPlan {
  rows: number[];
  left: number;
  right: number;
  columns: PlannedColumn[];
}

/** The top-left cell of the merge holding a cell, or the cell. */
function anchor(grid: Grid, row: number, col: number): { row: number; col: number; inner: boolean } {
  const m = grid.mergeAt(row, col);
  if (!m) return { row, col, inner: false };
  return { row: m.top, col: m.left, inner: m.top !== row || m.left !== col };
}

function textAt(grid: Grid, row: number, col: number): string {
  const v = grid.value(row, col);
  if (v !== null && typeof v === "object") return ""; // an error value is never a header
  return grid.text(row, col);
}

/** The columns a header may span: the grid's, or the Excel Table's. */
interface Span {
  left: number;
  right: number;
}

const hasSomething = (s: HeaderSpec): boolean => s.field !== undefined || s.year !== undefined || s.qualifier !== undefined;
/** The fields a year's group of columns holds (a year written once over them carries to them). */
const PER_YEAR: ReadonlySet<KpiField> = new Set<KpiField>(["target", "result", "evaluation"]);
/** The columns that begin a table of its own under a year (`2024年度` over `No | 取組項目 | 目標 | 実績`). */
const TABLE_KEYS: ReadonlySet<KpiField> = new Set<KpiField>(["no", "title"]);

/** The columns one header row names (inner cells of merges skipped). */
function singleRow(grid: Grid, row: number, ignore: Set<number>, spec: (t: string) => HeaderSpec, span: Span): HeaderPlan {
  const columns: PlannedColumn[] = [];
  const periods: { col: number; text: string; period: "part" | "whole" }[] = [];
  let left = 0;
  let right = 0;
  for (let col = span.left; col <= span.right; col++) {
    if (ignore.has(col) || grid.isBlank(row, col) || anchor(grid, row, col).inner) continue;
    left ||= col;
    right = col;
    const text = textAt(grid, row, col);
    const s = spec(text);
    if (s.field && !s.previous) columns.push({ col, field: s.field, year: s.year, next: s.next, evaluationLike: s.evaluationLike, progress: s.progress, part: s.part, partWord: s.partWord, affix: s.affix, text, yearRow: row });
    else if (s.period && !s.previous && !s.next) periods.push({ col, text, period: s.period });
  }
  const whole = wholeYearResult(columns, periods);
  if (whole) {
    const at = columns.findIndex((c) => c.col > whole.col);
    columns.splice(at < 0 ? columns.length : at, 0, { col: whole.col, field: "result", text: whole.text, yearRow: row });
  } else if (partsOnly(columns, periods)) {
    // `目標 | 上期 | 下期`: the parts are the year's result together (readTableFamily's resultPartColumns)
    for (const p of periods) columns.push({ col: p.col, field: "result", part: true, partWord: p.text.trim(), text: p.text, yearRow: row });
    columns.sort((a, b) => a.col - b.col);
  }
  return { rows: [row], left, right, columns };
}

/**
 * The column of the year's result in one header row that names the parts of the year and their whole without a
 * field (`目標 | 第1Q | 第2Q | 第3Q | 第4Q | 累計`, `目標 | 上期 | 下期 | 通期`): the one whole-year column, when the row
 * has a target column, no result column and at least one column of a part. Undefined otherwise.
 */
function wholeYearResult(
  columns: readonly PlannedColumn[],
  periods: readonly { col: number; text: string; period: "part" | "whole" }[],
): { col: number; text: string } | undefined {
  if (!columns.some((c) => c.field === "target") || columns.some((c) => c.field === "result")) return undefined;
  const wholes = periods.filter((p) => p.period === "whole");
  return wholes.length === 1 && periods.some((p) => p.period === "part") ? wholes[0] : undefined;
}

/** Whether one header row has a target column, no result column and two columns or more of parts of the year only. */
function partsOnly(columns: readonly PlannedColumn[], periods: readonly { period: "part" | "whole" }[]): boolean {
  if (!columns.some((c) => c.field === "target") || columns.some((c) => c.field === "result")) return false;
  return periods.length >= 2 && periods.every((p) => p.period === "part");
}

/**
 * The columns a two-row header names: a group cell (merged over its columns) above, sub-headers below. The field
 * comes from the lower cell, else the group; the year likewise. Undefined unless every lower cell is a header
 * (a field or a year; under a group, a sub-header naming nothing — `達成率` — is kept unread), the upper row has two
 * cells or more (a year cell without a merge carries over the blank cells right of it, one per target, result and
 * evaluation), and the lower row adds to at least two columns (a year to a field or a field to a year, or a field
 * under a group cell merged over several columns).
 */
function twoRows(grid: Grid, row: number, ignore: Set<number>, spec: (t: string) => HeaderSpec, span: Span): HeaderPlan | undefined {
  const lowerRow = row + 1;
  const columns: PlannedColumn[] = [];
  let left = 0;
  let right = 0;
  let upperCells = 0;
  let added = 0;
  // a year written once over its fields without a merge (`2023年度 |` over `目標 | 実績`): the blank upper cells right
  // of it are its own, each for a field it does not have yet
  // a year over a No or title column (`2023年度` over `No | 取組項目 | 目標 | 実績`, the next year's table beside it) heads
  // a table of its own: its key columns are the year's too
  let carry: { year: number; fields: Set<KpiField>; table: boolean } | undefined;
  for (let col = span.left; col <= span.right; col++) {
    if (ignore.has(col)) continue;
    const up = anchor(grid, row, col);
    const upperText = textAt(grid, up.row, up.col);
    if (!up.inner && upperText.trim() !== "") upperCells++;
    const low = anchor(grid, lowerRow, col);
    const lowerInner = low.row <= row || low.inner;
    const lowerText = low.row <= row ? "" : textAt(grid, low.row, low.col);
    if (upperText.trim() === "" && lowerText.trim() === "") continue;
    if (up.inner && (lowerText.trim() === "" || lowerInner) && up.row === row) continue;
    let upper = spec(upperText);
    const lower = low.inner ? {} : spec(lowerText);
    if (upperText.trim() !== "" && !up.inner) {
      const table = lower.field !== undefined && TABLE_KEYS.has(lower.field);
      carry = upper.year !== undefined && upper.field === undefined ? { year: upper.year, fields: new Set(), table } : undefined;
    } else if (
      upperText.trim() === "" &&
      carry &&
      lower.field &&
      (PER_YEAR.has(lower.field) || (carry.table && lower.field !== "fiscalYear")) &&
      lower.year === undefined &&
      !carry.fields.has(lower.field)
    ) {
      upper = { year: carry.year };
    }
    // a sub-header naming nothing is a header only under a group (`達成率`, `前年比` under `2024年度` over `目標 | 実績`)
    const upMerge = grid.mergeAt(row, col);
    const underGroup = upMerge !== undefined && upMerge.top === row && upMerge.bottom === row && upMerge.right > upMerge.left;
    if (!low.inner && lowerText.trim() !== "" && low.row > row && !hasSomething(lower)) {
      if (!underGroup) return undefined;
      if (lower.period === undefined || upper.field === undefined) {
        left ||= col;
        right = col;
        continue;
      }
    }
    left ||= col;
    right = col;
    // a year over or under a field (`2023年度` over `目標 | 結果`), or fields under a group merged over them (`KPI` over
    // `目標 | 実績`, No and 取組項目 merged down both rows)
    if (hasSomething(lower) && (lower.year ?? upper.year) !== undefined && hasSomething(upper)) added++;
    else if (underGroup && (lower.field !== undefined || lower.period !== undefined)) added++;
    const field = lower.field ?? upper.field;
    if (!field || lower.previous || upper.previous) continue;
    const year = lower.year ?? upper.year;
    if (carry && year === carry.year) carry.fields.add(field);
    columns.push({
      col,
      field,
      year,
      next: lower.next || upper.next,
      evaluationLike: lower.field ? lower.evaluationLike : upper.evaluationLike,
      part: lower.part || upper.part || lower.period === "part",
      progress: lower.field ? lower.progress : upper.progress,
      affix: lower.field ? lower.affix : upper.affix,
      text: [upperText, lowerText].filter((t) => t.trim() !== "").join(" "),
      yearRow: lower.year !== undefined ? lowerRow : row,
    });
  }
  if (upperCells < 2 || added < 2) return undefined;
  return { rows: [row, lowerRow], left, right, columns };
}

/**
 * Distinct (field, year) pairs a plan names: its score. A `達成状況` / `進捗`-like column is a pair of its own beside
 * a plain result (`KPI` over `目標 | 実績` with a `進捗` column: the two rows name both, the upper row only 進捗), and
 * so is a column of a part of the year (`実績` over `上期 | 下期 | 通期`).
 */
function pairsOf(plan: HeaderPlan): number {
  return new Set(plan.columns.map((c) => `${c.field}${c.evaluationLike ? "~" : ""}${c.part ? "/" : ""}@${c.year ?? ""}${c.next ? "+" : ""}`)).size;
}

/**
 * Whether a plan can be a KPI table's header: it names two of the required fields, or the title with a target and
 * a result (or targets of several years): a table without a No column. A bare `KPI` (`指標`) column beside another
 * target column names the title ({@link isKpiNameHeader}); so does a description column where no column names it.
 */
export function isTableHeader(plan: HeaderPlan, schema: KpiSchema): boolean {
  const required = new Set(schema.fields.filter((f) => f.constraints?.required).map((f) => f.name));
  const fields = new Set(plan.columns.map((c) => c.field));
  // `方針 | No. | KPI | 目標 | 実績`: the bare KPI column beside a target column names the KPIs (as `place` reads it)
  const targets = plan.columns.filter((c) => c.field === "target");
  if (!fields.has("title") && targets.length > 1 && targets.some((c) => isKpiNameHeader(c.text))) fields.add("title");
  // `No | 取組内容 | 目標 | 実績`: without a title column the description names the KPIs (as `place` reads it)
  if (!fields.has("title") && fields.has("description")) fields.add("title");
  let requiredCount = 0;
  for (const f of fields) if (required.has(f)) requiredCount++;
  if (requiredCount >= Math.min(2, required.size)) return true;
  const years = new Set(plan.columns.filter((c) => c.year !== undefined).map((c) => c.year));
  return fields.has("title") && fields.has("target") && (fields.has("result") || years.size >= 2);
}

/** A transposed table's label column: targets or results of two fiscal years or more (the KPI names have no label). */
function isTransposedHeader(plan: HeaderPlan): boolean {
  const dated = plan.columns.filter((c) => c.year !== undefined && (c.field === "target" || c.field === "result"));
  return new Set(dated.map((c) => c.year)).size >= 2 && dated.some((c) => c.field === "target");
}

/**
 * The header of a table-family layout (kpi-rules.md §1): among the first {@link HEADER_SEARCH_ROWS} rows, the
 * single or two-row header naming the most distinct (field, year) pairs that {@link isTableHeader} accepts (ties:
 * the upper row, a single row before two); where none is there, the first row that is one down to
 * {@link HEADER_SEARCH_ROWS_FAR} (policy text above the table). Within an Excel Table, its top row (or the row above it with it). On a
 * transposed grid, a label column naming targets of two years or more is enough.
 *
 * @example planHeader(grid, BUILT_IN_SCHEMA, new Set(), 4)?.rows // [1] or [1, 2]
 */
export function planHeader(
  grid: Grid,
  schema: KpiSchema,
  ignore: Set<number>,
  startMonth: number,
  transposed = false,
): HeaderPlan | undefined {
  return planHeaders(grid, schema, ignore, startMonth, transposed)[0];
}

/**
 * Every header {@link planHeader} could take, best first (most distinct (field, year) pairs; ties: the upper row,
 * a single row before two): the candidates that detection scores against each other (`detectLayout`).
 *
 * @example planHeaders(grid, BUILT_IN_SCHEMA, new Set(), 4).map((p) => p.rows) // [[3], [12]]
 */
export function planHeaders(
  grid: Grid,
  schema: KpiSchema,
  ignore: Set<number>,
  startMonth: number,
  transposed = false,
): HeaderPlan[] {
  const cache = new Map<string, HeaderSpec>();
  const spec = (t: string): HeaderSpec => {
    let s = cache.get(t);
    if (!s) cache.set(t, (s = headerSpec(t, schema, startMonth)));
    return s;
  };
  const table = grid.table;
  let first = grid.top;
  let last = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS - 1);
  let span: Span = { left: grid.left, right: grid.right };
  if (table && table.top >= grid.top && table.top <= grid.bottom) {
    const tableSpan = { left: Math.max(grid.left, table.left), right: Math.min(grid.right, table.right) };
    const own = singleRow(grid, table.top, ignore, spec, tableSpan);
    if (isTableHeader(own, schema)) {
      first = Math.max(grid.top, table.top - 1);
      last = table.top;
      span = tableSpan;
    }
  }
  const found: { plan: HeaderPlan; score: number }[] = [];
  const far = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS_FAR - 1);
  for (let row = first; row <= last || (found.length === 0 && span.left === grid.left && row <= far); row++) {
    const single = dropSideTable(singleRow(grid, row, ignore, spec, span), grid, schema, ignore);
    const candidates = [single];
    if (row < grid.bottom && single.right > 0) {
      const double = twoRows(grid, row, ignore, spec, span);
      if (double) candidates.push(dropSideTable(double, grid, schema, ignore));
    }
    for (const plan of candidates) {
      if (table && row === table.top - 1 && plan.rows.length === 1) continue;
      if (!isTableHeader(plan, schema) && !(transposed && isTransposedHeader(plan))) continue;
      const score = pairsOf(plan);
      if (score > 0) found.push({ plan, score });
    }
  }
  // a stable sort: equal scores keep their order (the upper row, a single row before two)
  return found.sort((a, b) => b.score - a.score).map((f) => f.plan);
}
