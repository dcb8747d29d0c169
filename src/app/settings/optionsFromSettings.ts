import type { CheckOptions } from "../../core/CheckResult";
import type { HtmlOptions } from "../../core/html/HtmlOptions";
import type { WriteOptions } from "../../core/writeback/WriteOptions";
import type { Lang } from "../../i18n/Lang";
import { writebackLabels } from "../../i18n/writeback";
import type { CheckSettings } from "./CheckSettings";

/**
 * The check's options from the settings: their as-of date, or `today` when they leave it empty; the layout they
 * name, if any (else the engine detects it).
 *
 * @example checkOptions(DEFAULT_SETTINGS, "2026-11-29") // { asOf: "2026-11-29", fiscalYearStartMonth: 4 }
 */
export function checkOptions(settings: CheckSettings, today: string): CheckOptions {
  const options: CheckOptions = { asOf: settings.asOf || today, fiscalYearStartMonth: settings.fiscalYearStartMonth };
  if (settings.layout) options.layout = settings.layout;
  return options;
}

/**
 * What the write-back writes, from the settings, in the user's language (the workbook state comes apart).
 *
 * @example writeOptions(DEFAULT_SETTINGS, "ja").disclosureSheet // true
 */
export function writeOptions(settings: CheckSettings, lang: Lang): Omit<WriteOptions, "existing"> {
  return {
    labels: writebackLabels(lang),
    years: settings.years ?? undefined,
    statusColumn: settings.write.statusColumn,
    disclosureSheet: settings.write.disclosureSheet,
    findingsSheet: settings.write.findingsSheet,
    trendSheet: settings.write.trendSheet,
    showStatus: settings.html.status,
  };
}

/**
 * How the website HTML looks, from the settings, in the user's language; `asOf`, the check's as-of date, dates the
 * page (「2026年11月29日現在」).
 *
 * @example htmlOptions(DEFAULT_SETTINGS, "en").labels.lang // "en"
 */
export function htmlOptions(settings: CheckSettings, lang: Lang, asOf?: string): HtmlOptions {
  return {
    labels: writebackLabels(lang),
    years: settings.years ?? undefined,
    showStatus: settings.html.status,
    style: settings.html.style,
    heading: settings.html.heading,
    ...(asOf !== undefined ? { asOf } : {}),
  };
}
