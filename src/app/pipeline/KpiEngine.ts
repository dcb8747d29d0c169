import type { CheckOptions, CheckResult } from "../../core/CheckResult";
import type { Finding } from "../../core/Finding";
import type { HtmlOptions } from "../../core/html/HtmlOptions";
import type { JudgedKpi } from "../../core/JudgedKpi";
import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { SheetOutline } from "../../core/WorkbookPort";
import type { WorkbookPatch } from "../../core/WorkbookPatch";
import type { WriteOptions } from "../../core/writeback/WriteOptions";
import type { WritablePatch, WriteProtection } from "../../core/writeback/writablePatch";

/**
 * The engine functions the front ends call, gathered so that the pane and the command take them as one
 * argument (the real ones in `engine.ts`; tests may pass stand-ins).
 *
 * @example const result = engine.checkSheet(snapshot, { asOf: "2026-11-29" });
 */
export interface KpiEngine {
  checkSheet(snapshot: SheetSnapshot, options: CheckOptions): CheckResult;
  /** Every sheet holding a KPI table as one check (one sheet per year); undefined when none holds one. */
  checkWorkbook(sheets: readonly SheetSnapshot[], options: CheckOptions): CheckResult | undefined;
  buildWorkbookPatch(result: CheckResult, options: WriteOptions): WorkbookPatch;
  /** The part of a write plan protection lets through, and what it kept back (protected sheets, sheets to add). */
  writablePatch(patch: WorkbookPatch, protection: WriteProtection): WritablePatch;
  renderDisclosureHtml(kpis: readonly JudgedKpi[], options: HtmlOptions): string;
  renderDisclosureText(kpis: readonly JudgedKpi[], options: HtmlOptions): string;
  /** The sheet to read when none is named, from sheet outlines (no cell read yet); optional for stand-ins. */
  chooseSheetByOutline?(outlines: readonly SheetOutline[], activeSheet: string, definedNames: Record<string, string>): string | undefined;
  /** The findings that would put something wrong on the page, for the years published (default all). */
  publishCheck(result: CheckResult, years?: readonly number[]): Finding[];
}
