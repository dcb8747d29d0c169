import { ExcelWorkbookPort } from "../../../src/excel/ExcelWorkbookPort";
import { ENGINE } from "../../../src/app/pipeline/engine";
import { runKpiCheck } from "../../../src/app/pipeline/runKpiCheck";
import { DEFAULT_SETTINGS, type CheckSettings } from "../../../src/app/settings/CheckSettings";
import { FakeBook } from "./FakeBook";
import { fakeExcel } from "./fakeExcel";
import { SEED_HEADER, seedBook, yearSheetsBook } from "./seedBook";

/**
 * What the click writes: the ribbon command's status column; the task pane's default (status column and
 * disclosure sheet); or everything, the findings sheet and the 推移 sheet with its charts too; or the pane's default
 * with all sheets checked together, on the same KPIs kept one sheet per fiscal year.
 */
export type ClickWhat = "status column" | "pane default" | "everything" | "all sheets";

/** One measured click. */
export interface ClickMeasure {
  kpis: number;
  sheet: "full" | "compact";
  what: ClickWhat;
  /** Excel on the web (5 MB limits enforced) or desktop. */
  host: "web" | "desktop";
  syncs: number;
  /** Syncs the host refused (an answer over 5 MB on the web, which the read then fetches in blocks). */
  refused: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  ms: number;
}

/** The seed table with only the columns a lean KPI sheet has: 年度, No, 取組項目, 目標, 結果. */
function compactBook(kpis: number): FakeBook {
  const full = seedBook({ kpis });
  const keep = ["年度", "No", "取組項目", "目標", "結果"].map((h) => SEED_HEADER.indexOf(h) + 1);
  const book = new FakeBook();
  const rows = full.grid("KPI", `A1:H${kpis + 1}`).map((row) => keep.map((c) => row[c - 1]));
  book.addSheet("KPI", rows);
  return book;
}

/**
 * One click of the task pane (or the ribbon command) on a KPI sheet of `kpis` rows, on the fake Excel with
 * Excel on the web's 5 MB limits: counts the `context.sync()` calls and measures every request and answer.
 *
 * @example await measureOneClick(10_000, "compact", "status column") // { syncs: 2, largestRequestBytes: 341243, … }
 */
export async function measureOneClick(kpis: number, sheet: "full" | "compact", what: ClickWhat, host: "web" | "desktop" = "web"): Promise<ClickMeasure> {
  const book = what === "all sheets" ? yearSheetsBook({ kpis }) : sheet === "full" ? seedBook({ kpis }) : compactBook(kpis);
  const excel = fakeExcel(book, { web: host === "web" });
  const write = {
    "status column": { statusColumn: true, disclosureSheet: false, findingsSheet: false, trendSheet: false },
    "pane default": DEFAULT_SETTINGS.write,
    everything: { statusColumn: true, disclosureSheet: true, findingsSheet: true, trendSheet: true },
    "all sheets": DEFAULT_SETTINGS.write,
  }[what];
  const settings: CheckSettings = { ...DEFAULT_SETTINGS, write, allSheets: what === "all sheets" };
  const start = Date.now();
  await runKpiCheck(new ExcelWorkbookPort(excel.run), ENGINE, settings, { lang: "ja", today: "2026-11-29" });
  const stats = excel.rec.stats;
  return {
    kpis,
    sheet,
    what,
    host,
    syncs: stats.length,
    refused: stats.filter((s) => s.refused).length,
    largestRequestBytes: Math.max(...stats.map((s) => s.requestBytes)),
    largestResponseBytes: Math.max(0, ...stats.filter((s) => !s.refused).map((s) => s.responseBytes)),
    totalRequestBytes: stats.reduce((n, s) => n + s.requestBytes, 0),
    ms: Date.now() - start,
  };
}
