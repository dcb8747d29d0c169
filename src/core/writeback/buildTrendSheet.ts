import type { KpiSeries, SeriesPoint } from "../series/KpiSeries";
import { pointFigures } from "../series/pointFigures";
import { seriesName } from "../series/seriesName";
import type { CellFormat, ChartSeriesLook, SheetChart, SheetWrite } from "../WorkbookPatch";
import { cellText } from "./cleanText";
import { pagedSheetWrite } from "./_lib/pagedSheetWrite";
import { SheetBuilder } from "./_lib/SheetBuilder";
import { OWNER_NAMES, ownSheetName } from "./ownership";
import { planPages } from "./planPages";
import { publicStatus } from "./publicStatus";
import { STATUS_STYLES } from "./statusStyle";
import type { WriteOptions } from "./WriteOptions";

/**
 * Column widths of the 推移 sheet: year, target, result (figures), status, target and result as written; with
 * charts, the columns right of a gap hold them.
 *
 * @example TREND_WIDTHS[5] // 30: the target as written
 */
const TREND_WIDTHS: Readonly<Record<number, number>> = { 1: 10, 2: 11, 3: 11, 4: 13, 5: 30, 6: 18 };

const LAST = 6;
/** The charts' columns (H–N) and the fewest rows a chart covers (about 190 pt at the sheet's row heights). */
const CHART_LEFT = LAST + 2;
const CHART_RIGHT = CHART_LEFT + 6;
const CHART_ROWS = 11;
const BLOCK_GAP = 12;
const BORDER = { top: true, bottom: true, left: true, right: true, color: "#808080" } as const;
const TARGET_COLOR = "#404040";
const RESULT_COLOR = "#595959";

/** Printed width of columns in points (7 px a character plus 5 px padding, at 96 dpi). */
function widthPoints(widths: Readonly<Record<number, number>>, last: number): number {
  let w = 0;
  for (let c = 1; c <= last; c++) w += (((widths[c] ?? 8.43) * 7 + 5) * 72) / 96;
  return w;
}

/** The printable page height in points, grown by the fit-to-width scaling, less 4 % for renderers' taller rows. */
function pageHeight(landscape: boolean, contentWidth: number): number {
  const [w, h] = landscape ? [842, 595] : [595, 842];
  return ((h - 2 * 54) / Math.min(1, (w - 2 * 50.4) / contentWidth)) * 0.96;
}

/**
 * The number format that shows a figure with its unit while the cell stays a number (so charts and formulas read
 * it): `#,##0"件"`, `0.0"%"` — as many decimals as the figure has, up to three.
 *
 * @example unitFormat(32.3, "%") // '#,##0.0"%"'
 */
export function unitFormat(value: number, unit: string): string {
  const decimals = Math.min(3, (String(Math.round(value * 1000) / 1000).split(".")[1] ?? "").length);
  const unitPart = unit === "" ? "" : `"${unit.replace(/"/g, "")}"`;
  return `#,##0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}${unitPart}`;
}

/** The series the sheet shows: two or more fiscal years, the latest ones first (by year, then No). */
function shownSeries(series: readonly KpiSeries[]): KpiSeries[] {
  const last = (s: KpiSeries) => s.points[s.points.length - 1];
  return series
    .filter((s) => s.points.length >= 2)
    .sort((a, b) => last(b).fiscalYear - last(a).fiscalYear || (last(a).no ?? Infinity) - (last(b).no ?? Infinity) || last(a).row - last(b).row);
}

/** Result markers by status, as the pane's and the HTML's charts draw them: ● 達成, ▲ 一部達成, × 未達成. */
function resultMarker(p: SeriesPoint): { marker: "circle" | "triangle" | "x"; color: string } {
  const shown = p.status ? publicStatus(p.status) : undefined;
  if (shown === "met") return { marker: "circle", color: STATUS_STYLES.met.color };
  if (shown === "partial") return { marker: "triangle", color: STATUS_STYLES.partial.color };
  if (shown === "not_met") return { marker: "x", color: STATUS_STYLES.not_met.color };
  return { marker: "circle", color: RESULT_COLOR };
}

/**
 * The 推移 / Trend sheet (issue #17): per KPI followed over two or more fiscal years (`CheckResult.series`), the
 * latest first, a block — the KPI's name, then one row per year: 年度 | 目標 | 結果 (the target's first component
 * as numbers, shown with their unit) | 達成状況 (the status column's mark, word and colours) | 目標・結果 as
 * written — with borders, wrapped text and A4 page setup (no block split across pages). With `trendCharts`
 * (default) each block gets a native line chart right of it (targets as a dashed line, results as markers shaped
 * and coloured by status, the years on the axis), landscape; a series whose unit changes gets no chart, as its
 * figures share no axis. Owned through the defined name `KpiCheck_Trend` and replaced like 開示用; never the name
 * of a user sheet (`推移 (2)` then).
 *
 * @example buildTrendSheet(result.series, { labels: writebackLabels("ja"), existing }).name // "推移"
 */
