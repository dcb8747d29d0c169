import type { KpiStatus } from "../KpiStatus";
import type { KpiSeries, SeriesPoint } from "../series/KpiSeries";
import { pointFigures } from "../series/pointFigures";
import { seriesName } from "../series/seriesName";
import { publicStatus } from "../writeback/publicStatus";
import { STATUS_STYLES } from "../writeback/statusStyle";
import type { TrendLabels } from "./TrendLabels";
import { escapeHtml } from "./_lib/escapeHtml";
import { ID_STAMP, stampIds } from "./_lib/fragmentIds";
import { PART_STYLES } from "./_lib/styles";

/** Options of `renderTrendHtml`. */
export interface TrendOptions {
  labels: TrendLabels;
  /** How many of the latest fiscal years each series shows (default 3, as agencies' 推移 tables do). */
  lastYears?: number;
  /** Inline styles (default) or class names only, as the rest of the HTML. */
  style?: "inline" | "class";
  /** Whether the section has its own 推移 heading (default true; false where a host already names it, as the pane). */
  heading?: boolean;
  /**
   * Leave the charts' ids unstamped (`ID_STAMP` in place of the digest), for a host that stamps the whole page it
   * embeds the section in (`renderDisclosureHtml`); default false.
   */
  unstamped?: boolean;
}

const W = 320;
const H = 140;
// wide enough at the sides for half a year label (「2023年度」 at 11 px), centred under the first and last mark
const PAD = { left: 30, right: 30, top: 16, bottom: 28 };
const TARGET_COLOR = "#404040";

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/** A cell's text as the page shows it: `empty` in place of a blank one. */
const cellText = (text: string, empty: string): string => (text.trim() === "" ? empty : text);

/** A mark per public status: a circle for 達成, a triangle for 一部達成, a cross for 未達成, a small dot otherwise. */
function mark(x: number, y: number, status: KpiStatus | null): string {
  const shown = status ? publicStatus(status) : undefined;
  const color = shown ? STATUS_STYLES[shown].color : "#595959";
  if (shown === "met") return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="5" fill="${color}"/>`;
  if (shown === "partial") return `<polygon points="${fmt(x)},${fmt(y - 6)} ${fmt(x + 6)},${fmt(y + 5)} ${fmt(x - 6)},${fmt(y + 5)}" fill="${color}"/>`;
  if (shown === "not_met") return `<path d="M${fmt(x - 5)} ${fmt(y - 5)}L${fmt(x + 5)} ${fmt(y + 5)}M${fmt(x + 5)} ${fmt(y - 5)}L${fmt(x - 5)} ${fmt(y + 5)}" stroke="${color}" stroke-width="2.5"/>`;
  return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="3" fill="${color}"/>`;
}

/**
 * The chart of one series: targets as a line, results as marks by status, years on the axis; null when no year has
 * a result figure (a dashed target line over an empty plot says nothing the table does not) or the units differ.
 */
function chart(s: KpiSeries, points: SeriesPoint[], id: string, L: TrendLabels): string | null {
  const f = points.map(pointFigures);
  const units = new Set(f.map((x) => x.unit));
  const values = f.flatMap((x) => [x.target, x.actual]).filter((v): v is number => v !== null);
  if (f.every((x) => x.actual === null) || units.size > 1) return null; // figures of different units do not share an axis
  const min = Math.min(...values, 0);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * (points.length === 1 ? 0.5 : i / (points.length - 1)));
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - min) / span);
  const targets = f.map((p, i) => (p.target === null ? null : `${fmt(x(i))},${fmt(y(p.target))}`)).filter((p): p is string => p !== null);
  const alt = points
    .map((p, i) => {
      const shown = p.status ? publicStatus(p.status) : undefined;
      const target = f[i].target === null ? L.emptyCell : `${fmt(f[i].target!)}${f[i].unit}`;
      const result = f[i].actual === null ? L.noResult : `${fmt(f[i].actual!)}${f[i].unit}`;
      return L.chartYear(L.yearName(p.fiscalYear), target, result, shown ? L.statusWords[shown] : "");
    })
    .join(" ");
  const out = [
    `<svg class="kpi-trend__chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
    `<title id="${id}-t">${escapeHtml(L.chartName(s.title))}</title>`,
    `<desc id="${id}-d">${escapeHtml(alt)}</desc>`,
    `<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#BFBFBF"/>`,
  ];
  if (targets.length > 1) out.push(`<polyline points="${targets.join(" ")}" fill="none" stroke="${TARGET_COLOR}" stroke-width="2" stroke-dasharray="5 3"/>`);
  else if (targets.length === 1) out.push(`<circle cx="${targets[0].split(",")[0]}" cy="${targets[0].split(",")[1]}" r="2" fill="${TARGET_COLOR}"/>`);
  f.forEach((p, i) => {
    if (p.actual !== null) out.push(mark(x(i), y(p.actual), points[i].status));
    out.push(`<text x="${fmt(x(i))}" y="${H - 8}" font-size="11" text-anchor="middle">${escapeHtml(L.yearName(points[i].fiscalYear))}</text>`);
  });
  out.push("</svg>");
  return out.join("");
}

