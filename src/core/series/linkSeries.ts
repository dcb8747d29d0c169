import type { JudgedComponent } from "../JudgedKpi";
import type { KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import type { KpiStatus } from "../KpiStatus";
import { normalizeText } from "../normalizeText";
import { parseExpression } from "../expression/parseExpression";
import type { SeriesApart, SeriesMatch } from "./KpiSeries";
import { measureChanged } from "./_lib/measureChanged";
import { metricKey } from "./_lib/metricKey";
import { profileSimilarity, titleProfile, type TitleProfile } from "./_lib/titleSimilarity";
import { targetMeasure, type TargetMeasure } from "./targetMeasure";

/**
 * What series are made of: a judged KPI fits as is; records read but not yet judged fit too (without status and
 * components), so that judging can look up the previous year's result.
 */
export interface SeriesInput {
  readonly fiscalYear: number | null;
  readonly no: number | null;
  /** The No as written where it has a sub-number (`1-2`): KPIs are matched by it. */
  readonly noLabel?: string;
  readonly row: number;
  /** The KPI's sheet, when a check spans several sheets (`--all-sheets`). */
  readonly sheet?: string;
  readonly title: string;
  readonly target: string;
  readonly result: string;
  readonly status?: KpiStatus;
  readonly components?: readonly JudgedComponent[];
  /** The record read, for the ID column (`seriesId`) and the cells findings name. */
  readonly record?: KpiRecord;
}

/**
 * Which KPIs make one series and how each joined: indexes into the KPIs linked, plain data. It depends only on
 * the KPIs' years, Nos, IDs, titles and targets' measures, so it holds while KPIs are judged again (a target
 * relative to last year's result): `buildSeries` turns it into series of the KPIs as finally judged.
 */
export interface SeriesLinks {
  /** Each series' ID-column value and its KPIs, oldest first; in the order the series began. */
  readonly series: readonly { readonly seriesId: string | null; readonly kpis: readonly number[] }[];
  /** Per KPI: how it joined its series; null for a series' first KPI and for a KPI left out (no fiscal year). */
  readonly match: readonly (SeriesMatch | null)[];
  /** Per KPI that begins a series: last year's KPI with the same No kept apart, or null. */
  readonly apart: readonly (SeriesApart | null)[];
  /** Per KPI: the index of the KPI before it in its series, or -1 (a series' first KPI, a KPI left out). */
  readonly before: readonly number[];
  /** Per KPI: its target's measure; null for a KPI left out. */
  readonly measures: readonly (TargetMeasure | null)[];
}

/** A KPI of one year as the matching sees it. */
interface Item {
  /** Its index in the KPIs linked. */
  readonly index: number;
  readonly fiscalYear: number;
  /** The No as compared: its sub-number included (`1-2`). */
  readonly noKey: string | null;
  readonly seriesId: string | null;
  readonly key: { exact: string; variant: string } | null;
  readonly profile: TitleProfile;
}

/** A series while it is linked (local to one call). */
interface Open {
  /** Its place among the series, in the order they began. */
  readonly order: number;
  readonly seriesId: string | null;
  readonly kpis: number[];
  last: Item;
  /** The year in which a KPI last joined it: taken for the rest of that year. */
  takenIn: number;
}

/** How alike two items' titles are (each title's profile made once per KPI). */
function alike(a: Item, b: Item): number {
  return profileSimilarity(a.profile, b.profile);
}

/** Whether an item may join a series by the rules other than the ID: where either has no ID. */
function idAllows(item: Item, open: Open): boolean {
  return item.seriesId === null || open.seriesId === null;
}

/**
 * Links the KPIs of a table into series across fiscal years (kpi-rules.md §2 "Series across years"); see
 * `buildSeries` for the rules. `measures` (optional, by index) are the targets' measures where they were read
 * already (by the judge); any other target is parsed here. Pure and deterministic.
 *
 * @example linkSeries(kpis, BUILT_IN_SCHEMA).series.map((s) => s.kpis) // [[0, 6, 12], [1, 7], …]
 */
export function linkSeries(
  kpis: readonly SeriesInput[],
  schema: KpiSchema,
  measures: readonly (TargetMeasure | undefined)[] = [],
): SeriesLinks {
  const { titleSimilarity: sameTitle, unsureSimilarity } = schema.series;
  const unitFamilies = schema.series.unitFamilies ?? [];
  const n = kpis.length;
  const match: (SeriesMatch | null)[] = new Array<SeriesMatch | null>(n).fill(null);
  const apart: (SeriesApart | null)[] = new Array<SeriesApart | null>(n).fill(null);
  const before: number[] = new Array<number>(n).fill(-1);
  const measured: (TargetMeasure | null)[] = new Array<TargetMeasure | null>(n).fill(null);
  const keys = new Map<string, { exact: string; variant: string }>();
  const byYear = new Map<number, Item[]>();
  for (let index = 0; index < n; index++) {
    const kpi = kpis[index];
    const { fiscalYear } = kpi;
    if (fiscalYear === null || !Number.isFinite(fiscalYear)) continue;
    const measure = measures[index] ?? targetMeasure(parseExpression(kpi.target, "target", schema));
    measured[index] = measure;
    const { metric } = measure;
    let key = metric === null ? undefined : keys.get(metric);
    if (metric !== null && !key) keys.set(metric, (key = metricKey(metric)));
    const idText = normalizeText(kpi.record?.fields.seriesId?.text ?? "");
    const item: Item = {
      index,
      fiscalYear,
      noKey: kpi.noLabel ?? (kpi.no === null ? null : String(kpi.no)),
      seriesId: idText === "" ? null : idText,
      key: key ?? null,
      profile: titleProfile(kpi.title),
    };
    const items = byYear.get(fiscalYear);
    if (items) items.push(item);
    else byYear.set(fiscalYear, [item]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const all: Open[] = [];
  // the series that took a KPI of the table's previous year, in the order they began: the only ones rule 2 looks at
  let lastYear: Open[] = [];
  for (const year of years) {
    const items = byYear.get(year)!;
    const candidates = all; // every series so far ended before this year (this year's are added after matching)
    const joined: (Open | undefined)[] = new Array<Open | undefined>(items.length);
    const taken = (open: Open) => open.takenIn === year;
    const join = (at: number, open: Open, how: SeriesMatch) => {
      match[items[at].index] = how;
      open.takenIn = year;
      joined[at] = open;
    };
    // 1. the ID column
    const byId = new Map<string, Open>();
    if (items.some((item) => item.seriesId !== null)) {
      for (const open of candidates) if (open.seriesId !== null) byId.set(open.seriesId, open);
    }
    if (byId.size > 0) {
      items.forEach((item, at) => {
        const open = item.seriesId !== null ? byId.get(item.seriesId) : undefined;
        if (open && !taken(open)) join(at, open, { by: "id", similarity: alike(item, open.last), sure: true });
      });
    }
    // 2. the same No as last year, with a similar title or the same metric
    const byNo = new Map<string, Open[]>();
    for (const open of lastYear) {
      const no = open.last.noKey;
      if (no === null) continue;
      const list = byNo.get(no);
      if (list) list.push(open);
      else byNo.set(no, [open]);
    }
    const newMeasure = new Map<Item, { open: Open; similarity: number }>();
    items.forEach((item, at) => {
      if (joined[at] || item.noKey === null) return;
      const list = byNo.get(item.noKey)?.filter((o) => !taken(o) && idAllows(item, o));
      if (!list) return;
      let best: { open: Open; how: SeriesMatch } | null = null;
      for (const open of list) {
        const similarity = alike(item, open.last);
        const sameMetric = item.key !== null && open.last.key !== null && item.key.exact === open.last.key.exact;
        const by = similarity >= sameTitle ? "no-title" : sameMetric ? "no-metric" : null;
        if (!by || (best && similarity <= best.how.similarity)) continue;
        // same No and title, but another measure (回答数 件 → アンケート点数 点): a new series, said so
        if (measureChanged(measured[open.last.index]!, open.last.key, measured[item.index]!, item.key, unitFamilies)) {
          if (similarity > (newMeasure.get(item)?.similarity ?? -1)) newMeasure.set(item, { open, similarity });
          continue;
        }
        best = { open, how: { by, similarity, sure: list.length === 1 } };
      }
      if (best) join(at, best.open, best.how);
    });
    // 3. the same metric in an earlier year, even under another No: per metric the series ranked once (an exact
    // spelling before a variant, the latest year first), each KPI taking the best one not yet taken
    const byMetric = new Map<string, Open[]>();
    const ranked = new Map<string, { list: Open[]; start: number }>();
    let grouped = false;
    items.forEach((item, at) => {
      if (joined[at] || item.key === null) return;
      if (!grouped) {
        grouped = true;
        for (const open of candidates) {
          if (open.last.key === null) continue;
          const list = byMetric.get(open.last.key.variant);
          if (list) list.push(open);
          else byMetric.set(open.last.key.variant, [open]);
        }
      }
      const key = item.key;
      const rankKey = `${key.exact}\u0000${key.variant}`;
      let list = ranked.get(rankKey);
      if (!list) {
        const rank = (o: Open) => (o.last.key!.exact === key.exact ? 1e6 : 0) + o.last.fiscalYear;
        list = { list: (byMetric.get(key.variant) ?? []).slice().sort((a, b) => rank(b) - rank(a)), start: 0 };
        ranked.set(rankKey, list);
      }
      // the taken ones at the front stay taken this year: skip them once
      while (list.start < list.list.length && taken(list.list[list.start])) list.start++;
      const found = bestByMetric(item, list.list, list.start, year);
      // not the series rule 2 kept it from: the same metric in units of another kind is still another measure
      if (found && newMeasure.get(item)?.open !== found.open) join(at, found.open, found.how);
    });
    // the rest start series; a near miss under the same No is named
    const thisYear: Open[] = [];
    items.forEach((item, at) => {
      const open = joined[at];
      if (open) {
        before[item.index] = open.last.index;
        open.kpis.push(item.index);
        open.last = item;
        thisYear.push(open);
        return;
      }
      const changed = newMeasure.get(item);
      if (changed) {
        const p = kpis[changed.open.last.index];
        const m = measured[changed.open.last.index]!;
        apart[item.index] = {
          fiscalYear: changed.open.last.fiscalYear, no: p.no, row: p.row, title: p.title, similarity: changed.similarity,
          measure: { metric: m.metric, units: m.units },
        };
      }
      for (const other of changed || item.noKey === null ? [] : (byNo.get(item.noKey) ?? [])) {
        if (taken(other) || !idAllows(item, other)) continue;
        const similarity = alike(item, other.last);
        const near = apart[item.index];
        if (similarity >= unsureSimilarity && (!near || similarity > near.similarity)) {
          const p = kpis[other.last.index];
          apart[item.index] = { fiscalYear: other.last.fiscalYear, no: p.no, row: p.row, title: p.title, similarity };
        }
      }
      const begun: Open = { order: all.length, seriesId: item.seriesId, kpis: [item.index], last: item, takenIn: -Infinity };
      all.push(begun);
      thisYear.push(begun);
    });
    lastYear = thisYear.sort((a, b) => a.order - b.order);
  }
  return { series: all.map(({ seriesId, kpis: members }) => ({ seriesId, kpis: members })), match, apart, before, measures: measured };
}

/** At most this many equally ranked series are told apart by title (a table may repeat one metric thousands of times). */
const TIE_LIMIT = 8;

/**
 * The best series of a ranked list (see step 3 of `buildSeries`) that is not taken and whose ID allows the join; among
 * equally ranked ones the most alike title. Not sure on a spelling variant or a tie.
 */
function bestByMetric(item: Item, list: Open[], start: number, year: number): { open: Open; how: SeriesMatch } | null {
  const exact = (o: Open) => o.last.key!.exact === item.key!.exact;
  const rank = (o: Open) => (exact(o) ? 1e6 : 0) + o.last.fiscalYear;
  const tied: Open[] = [];
  for (let i = start; i < list.length; i++) {
    const open = list[i];
    if (open.takenIn === year || !idAllows(item, open)) continue;
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
  return { open: best, how: { by: "metric", similarity, sure: exact(best) && tied.length === 1 } };
}