export function buildTrendSheet(series: readonly KpiSeries[], options: WriteOptions): SheetWrite {
  const { labels: L, existing } = options;
  const withCharts = options.trendCharts ?? true;
  const { owned, name } = ownSheetName(existing, OWNER_NAMES.trendSheet, L.trendSheet);
  const font = { name: L.font, size: 11 };
  const cell = (extra: CellFormat = {}): CellFormat => ({
    verticalAlignment: "center",
    borders: BORDER,
    ...extra,
    font: { ...font, ...extra.font },
  });
  const header = cell({ numberFormat: "@", fill: "#F2F2F2", font: { bold: true }, horizontalAlignment: "center", wrapText: true });
  const title = cell({ numberFormat: "@", fill: "#DDEBF7", font: { bold: true }, horizontalAlignment: "left", indent: 1, wrapText: true });
  const yearCell = cell({ numberFormat: "@", horizontalAlignment: "center" });
  const prose = cell({ numberFormat: "@", horizontalAlignment: "left", wrapText: true });
  const plain = (extra: CellFormat): CellFormat => ({ numberFormat: "@", wrapText: true, verticalAlignment: "center", ...extra, font: { ...font, ...extra.font } });

  const sheet = new SheetBuilder(TREND_WIDTHS, 16.5, 6);
  let row = 1;
  sheet.put(row++, 1, LAST, L.trendHeading, plain({ font: { bold: true, size: 14 } }));
  sheet.put(row++, 1, LAST, L.trendExplanation, plain({}));
  const shown = shownSeries(series);
  const charts: SheetChart[] = [];
  const blocks: { top: number; bottom: number }[] = [];
  for (const s of shown) {
    const top = row + 1; // one empty row before each block (its height set below)
    sheet.put(top, 1, LAST, cellText(seriesName(s)), title);
    const head = top + 1;
    L.trendHeaders.forEach((h, i) => sheet.put(head, i + 1, i + 1, h, header));
    let r = head + 1;
    const f = s.points.map(pointFigures);
    for (const [i, p] of s.points.entries()) {
      const { target, actual, unit } = f[i];
      sheet.put(r, 1, 1, L.yearHeading(p.fiscalYear), yearCell);
      sheet.put(r, 2, 2, target, target === null ? prose : cell({ numberFormat: unitFormat(target, unit), horizontalAlignment: "right" }));
      sheet.put(r, 3, 3, actual, actual === null ? prose : cell({ numberFormat: unitFormat(actual, unit), horizontalAlignment: "right" }));
      const style = p.status ? STATUS_STYLES[p.status] : undefined;
      sheet.put(r, 4, 4, p.status ? L.status[p.status] : null, cell({
        numberFormat: "@",
        horizontalAlignment: "center",
        ...(style?.fill ? { fill: style.fill } : {}),
        font: { bold: true, color: style?.color },
      }));
      sheet.put(r, 5, 5, cellText(p.target), prose);
      sheet.put(r, 6, 6, cellText(p.result), prose);
      r++;
    }
    let bottom = r - 1;
    const units = new Set(f.map((x) => x.unit));
    const anyFigure = f.some((x) => x.target !== null || x.actual !== null);
    if (withCharts && anyFigure && units.size === 1) {
      const chartBottom = Math.max(bottom, top + CHART_ROWS - 1);
      const [unit] = [...units];
      const results: ChartSeriesLook = { color: RESULT_COLOR, line: "none", marker: "circle", points: s.points.map(resultMarker) };
      charts.push({
        name: `KpiCheckTrend${charts.length + 1}`,
        title: cellText(seriesName(s)),
        source: { top: head, left: 1, bottom, right: 3 },
        at: { top, left: CHART_LEFT, bottom: chartBottom, right: CHART_RIGHT },
        ...(unit ? { valueAxisTitle: unit } : {}),
        series: [{ color: TARGET_COLOR, line: "dash", marker: "circle" }, results],
      });
      // the chart needs its rows: the block grows to them (empty rows, default height)
      for (let e = bottom + 1; e <= chartBottom; e++) sheet.spacer(e, 17.25);
      bottom = chartBottom;
    }
    blocks.push({ top, bottom });
    row = bottom + 1;
  }

  // Page plan: every block on one page (its chart with it), pages filled before breaking.
  const lastCol = charts.length > 0 ? CHART_RIGHT : LAST;
  const landscape = charts.length > 0;
  const widths = { ...TREND_WIDTHS };
  const heightOf = (top: number, bottom: number) => {
    let h = 0;
    for (let r = top; r <= bottom; r++) h += sheet.rowHeights[r] ?? 15;
    return h;
  };
  const plan = planPages(
    blocks.map((b) => ({ height: heightOf(b.top, b.bottom), gap: BLOCK_GAP, opensYear: true })),
    { pageHeight: pageHeight(landscape, widthPoints(widths, lastCol)), headingHeight: 0, firstPageUsed: heightOf(1, 2) },
  );
  const pageBreaks: number[] = [];
  blocks.forEach((b, i) => {
    sheet.spacer(b.top - 1, BLOCK_GAP);
    if (plan[i].newPage) pageBreaks.push(b.top);
  });

  const write = pagedSheetWrite(sheet, {
    name,
    replaces: owned,
    ownerName: OWNER_NAMES.trendSheet,
    columnWidths: widths,
    orientation: landscape ? "landscape" : "portrait",
    bottom: Math.max(row - 1, 2),
    right: lastCol,
    header: name,
    pageBreaks,
  });
  return charts.length > 0 ? { ...write, charts } : write;
}
