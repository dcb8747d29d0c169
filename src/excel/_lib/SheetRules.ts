/**
 * The conditional formats of one sheet as read through Office.js (ExcelApi 1.6): enough for a write to find the
 * status rules an earlier run added, delete them by id and put the new ones after the user's in priority.
 *
 * @example { sheet: "KPI", count: 7, custom: [{ id: "{…}", formula: '=LEFT($F2,1)="◯"' }] }
 */
export interface SheetRules {
  sheet: string;
  /** How many conditional formats the sheet has, of any type. */
  count: number;
  /** The custom (formula) rules: Excel's id and the formula as Excel gives it, relative to the rule's top-left cell. */
  custom: { id: string; formula: string }[];
}
