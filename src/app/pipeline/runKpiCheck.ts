import type { CheckResult } from "../../core/CheckResult";
import type { HtmlOptions } from "../../core/html/HtmlOptions";
import type { ApplyReport, ReadOptions, WorkbookPort, WorkbookReading } from "../../core/WorkbookPort";
import type { WorkbookPatch } from "../../core/WorkbookPatch";
import type { ExistingWorkbook } from "../../core/writeback/WriteOptions";
import type { Lang } from "../../i18n/Lang";
import type { CheckSettings } from "../settings/CheckSettings";
import { checkOptions, htmlOptions as htmlOptionsOf, writeOptions } from "../settings/optionsFromSettings";
import type { KpiEngine } from "./KpiEngine";

/** The steps of one check, in order, for a progress indicator. */
export type RunStep = "read" | "check" | "write" | "html";

/** Options of {@link runKpiCheck}. */
export interface RunOptions {
  lang: Lang;
  /** Today as `YYYY-MM-DD` (the as-of date when the settings leave it empty): the front end owns the clock. */
  today: string;
  /** The sheet to check; default the active one. */
  sheet?: string;
  /**
   * Without `sheet`: picks the sheet from the sheets' outlines (the port loads only the chosen sheet's cells);
   * default the engine's `chooseSheetByOutline` — the active sheet when it may hold the KPI table, else the first
   * sheet that may.
   */
  chooseSheet?: ReadOptions["choose"];
  /** Write back what the settings ask for (default true); false only reads and judges. */
  write?: boolean;
  /** Called as each step starts. */
  onStep?: (step: RunStep) => void;
}

/** What one check found and did. */
export interface RunOutcome {
  reading: WorkbookReading;
  result: CheckResult;
  /** The write plan applied, absent when nothing was written (no KPI table found, or `write: false`). */
  patch?: WorkbookPatch;
  applied?: ApplyReport;
  /** The website HTML and its plain-text twin. */
  html: string;
  text: string;
  htmlOptions: HtmlOptions;
}

/**
 * The workbook as the write-back needs it: sheet, defined and table names, and the KPI sheet as read.
 *
 * @example existingWorkbook(reading).definedNames // { KpiCheck_Status: "'KPI'!$J$1:$J$25" }
 */
export function existingWorkbook(reading: WorkbookReading): ExistingWorkbook {
  return {
    sheetNames: reading.workbook.sheets,
    definedNames: Object.fromEntries(reading.workbook.names.map((n) => [n.name, n.ref.replace(/^=/, "")])),
    tables: reading.workbook.tables,
    kpiSheet: reading.snapshot,
  };
}

/**
 * The one-click check, the same for the task pane and the ribbon command: read the sheet through the port
 * (one round trip), judge it, write back the status column / disclosure sheet / findings sheet the settings ask
 * for (one more round trip for any ordinary sheet), and render the website HTML. Nothing is written when no
 * KPI table was found. Rejects with the port's typed error.
 *
 * @example
 * const outcome = await runKpiCheck(port, ENGINE, settings, { lang: "ja", today: "2026-11-29" });
 * outcome.result.kpis.length; // 24
 */
export async function runKpiCheck(port: WorkbookPort, engine: KpiEngine, settings: CheckSettings, options: RunOptions): Promise<RunOutcome> {
  const step = options.onStep ?? (() => {});
  step("read");
  const reading = await port.readSnapshot(options.sheet ? { sheet: options.sheet } : { choose: options.chooseSheet ?? engine.chooseSheetByOutline });
  step("check");
  const existing = existingWorkbook(reading);
  const result = engine.checkSheet(reading.snapshot, {
    ...checkOptions(settings, options.today),
    // The status column the add-in wrote on an earlier run is its own, not the user's data.
    definedNames: existing.definedNames,
  });
  let patch: WorkbookPatch | undefined;
  let applied: ApplyReport | undefined;
  const wants = settings.write.statusColumn || settings.write.disclosureSheet || settings.write.findingsSheet || settings.write.trendSheet;
  if (options.write !== false && wants && result.kpis.length > 0) {
    step("write");
    patch = engine.buildWorkbookPatch(result, { ...writeOptions(settings, options.lang), existing });
    applied = await port.applyPatch(patch);
  }
  step("html");
  const htmlOptions = htmlOptionsOf(settings, options.lang);
  const html = result.kpis.length > 0 ? engine.renderDisclosureHtml(result.kpis, htmlOptions) : "";
  const text = result.kpis.length > 0 ? engine.renderDisclosureText(result.kpis, htmlOptions) : "";
  return { reading, result, patch, applied, html, text, htmlOptions };
}
