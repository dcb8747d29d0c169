// Each engine module is imported by its own path, never through a barrel: the pane's bundle must not pull in
// what the browser does not need (ajv for agency schemas, exceljs for files).
import { checkSheet } from "../../core/checkSheet";
import { checkWorkbook } from "../../core/checkWorkbook";
import { chooseSheetByOutline } from "../../core/layout/chooseSheetByOutline";
import { renderDisclosureHtml } from "../../core/html/renderDisclosureHtml";
import { renderDisclosureText } from "../../core/html/renderDisclosureText";
import { publishCheck } from "../../core/publish/publishCheck";
import { buildWorkbookPatch } from "../../core/writeback/buildWorkbookPatch";
import { writablePatch } from "../../core/writeback/writablePatch";
import type { KpiEngine } from "./KpiEngine";

/**
 * The real engine.
 *
 * @example const outcome = await runKpiCheck(port, ENGINE, settings, { lang: "ja", today: "2026-11-29" });
 */
export const ENGINE: KpiEngine = { checkSheet, checkWorkbook, buildWorkbookPatch, writablePatch, renderDisclosureHtml, renderDisclosureText, chooseSheetByOutline, publishCheck };
