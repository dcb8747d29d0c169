import { findFiscalYearIn } from "../fiscalYear/findFiscalYearIn";
import { BUILT_IN_SCHEMA } from "../KpiSchema";

/**
 * Whether a sheet's name names a fiscal year (`2023年度`, `R5`, `2024年度実績`): one sheet per year.
 *
 * @example namesAFiscalYear("2024年度", 4) // true
 */
export function namesAFiscalYear(name: string, startMonth: number): boolean {
  return findFiscalYearIn(name, BUILT_IN_SCHEMA, startMonth) !== undefined;
}