/**
 * The optional 推移 section of the website HTML (disclosure-output.md §3 style): per series with at least two
 * years among the last `lastYears` and a target or result in one of them, a table (年度 | 目標 | 結果 | 状況,
 * only the public status words) and an inline SVG chart — targets as a dashed line, results as marks shaped and
 * coloured by status, the years on the axis — named by `<title>` and described year by year in `<desc>` (its text alternative; the table carries the same
 * figures). An empty target or result cell shows 「―」 (「集計中」 for the result of a year not yet ended), as
 * in the KPI tables. Every text is escaped; a series whose figures change unit, or without a result figure in any
 * year shown, gets its table without a chart.
 * The charts' ids (`kpi-trend-<digest>-<n>-t`, `…-d`) carry a digest of the section (`stampIds`): unique to
 * what it shows, so that two sections pasted on one page keep their own names, and the same for the same input.
 *
 * @example renderTrendHtml(result.series, { labels: trendLabels("ja") }) // '<section class="kpi-trend" lang="ja">…'
 */
export function renderTrendHtml(series: readonly KpiSeries[], options: TrendOptions): string {
  const L = options.labels;
  const last = options.lastYears ?? 3;
  const inline = (options.style ?? "inline") === "inline";
  const st = (css: string) => (inline ? ` style="${css}"` : "");
  /** A cell of a part with a look of its own (its class, and its style inline). */
  const cell = (tag: "th" | "td", part: "kpi-trend__year" | "kpi-trend__status" | "kpi-trend__head", attrs: string, text: string): string =>
    `<${tag} class="${part}"${attrs}${st(PART_STYLES[part])}>${escapeHtml(text)}</${tag}>`;
  const out = [`<section class="kpi-trend" lang="${escapeHtml(L.lang)}">`];
  if (options.heading ?? true) out.push(`<h3 class="kpi-trend__heading"${st("margin:1.5em 0 0.5em")}>${escapeHtml(L.heading)}</h3>`);
  let n = 0;
  for (const s of series) {
    const newest = s.points[s.points.length - 1].fiscalYear;
    const points = s.points.filter((p) => p.fiscalYear > newest - last);
    if (points.length < 2 || points.every((p) => p.target.trim() === "" && p.result.trim() === "")) continue;
    n++;
    const name = seriesName(s);
    out.push(`<div class="kpi-trend__series"${st("margin:0 0 1.5em")}>`);
    out.push(`<table class="kpi-trend__table" border="1" cellpadding="6" cellspacing="0"${st("border-collapse:collapse;margin:0 0 0.5em")}>`);
    out.push(`<caption${st("text-align:left;font-weight:bold;padding:0 0 0.3em")}>${escapeHtml(name)}</caption>`);
    out.push(`<thead><tr>${cell("th", "kpi-trend__year", ' scope="col"', L.year)}${cell("th", "kpi-trend__head", ' scope="col"', L.target)}${cell("th", "kpi-trend__head", ' scope="col"', L.result)}${cell("th", "kpi-trend__status", ' scope="col"', L.status)}</tr></thead>`);
    out.push("<tbody>");
    for (const p of points) {
      const shown = p.status ? publicStatus(p.status) : undefined;
      out.push(
        `<tr>${cell("th", "kpi-trend__year", ' scope="row"', L.yearName(p.fiscalYear))}<td>${escapeHtml(cellText(p.target, L.emptyCell))}</td><td>${escapeHtml(cellText(p.result, p.status === "pending" ? L.resultPending : L.emptyCell))}</td>${cell("td", "kpi-trend__status", "", shown ? L.statusWords[shown] : "")}</tr>`,
      );
    }
    out.push("</tbody>", "</table>");
    const svg = chart(s, points, `kpi-trend-${ID_STAMP}-${n}`, L);
    if (svg) out.push(svg);
    out.push("</div>");
  }
  out.push("</section>");
  if (n === 0) return "";
  const html = out.join("\n") + "\n";
  return options.unstamped ? html : stampIds(html);
}
