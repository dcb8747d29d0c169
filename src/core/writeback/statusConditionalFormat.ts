import { columnLetters, rangeAddress } from "../cellAddress";
import { KPI_STATUSES } from "../KpiStatus";
import type { StatusConditionalFormat } from "../WorkbookPatch";
import { STATUS_STYLES } from "./statusStyle";
import type { WritebackLabels } from "./WritebackLabels";

const RULE = /^=?LEFT\((\$?)([A-Z]{1,3})(\$?)(\d+),1\)="[^"]"$/;

/** A status line of a sheet: a status column (`{ col }`) or a status row (`{ row }`). */
export type StatusLine = { col: number } | { row: number };

/**
 * Whether a conditional-format formula is one of the add-in's status rules reading the status line `line` (a
 * column number, or `{ col }` / `{ row }`), so that a re-run removes it before adding the rules again; the user's
 * own rules never have this exact shape over the add-in's line.
 *
 * @example isStatusRuleFormula('LEFT($F2,1)="◯"', 6) // true
 * @example isStatusRuleFormula('LEFT(B$8,1)="◯"', { row: 8 }) // true
 */
export function isStatusRuleFormula(formula: string, line: number | StatusLine): boolean {
  const m = RULE.exec(formula.trim());
  if (!m) return false;
  const on = typeof line === "number" ? { col: line } : line;
  // a column rule fixes the column and leaves the row relative; a row rule the other way round
  if ("col" in on) return m[1] === "$" && m[3] === "" && m[2] === columnLetters(on.col);
  return m[1] === "" && m[3] === "$" && Number(m[4]) === on.row;
}

/**
 * The conditional formats that colour each KPI's result cell by its status (disclosure-output.md §1: the status is
 * visible where staff look), one rule per status whose mark is its own and that has a fill (met green, partial
 * amber, not met red, result missing orange, unevaluable purple; pending and no target share the mark ― and stay
 * unfilled). `line` is the status line the rules read; `cells` the result cells, each on the row (status column)
 * or in the column (status row) of its status cell. Cells in one column (a status column) or one row (a status
 * row) are covered as one range from the first to the last, the cells between whose status cell is empty staying
 * unfilled; cells scattered over several columns (blocks) are listed as areas, topmost first. Undefined without
 * cells.
 *
 * @example
 * statusConditionalFormat({ col: 6 }, [{ row: 2, col: 5 }, { row: 5, col: 5 }], labels)
 * // { ref: "E2:E5", rules: [{ formula: 'LEFT($F2,1)="◯"', fill: "#C6EFCE" }, …] }
 */
export function statusConditionalFormat(
  line: StatusLine,
  cells: readonly { row: number; col: number }[],
  labels: WritebackLabels,
): StatusConditionalFormat | undefined {
  if (cells.length === 0) return undefined;
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const first = sorted[0];
  const ref = "col" in line ? columnAreas(sorted) : rowAreas(sorted);
  const read = "col" in line ? `$${columnLetters(line.col)}${first.row}` : `${columnLetters(first.col)}$${line.row}`;
  const marks = KPI_STATUSES.map((s) => [...labels.status[s]][0] ?? "");
  const rules = KPI_STATUSES.flatMap((s, i) => {
    const fill = STATUS_STYLES[s].fill;
    const mark = marks[i];
    if (!fill || !mark || mark === '"' || marks.indexOf(mark) !== marks.lastIndexOf(mark)) return [];
    return [{ formula: `LEFT(${read},1)="${mark}"`, fill }];
  });
  return rules.length > 0 ? { ref, rules } : undefined;
}

/** Cells beside a status column: one range when they share a column, else each run of cells, topmost first. */
function columnAreas(sorted: { row: number; col: number }[]): string {
  const cols = new Set(sorted.map((c) => c.col));
  if (cols.size === 1) return rangeAddress(sorted[0].row, sorted[0].col, sorted[sorted.length - 1].row, sorted[0].col);
  const areas: { top: number; bottom: number; col: number }[] = [];
  for (const c of sorted) {
    const run = areas.find((a) => a.col === c.col && a.bottom === c.row - 1);
    if (run) run.bottom = c.row;
    else areas.push({ top: c.row, bottom: c.row, col: c.col });
  }
  return areas.map((a) => rangeAddress(a.top, a.col, a.bottom, a.col)).join(" ");
}

/** Cells under a status row: one range from the leftmost to the rightmost (all on the year's result row). */
function rowAreas(sorted: { row: number; col: number }[]): string {
  const row = sorted[0].row;
  const cols = sorted.filter((c) => c.row === row).map((c) => c.col);
  return rangeAddress(row, Math.min(...cols), row, Math.max(...cols));
}
