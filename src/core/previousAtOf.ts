import type { Finding, SheetCell } from "./Finding";

/**
 * Where the other year's KPI a finding compares with is, when it is on another sheet than the finding's (its
 * `previousAt`, one sheet per year: a baseline or last year's result, or last year's KPI of a series finding);
 * undefined for any other finding.
 *
 * @example previousAtOf(resultDeclined) // { sheet: "2023年度", row: 3, cell: "D3" }
 */
export function previousAtOf(f: Finding): SheetCell | undefined {
  return "previousAt" in f.params ? f.params.previousAt : undefined;
}
