import { addressOf } from "../cellAddress";
import type { Expression } from "../Expression";
import type { JudgedComponent } from "../JudgedKpi";
import type { KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import type { KpiStatus } from "../KpiStatus";
import { normalizeText } from "../normalizeText";
import { parseExpression } from "../expression/parseExpression";
import type { KpiSeries, SeriesMatch, SeriesPoint } from "./KpiSeries";
import { metricKey } from "./_lib/metricKey";
import { profileSimilarity, titleProfile, type TitleProfile } from "./_lib/titleSimilarity";

/**
 * What `buildSeries` needs of a KPI: a judged KPI fits as is; records read but not yet judged fit too (without
 * status and components), so that judging can look up the previous year's result.
 */
export interface SeriesInput {
  fiscalYear: number | null;
  no: number | null;
  /** The No as written where it has a sub-number (`1-2`): KPIs are matched by it. */
  noLabel?: string;
  row: number;
  title: string;
  target: string;
  result: string;
  status?: KpiStatus;
  components?: readonly JudgedComponent[];
  /** The record read, for the ID column (`seriesId`) and the cells findings name. */
  record?: KpiRecord;
}

/** A KPI of one year as the matching sees it. */
interface Item {
  point: SeriesPoint;
  /** The No as compared: its sub-number included (`1-2`). */
  noKey: string | null;
  seriesId: string | null;
  key: { exact: string; variant: string } | null;
  lower: boolean;
  profile: TitleProfile;
}

/** A series while it is built. */
interface Open {
  seriesId: string | null;
  points: SeriesPoint[];
  lower: boolean;
  last: Item;
}

/** How alike two items' titles are (each title's profile made once: a table repeats its titles year after year). */
function alike(a: Item, b: Item): number {
  return profileSimilarity(a.profile, b.profile);
}

/**
 * What a check computes once per distinct text (titles, metrics and targets repeat year after year): a check that
 * builds series twice (first to find last year's results, then with every status) passes one memo to both.
 */
export interface SeriesMemo {
  profiles: Map<string, TitleProfile>;
  keys: Map<string, { exact: string; variant: string }>;
  targets: Map<string, Expression>;
}

function toItem(kpi: SeriesInput, fiscalYear: number, schema: KpiSchema, memo: SeriesMemo): Item {
  let target = memo.targets.get(kpi.target);
  if (!target) memo.targets.set(kpi.target, (target = parseExpression(kpi.target, "target", schema)));
  const [first] = target.components;
  const metric = target.metric ?? (target.components.length === 1 ? (first.label ?? null) : null);
  const units: string[] = [];
  for (const c of target.components) {
    // a relative target (`前年度実績以上`, `前年比110%`) is in the baseline's unit: only a difference names its own
    const unit = c.relative ? c.relative.delta?.unit : c.quantity.unit;
    if (unit && !units.includes(unit)) units.push(unit);
  }
  const idText = normalizeText(kpi.record?.fields.seriesId?.text ?? "");
  const fields = kpi.record?.fields;
  const point: SeriesPoint = {
    fiscalYear,
    no: kpi.no,
    row: kpi.row,
    title: kpi.title,
    target: kpi.target,
    result: kpi.result,
    status: kpi.status ?? null,
    components: kpi.components ?? [],
    metric,
    units,
    cells: { title: addressOf(fields?.title), target: addressOf(fields?.target), result: addressOf(fields?.result) },
    match: null,
    apart: null,
  };
  const lower = first?.comparator === "<=" || first?.comparator === "<";
  let profile = memo.profiles.get(kpi.title);
  if (!profile) memo.profiles.set(kpi.title, (profile = titleProfile(kpi.title)));
  let key = metric ? memo.keys.get(metric) : undefined;
  if (metric && !key) memo.keys.set(metric, (key = metricKey(metric)));
  const noKey = kpi.noLabel ?? (kpi.no === null ? null : String(kpi.no));
  return { point, noKey, seriesId: idText === "" ? null : idText, key: key ?? null, lower, profile };
}

/** An empty memo for `buildSeries`, to be used with one schema only. */
export function seriesMemo(): SeriesMemo {
  return { profiles: new Map(), keys: new Map(), targets: new Map() };
}

/** Whether an item may join a series by ID: equal IDs, or (by the other rules) where either has none. */
function idAllows(item: Item, open: Open, byId: boolean): boolean {
  if (byId) return item.seriesId !== null && item.seriesId === open.seriesId;
  return item.seriesId === null || open.seriesId === null;
}

/**
 * Builds the series of a table's KPIs across fiscal years (kpi-rules.md §2 "Series across years"). Year by year,
 * oldest first, each KPI joins at most one series that ended in an earlier year, by the first rule that applies:
 * 1. the same value in the ID column (`KPI ID`, `系列`);
 * 2. the same No as a KPI of the previous year in the table, with a title at least `schema.series.titleSimilarity`
 *    alike (`no-title`) or the same metric in the target (`no-metric`);
 * 3. the same metric (`対面募集率`, `NPS(事故対応)`) in any earlier year, the latest first, even when the No changed
 *    (`metric`); a metric equal only up to a transposed acronym (NPS / NSP) joins as not sure.
 * A KPI that joins nothing starts a series; where a KPI of the previous year with the same No was only
 * `schema.series.unsureSimilarity` alike, the point names it in `apart`. KPIs without a fiscal year are left out.
 * Pure and deterministic; the result is plain data. Series come newest first (by their last year, then No).
 *
 * `memo` (optional) keeps what was computed per distinct text for a next call with the same schema.
 *
 * @example
 * buildSeries(checkSheet(snapshot, { asOf: "2026-11-29" }).kpis, BUILT_IN_SCHEMA)
 *   .find((s) => s.metric === "回答数")!.points.map((p) => p.result) // ["91件", "196件", "208件"]
 */
export function buildSeries(kpis: readonly SeriesInput[], schema: KpiSchema, memo: SeriesMemo = seriesMemo()): KpiSeries[] {
  const { titleSimilarity: sameTitle, unsureSimilarity } = schema.series;
  const byYear = new Map<number, Item[]>();
  for (const kpi of kpis) {
    if (kpi.fiscalYear === null || !Number.isFinite(kpi.fiscalYear)) continue;
    let items = byYear.get(kpi.fiscalYear);
    if (!items) byYear.set(kpi.fiscalYear, (items = []));
    items.push(toItem(kpi, kpi.fiscalYear, schema, memo));
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const all: Open[] = [];
  let previousYear: number | null = null;
  for (const year of years) {
    const items = byYear.get(year)!;
    const candidates = all; // every series so far ended before this year (this year's are added after matching)
    const taken = new Set<Open>();
    const joined = new Map<Item, Open>();
    const join = (item: Item, open: Open, match: SeriesMatch) => {
      item.point.match = match;
      taken.add(open);
      joined.set(item, open);
    };
    // 1. the ID column
    const byId = new Map<string, Open>();
    for (const open of candidates) if (open.seriesId !== null) byId.set(open.seriesId, open);
    for (const item of items) {
      const open = item.seriesId !== null ? byId.get(item.seriesId) : undefined;
      if (open && !taken.has(open)) join(item, open, { by: "id", similarity: alike(item, open.last), sure: true });
    }
    // 2. the same No as last year, with a similar title or the same metric
    const byNo = new Map<string, Open[]>();
    for (const open of candidates) {
      const no = open.last.noKey;
      if (open.last.point.fiscalYear !== previousYear || no === null) continue;
      const list = byNo.get(no);
      if (list) list.push(open);
      else byNo.set(no, [open]);
    }
    for (const item of items) {
      if (joined.has(item) || item.noKey === null) continue;
      const list = (byNo.get(item.noKey) ?? []).filter((o) => !taken.has(o) && idAllows(item, o, false));
      let best: { open: Open; match: SeriesMatch } | null = null;
      for (const open of list) {
        const similarity = alike(item, open.last);
        const sameMetric = item.key !== null && open.last.key !== null && item.key.exact === open.last.key.exact;
        const by = similarity >= sameTitle ? "no-title" : sameMetric ? "no-metric" : null;
        if (by && (!best || similarity > best.match.similarity)) best = { open, match: { by, similarity, sure: list.length === 1 } };
      }
      if (best) join(item, best.open, best.match);
    }
    // 3. the same metric in an earlier year, even under another No: per metric the series ranked once (an exact
    // spelling before a variant, the latest year first), each KPI taking the best one not yet taken
    const byMetric = new Map<string, Open[]>();
    for (const open of candidates) {
      if (open.last.key === null) continue;
      const list = byMetric.get(open.last.key.variant);
      if (list) list.push(open);
      else byMetric.set(open.last.key.variant, [open]);
    }
    const ranked = new Map<string, { list: Open[]; start: number }>();
    for (const item of items) {
      if (joined.has(item) || item.key === null) continue;
      const key = item.key;
      const rankKey = `${key.exact}\u0000${key.variant}`;
      let list = ranked.get(rankKey);
      if (!list) {
        const rank = (o: Open) => (o.last.key!.exact === key.exact ? 1e6 : 0) + o.last.point.fiscalYear;
        list = { list: (byMetric.get(key.variant) ?? []).slice().sort((a, b) => rank(b) - rank(a)), start: 0 };
        ranked.set(rankKey, list);
      }
      // the taken ones at the front stay taken this year: skip them once
      while (list.start < list.list.length && taken.has(list.list[list.start])) list.start++;
      const open = bestByMetric(item, list.list, list.start, taken);
      if (open) join(item, open.open, open.match);
    }
    // the rest start series; a near miss under the same No is named
    for (const item of items) {
      const open = joined.get(item);
      if (open) {
        open.points.push(item.point);
        open.last = item;
        continue;
      }
      if (item.noKey !== null) {
        for (const other of byNo.get(item.noKey) ?? []) {
          if (taken.has(other) || !idAllows(item, other, false)) continue;
          const similarity = alike(item, other.last);
          if (similarity >= unsureSimilarity && (!item.point.apart || similarity > item.point.apart.similarity)) {
            const p = other.last.point;
            item.point.apart = { fiscalYear: p.fiscalYear, no: p.no, row: p.row, title: p.title, similarity };
          }
        }
      }
      all.push({ seriesId: item.seriesId, points: [item.point], lower: item.lower, last: item });
    }
    previousYear = year;
  }
  return toSeries(all);
}

/** At most this many equally ranked series are told apart by title (a table may repeat one metric thousands of times). */
const TIE_LIMIT = 8;

/**
 * The best series of a ranked list (see step 3 of `buildSeries`) that is not taken and whose ID allows the join; among
 * equally ranked ones the most alike title. Not sure on a spelling variant or a tie.
 */
function bestByMetric(item: Item, list: Open[], start: number, taken: Set<Open>): { open: Open; match: SeriesMatch } | null {
  const exact = (o: Open) => o.last.key!.exact === item.key!.exact;
  const rank = (o: Open) => (exact(o) ? 1e6 : 0) + o.last.point.fiscalYear;
  const tied: Open[] = [];
  for (let i = start; i < list.length; i++) {
    const open = list[i];
    if (taken.has(open) || !idAllows(item, open, false)) continue;
    if (tied.length > 0 && rank(open) !== rank(tied[0])) break;
    tied.push(open);
    if (tied.length > TIE_LIMIT) break;
  }
  if (tied.length === 0) return null;
  let best = tied[0];
  let similarity = alike(item, best.last);
  for (let i = 1; i < Math.min(tied.length, TIE_LIMIT); i++) {
    const s = alike(item, tied[i].last);
    if (s > similarity) [best, similarity] = [tied[i], s];
  }
  return { open: best, match: { by: "metric", similarity, sure: exact(best) && tied.length === 1 } };
}

function toSeries(all: Open[]): KpiSeries[] {
  const used = new Set<string>();
  const ordered = all.slice().sort((a, b) => {
    const x = a.last.point;
    const y = b.last.point;
    return y.fiscalYear - x.fiscalYear || (x.no ?? Infinity) - (y.no ?? Infinity) || x.row - y.row;
  });
  return ordered.map((open) => {
    const first = open.points[0];
    const last = open.last;
    let id = open.seriesId ?? `${first.fiscalYear}-${first.no ?? `r${first.row}`}`;
    if (used.has(id)) id = `${id}-r${first.row}`;
    used.add(id);
    return {
      id,
      seriesId: open.seriesId,
      title: last.point.title,
      metric: last.point.metric,
      direction: last.lower ? "lower" : "higher",
      points: open.points,
    };
  });
}
