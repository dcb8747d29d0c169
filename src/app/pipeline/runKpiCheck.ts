import type { CheckOptions, CheckResult } from "../../core/CheckResult";
import type { HtmlOptions } from "../../core/html/HtmlOptions";
import type { SheetSnapshot } from "../../core/SheetSnapshot";
import type { ApplyReport, ReadOptions, WorkbookPort, WorkbookReading } from "../../core/WorkbookPort";
import { isEmptyPatch, type WorkbookPatch } from "../../core/WorkbookPatch";
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
  /** The sheet to check (with the settings' `allSheets`, the sheet to start from); default the active one. */
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
  /**
   * After a check of all sheets: the sheets checked whose status lines were left out of the write because they are
   * protected (the others and the add-in's sheets were written); absent when none.
   */
  notWritten?: string[];
  /**
   * The add-in's sheets (開示用, 指摘一覧, 推移) not added because the workbook's structure is protected (the rest of
   * the write was made: status columns, the add-in's sheets already there); absent when none.
   */
  notAdded?: string[];
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
 * The check of all sheets (the settings' `allSheets`): every sheet read, in workbook order, checked together by the
 * engine's `checkWorkbook`; the write-back then knows each checked sheet as read (`existing.kpiSheet` the result's
 * first sheet, `existing.otherKpiSheets` the rest), as the CLI's `--all-sheets`. Undefined when no sheet holds a KPI
 * table.
 */
function checkTogether(engine: KpiEngine, reading: WorkbookReading, options: CheckOptions, existing: ExistingWorkbook): CheckResult | undefined {
  const order = new Map(reading.workbook.sheets.map((name, i) => [name, i]));
  const at = (s: SheetSnapshot) => order.get(s.sheetName) ?? order.size;
  const sheets = [reading.snapshot, ...(reading.others ?? [])].sort((a, b) => at(a) - at(b));
  const result = engine.checkWorkbook(sheets, options);
  if (!result) return undefined;
  const byName = new Map(sheets.map((s) => [s.sheetName, s]));
  existing.kpiSheet = byName.get(result.sheetName);
  existing.otherKpiSheets = (result.sheets ?? []).flatMap((name) => (name !== result.sheetName && byName.has(name) ? [byName.get(name)!] : []));
  result.otherKpiSheets = [];
  return result;
}

/**
 * The one-click check, the same for the task pane and the ribbon command: read the sheet through the port
 * (one round trip), judge it, write back the status column / disclosure sheet / findings sheet the settings ask
 * for (one more round trip for any ordinary sheet), and render the website HTML. With the settings' `allSheets`,
 * every visible sheet that may hold a KPI table is read with it and they are checked together (one sheet per fiscal
 * year), each sheet getting its status lines; when none holds a table, the one sheet is checked as without. Nothing
 * is written when no KPI table was found. Rejects with the port's typed error.
 *
 * @example
 * const outcome = await runKpiCheck(port, ENGINE, settings, { lang: "ja", today: "2026-11-29" });
 * outcome.result.kpis.length; // 24
 */
export async function runKpiCheck(port: WorkbookPort, engine: KpiEngine, settings: CheckSettings, options: RunOptions): Promise<RunOutcome> {
  const step = options.onStep ?? (() => {});
  step("read");
  const where: ReadOptions = options.sheet ? { sheet: options.sheet } : { choose: options.chooseSheet ?? engine.chooseSheetByOutline };
  const reading = await port.readSnapshot(settings.allSheets ? { ...where, all: true } : where);
  step("check");
  const existing = existingWorkbook(reading);
  const check: CheckOptions = {
    ...checkOptions(settings, options.today),
    // The status column the add-in wrote on an earlier run is its own, not the user's data.
    definedNames: existing.definedNames,
  };
  const result = (settings.allSheets ? checkTogether(engine, reading, check, existing) : undefined) ?? engine.checkSheet(reading.snapshot, check);
  let patch: WorkbookPatch | undefined;
  let applied: ApplyReport | undefined;
  let notWritten: string[] | undefined;
  let notAdded: string[] | undefined;
  const wants = settings.write.statusColumn || settings.write.disclosureSheet || settings.write.findingsSheet || settings.write.trendSheet;
  if (options.write !== false && wants && result.kpis.length > 0) {
    step("write");
    const planned = engine.buildWorkbookPatch(result, { ...writeOptions(settings, options.lang), existing });
    // what protection lets through: a check of all sheets writes around a protected sheet (a past year locked; one
    // sheet checked alone and protected is refused whole by the port), and a protected structure keeps back only the
    // sheets to add
    const { workbook } = reading;
    const writable = engine.writablePatch(planned, {
      protectedSheets: result.sheets ? (workbook.protectedSheets ?? []) : [],
      structureProtected: workbook.structureProtected,
      sheetNames: workbook.sheets,
    });
    patch = writable.patch;
    if (writable.notWritten.length > 0) notWritten = [...writable.notWritten];
    if (writable.notAdded.length > 0) notAdded = [...writable.notAdded];
    if (!isEmptyPatch(patch)) applied = await port.applyPatch(patch);
  }
  step("html");
  const htmlOptions = htmlOptionsOf(settings, options.lang, result.asOf);
  const html = result.kpis.length > 0 ? engine.renderDisclosureHtml(result.kpis, htmlOptions) : "";
  const text = result.kpis.length > 0 ? engine.renderDisclosureText(result.kpis, htmlOptions) : "";
  return { reading, result, patch, applied, ...(notWritten ? { notWritten } : {}), ...(notAdded ? { notAdded } : {}), html, text, htmlOptions };
}

