import type { HtmlStyleMode } from "../../core/html/HtmlOptions";
import { LAYOUTS, type Layout } from "../../core/KpiRecord";

/**
 * What the user sets in the task pane, kept in the workbook (`Office.context.document.settings`) so that the
 * next person who opens it checks and publishes the same way.
 *
 * @example { asOf: "", fiscalYearStartMonth: 4, years: null, write: { statusColumn: true, disclosureSheet: true, findingsSheet: false, trendSheet: false }, html: { status: false, style: "inline", heading: true }, layout: null, allSheets: false }
 */
export interface CheckSettings {
  /** `YYYY-MM-DD`, or "" for today. */
  asOf: string;
  /** First month of the fiscal year, 1–12. */
  fiscalYearStartMonth: number;
  /** Fiscal years to publish (disclosure sheet and HTML), null for all. */
  years: number[] | null;
  /** What the one-click check writes back. */
  write: { statusColumn: boolean; disclosureSheet: boolean; findingsSheet: boolean; trendSheet: boolean };
  /**
   * How the website HTML looks; the defaults are what gets published (disclosure-output.md §3). The keys are
   * not those of earlier versions (`showStatus`, `inlineStyles`), whose defaults put the checker's marks on the
   * page: a workbook saved by them starts from the new defaults.
   */
  html: { status: boolean; style: HtmlStyleMode; heading: boolean };
  /** The table's layout to read (kpi-rules.md §1, as `--layout`), or null to detect it (自動). */
  layout: Layout | null;
  /**
   * Check every visible sheet holding a KPI table together (one sheet per fiscal year: the series across the years,
   * the 推移 sheet, the HTML of all years), as the CLI's `--all-sheets`; false checks one sheet.
   */
  allSheets: boolean;
}

/**
 * The settings of a workbook that has none: today, April fiscal years, every year, the status column and the
 * disclosure sheet (no findings or 推移 sheet), HTML with inline styles, the heading and no status column, one sheet
 * checked at a time.
 *
 * @example DEFAULT_SETTINGS.fiscalYearStartMonth // 4
 */
export const DEFAULT_SETTINGS: CheckSettings = {
  asOf: "",
  fiscalYearStartMonth: 4,
  years: null,
  write: { statusColumn: true, disclosureSheet: true, findingsSheet: false, trendSheet: false },
  html: { status: false, style: "inline", heading: true },
  layout: null,
  allSheets: false,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === "boolean" ? v : fallback;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * Settings from whatever a workbook stored (maybe written by an older version, maybe edited by hand): every
 * part that is missing or invalid falls back to {@link DEFAULT_SETTINGS}.
 *
 * @example normalizeSettings({ fiscalYearStartMonth: 10, years: [2023, "x"] }).years // [2023]
 */
export function normalizeSettings(stored: unknown): CheckSettings {
  const s = obj(stored);
  const d = DEFAULT_SETTINGS;
  const month = Number(s.fiscalYearStartMonth);
  const years = Array.isArray(s.years) ? s.years.filter((y): y is number => Number.isInteger(y) && y > 1900 && y < 3000) : null;
  const write = obj(s.write);
  const html = obj(s.html);
  return {
    asOf: typeof s.asOf === "string" && ISO_DATE.test(s.asOf) ? s.asOf : d.asOf,
    fiscalYearStartMonth: Number.isInteger(month) && month >= 1 && month <= 12 ? month : d.fiscalYearStartMonth,
    years: years && years.length > 0 ? [...new Set(years)].sort((a, b) => b - a) : null,
    write: {
      statusColumn: bool(write.statusColumn, d.write.statusColumn),
      disclosureSheet: bool(write.disclosureSheet, d.write.disclosureSheet),
      findingsSheet: bool(write.findingsSheet, d.write.findingsSheet),
      trendSheet: bool(write.trendSheet, d.write.trendSheet),
    },
    html: {
      status: bool(html.status, d.html.status),
      style: html.style === "class" || html.style === "inline" ? html.style : d.html.style,
      heading: bool(html.heading, d.html.heading),
    },
    layout: (LAYOUTS as readonly unknown[]).includes(s.layout) ? (s.layout as Layout) : d.layout,
    allSheets: bool(s.allSheets, d.allSheets),
  };
}

/** Where settings are kept: the workbook in Excel, memory or localStorage elsewhere. */
export interface SettingsStore {
  load(): CheckSettings;
  save(settings: CheckSettings): Promise<void>;
}

/**
 * A store that keeps settings in memory (tests, and the browser preview before a file is chosen).
 *
 * @example const store = memorySettingsStore(); await store.save({ ...store.load(), fiscalYearStartMonth: 10 });
 */
export function memorySettingsStore(initial: unknown = undefined): SettingsStore {
  let current = normalizeSettings(initial);
  return {
    load: () => current,
    save: async (settings) => {
      current = normalizeSettings(settings);
    },
  };
}
