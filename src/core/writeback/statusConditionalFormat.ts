import { columnLetters, rangeAddress } from "../cellAddress";
import type { CheckResult } from "../CheckResult";
import { KPI_STATUSES } from "../KpiStatus";
import type { ColumnWrite, StatusConditionalFormat } from "../WorkbookPatch";
import { STATUS_STYLES } from "./statusStyle";
import type { WritebackLabels } from "./WritebackLabels";

const RULE = /^=?LEFT\(\$([A-Z]{1,3})\d+,1\)="[^"]"$/;

/**
 * Whether a conditional-format formula is one of the add-in's status rules reading the status column `statusCol`
 * (so a re-run removes it before adding the rules again; the user's own rules never have this exact shape over the
 * add-in's column).
 *
 * @example isStatusRuleFormula('LEFT($F2,1)="◯"', 6) // true
 */
export function isStatusRuleFormula(formula: string, statusCol: number): boolean {
  const m = RULE.exec(formula.trim());
  return m !== null && m[1] === columnLetters(statusCol);
}

/**
 * The conditional formats that colour each KPI's result cell by its status (disclosure-output.md §1: the status is
 * visible where staff look): over the result column from the first to the last KPI row, one rule per status whose
 * mark is its own and that has a fill (met green, partial amber, not met red, result missing orange, unevaluable
 * purple; pending and no target share the mark ― and stay unfilled). Only the table layout: in the other layouts a
 * row's result cells are several (wide, next target) or on other rows (blocks), so they are left alone.
 *
 * @example
 * buildStatusConditionalFormat(result, column, labels)?.rules[0] // { formula: 'LEFT($F2,1)="◯"', fill: "#C6EFCE" }
 */
export function buildStatusConditionalFormat(
  result: CheckResult,
  column: ColumnWrite,
  labels: WritebackLabels,
): StatusConditionalFormat | undefined {
  const resultCol = result.header?.columns.result;
  if (result.layout !== "table" || resultCol === undefined || column.cells.length === 0) return undefined;
  const rows = column.cells.map((c) => c.row);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const marks = KPI_STATUSES.map((s) => [...labels.status[s]][0] ?? "");
  const status = columnLetters(column.col);
  const rules = KPI_STATUSES.flatMap((s, i) => {
    const fill = STATUS_STYLES[s].fill;
    const mark = marks[i];
    if (!fill || !mark || mark === '"' || marks.indexOf(mark) !== marks.lastIndexOf(mark)) return [];
    return [{ formula: `LEFT($${status}${top},1)="${mark}"`, fill }];
  });
  return rules.length > 0 ? { ref: rangeAddress(top, resultCol, bottom, resultCol), rules } : undefined;
}
