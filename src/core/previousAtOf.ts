import type { Finding, SheetCell } from "./Finding";

/**
 * Where the other year's figure a finding compares with is, when it is on another sheet than the finding's (its
 * `previousAt`: a baseline or last year's result, one sheet per year); undefined for any other finding.
 *
 * @example previousAtOf(resultDeclined) // { sheet: "2023年度", row: 3, cell: "D3" }
 */
export function previousAtOf(f: Finding): SheetCell | undefined {
  return "previousAt" in f.params ? f.params.previousAt : undefined;
}
