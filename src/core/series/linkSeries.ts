import { addressOf } from "../cellAddress";
import type { SheetCell } from "../Finding";
import type { JudgedComponent } from "../JudgedKpi";
import type { KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import type { KpiStatus } from "../KpiStatus";
import { normalizeText } from "../normalizeText";
import { parseExpression } from "../expression/parseExpression";
import { withNamedDirection } from "../expression/withNamedDirection";
import type { SeriesApart, SeriesMatch, SeriesMatchKind } from "./KpiSeries";
import { measureChanged, type MetricKeys } from "./_lib/measureChanged";
import { metricKey } from "./_lib/metricKey";
import { profileSimilarity, titleProfile, type TitleProfile } from "./_lib/titleSimilarity";
import { unitKinds } from "./_lib/unitKinds";
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

/**
 * `previousAt` of a KPI kept apart from last year's `p`, when `p` is on another sheet than `sheet` (one sheet per
 * year): `p`'s row and its `field`'s cell (its title's where that field has none). Nothing on the same sheet.
 */
function otherSheetPlace(p: SeriesInput, sheet: string | undefined, field: "title" | "target"): { previousAt?: SheetCell } {
  if (p.sheet === undefined || p.sheet === sheet) return {};
  const fields = p.record?.fields;
  return { previousAt: { sheet: p.sheet, row: p.row, cell: addressOf(fields?.[field]) ?? addressOf(fields?.title) } };
}

/** A KPI of one year as the matching sees it. */
interface Item {
  /** Its index in the KPIs linked. */
  readonly index: number;
  readonly fiscalYear: number;
  /** The No as compared: the number, or the No as written where it has a sub-number (`1-2`). */
  readonly noKey: number | string | null;
  readonly seriesId: string | null;
  /** Its target's metric's keys (one object per distinct metric), null without a metric. */
  readonly key: MetricKeys | null;
  /** Its target's units (`TargetMeasure`). */
  readonly units: readonly string[];
  readonly profile: TitleProfile;
  /** Its sheet, in a check of several sheets. */
  readonly sheet: string | undefined;
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

/** A KPI's ID-column value as compared (NFKC), null where it has none. */
function seriesIdOf(kpi: SeriesInput): string | null {
  const text = kpi.record?.fields.seriesId?.text;
  const id = text ? normalizeText(text) : "";
  return id === "" ? null : id;
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
  const kinds = unitKinds(schema.series.unitFamilies ?? []);
  const n = kpis.length;
  const match: (SeriesMatch | null)[] = new Array<SeriesMatch | null>(n).fill(null);
  const apart: (SeriesApart | null)[] = new Array<SeriesApart | null>(n).fill(null);
  const before: number[] = new Array<number>(n).fill(-1);
  const measured: (TargetMeasure | null)[] = new Array<TargetMeasure | null>(n).fill(null);
  // metrics repeat year after year: each distinct one's keys and profile are made once
  const keys = new Map<string, MetricKeys>();
  const byYear = new Map<number, Item[]>();
  for (let index = 0; index < n; index++) {
    const kpi = kpis[index];
    const { fiscalYear } = kpi;
    if (fiscalYear === null || !Number.isFinite(fiscalYear)) continue;
    const measure = measures[index] ?? targetMeasure(withNamedDirection(parseExpression(kpi.target, "target", schema), kpi.title, schema));
    measured[index] = measure;
    const { metric, units } = measure;
    let key = metric === null ? null : (keys.get(metric) ?? null);
    if (metric !== null && !key) keys.set(metric, (key = { ...metricKey(metric), profile: titleProfile(metric) }));
    const item: Item = {
      index,
      fiscalYear,
      noKey: kpi.noLabel ?? kpi.no,
      seriesId: seriesIdOf(kpi),
      key,
      units,
      profile: titleProfile(kpi.title),
      sheet: kpi.sheet,
    };
    pushTo(byYear, fiscalYear, item);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const manySheets = kpis.some((kpi) => kpi.sheet !== kpis[0].sheet);
  const all: Open[] = [];
  // the series that took a KPI of the table's previous year by its No, in the order they began: rule 2 looks at these
  let byNo = new Map<number | string, Open[]>();
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
    // per item: the series that rule 2 kept it from, its measure having changed (the most alike title)
    const changedFrom: ({ open: Open; similarity: number } | undefined)[] = new Array(items.length);
    const phases = manySheets ? bySheetOfSeries(items, candidates) : [{ ats: items.map((_, at) => at), own: false }];
    const ownAt: boolean[] = new Array<boolean>(items.length).fill(false);
    for (const { ats, own } of phases) if (own) for (const at of ats) ownAt[at] = true;
    for (const { ats, own } of phases) {
      // in a check of several sheets, a KPI on a sheet where series end continues one of that sheet's (own)
      const mine = (item: Item, open: Open) => !own || open.last.sheet === item.sheet;
      // 1. the ID column
      const idKey = (sheet: string | undefined, id: string) => (own ? `${sheet ?? ""}\u0000${id}` : id);
      const byId = new Map<string, Open>();
      if (ats.some((at) => items[at].seriesId !== null)) {
        for (const open of candidates) if (open.seriesId !== null) byId.set(idKey(open.last.sheet, open.seriesId), open);
      }
      if (byId.size > 0) {
        for (const at of ats) {
          const item = items[at];
          const open = item.seriesId !== null ? byId.get(idKey(item.sheet, item.seriesId)) : undefined;
          if (open && !taken(open)) join(at, open, { by: "id", similarity: alike(item, open.last), sure: true });
        }
      }
      // 2. the same No as last year, with a similar title or the same metric
      for (const at of ats) {
        const item = items[at];
        const list = joined[at] || item.noKey === null ? undefined : byNo.get(item.noKey);
        if (!list) continue;
        let open: Open | null = null;
        let by: SeriesMatchKind = "no-title";
        let similarity = 0;
        let allowed = 0; // the series it may join: sure only when there is one
        for (const other of list) {
          if (taken(other) || !idAllows(item, other) || !mine(item, other)) continue;
          allowed++;
          const s = alike(item, other.last);
          const sameMetric = item.key !== null && other.last.key !== null && item.key.exact === other.last.key.exact;
          const how = s >= sameTitle ? "no-title" : sameMetric ? "no-metric" : null;
          if (!how || (open && s <= similarity)) continue;
          // same No and title, but another measure (回答数 件 → アンケート点数 点): a new series, said so
          if (measureChanged(other.last.units, other.last.key, item.units, item.key, kinds)) {
            if (s > (changedFrom[at]?.similarity ?? -1)) changedFrom[at] = { open: other, similarity: s };
            continue;
          }
          open = other;
          by = how;
          similarity = s;
        }
        if (open) join(at, open, { by, similarity, sure: allowed === 1 });
      }
      // 3. the same metric in an earlier year, even under another No: per metric the series ranked once (an exact
      // spelling before a variant, the latest year first), each KPI taking the best one not yet taken
      const byMetric = new Map<string, Open[]>();
      const ranked = new Map<string, { list: Open[]; start: number }>();
      let grouped = false;
      for (const at of ats) {
        const item = items[at];
        if (joined[at] || item.key === null) continue;
        if (!grouped) {
          grouped = true;
          for (const open of candidates) {
            if (open.last.key === null) continue;
            pushTo(byMetric, open.last.key.variant, open);
          }
        }
        const { exact, variant } = item.key;
        // by the exact spelling alone (the variant is made from it), and the sheet where the KPI continues its own
        const rankKey = own ? `${item.sheet ?? ""}\u0000${exact}` : exact;
        let list = ranked.get(rankKey);
        if (!list) {
          const pool = byMetric.get(variant) ?? [];
          list = { list: rankByMetric(own ? pool.filter((open) => mine(item, open)) : pool, exact), start: 0 };
          ranked.set(rankKey, list);
        }
        // the taken ones at the front stay taken this year: skip them once
        while (list.start < list.list.length && taken(list.list[list.start])) list.start++;
        const found = bestByMetric(item, list.list, list.start, year);
        // not the series rule 2 kept it from: the same metric in units of another kind is still another measure
        if (found && changedFrom[at]?.open !== found.open) join(at, found.open, found.how);
      }
    }
    // the rest start series; a near miss under the same No is named
    const nextByNo = new Map<number | string, Open[]>();
    items.forEach((item, at) => {
      const open = joined[at];
      if (open) {
        before[item.index] = open.last.index;
        open.kpis.push(item.index);
        open.last = item;
        if (item.noKey !== null) pushTo(nextByNo, item.noKey, open);
        return;
      }
      const changed = changedFrom[at];
      if (changed) {
        const p = kpis[changed.open.last.index];
        const m = measured[changed.open.last.index]!;
        apart[item.index] = {
          fiscalYear: changed.open.last.fiscalYear, no: p.no, row: p.row, title: p.title, similarity: changed.similarity,
          measure: { metric: m.metric, units: m.units },
          ...otherSheetPlace(p, item.sheet, "target"),
        };
      }
      const others = changed || item.noKey === null ? undefined : byNo.get(item.noKey);
      for (const other of others ?? []) {
        if (taken(other) || !idAllows(item, other) || (ownAt[at] && other.last.sheet !== item.sheet)) continue;
        const similarity = alike(item, other.last);
        const near = apart[item.index];
        if (similarity >= unsureSimilarity && (!near || similarity > near.similarity)) {
          const p = kpis[other.last.index];
          apart[item.index] = { fiscalYear: other.last.fiscalYear, no: p.no, row: p.row, title: p.title, similarity, ...otherSheetPlace(p, item.sheet, "title") };
        }
      }
      const begun: Open = { order: all.length, seriesId: item.seriesId, kpis: [item.index], last: item, takenIn: -Infinity };
      all.push(begun);
      if (item.noKey !== null) pushTo(nextByNo, item.noKey, begun);
    });
    for (const list of nextByNo.values()) if (list.length > 1) list.sort((a, b) => a.order - b.order);
    byNo = nextByNo;
  }
  return { series: all.map(({ seriesId, kpis: members }) => ({ seriesId, kpis: members })), match, apart, before, measures: measured };
}

/**
 * The KPIs of one year (by their place in `items`) in a check of several sheets, in two phases: first those on a
 * sheet where a series so far ends (`own`: each continues a series of its own sheet — a sheet holding several years,
 * or its copy for the website, is its own table), then the others (a sheet of one year: any sheet's series).
 */
function bySheetOfSeries(items: readonly Item[], candidates: readonly Open[]): { ats: number[]; own: boolean }[] {
  const sheets = new Set(candidates.map((open) => open.last.sheet));
  const own: number[] = [];
  const others: number[] = [];
  items.forEach((item, at) => (sheets.has(item.sheet) ? own : others).push(at));
  return [
    { ats: own, own: true },
    { ats: others, own: false },
  ];
}

/** Adds a value to the list of its key. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How a series ranks for a metric (step 3 of `buildSeries`): its exact spelling (`exact`) first, then the latest year. */
function rankOf(open: Open, exact: string): number {
  return (open.last.key!.exact === exact ? 1e6 : 0) + open.last.fiscalYear;
}

/**
 * The series of a metric in the order step 3 tries them for a KPI whose metric is spelled `exact` (see `rankOf`),
 * equally ranked ones in the order given: grouped by rank (a few years, two spellings) rather than sorted.
 */
function rankByMetric(list: readonly Open[], exact: string): Open[] {
  const byRank = new Map<number, Open[]>();
  for (const open of list) pushTo(byRank, rankOf(open, exact), open);
  return [...byRank.keys()].sort((a, b) => b - a).flatMap((rank) => byRank.get(rank)!);
}

/** At most this many equally ranked series are told apart by title (a table may repeat one metric thousands of times). */
const TIE_LIMIT = 8;

/**
 * The best series of a ranked list (see step 3 of `buildSeries`) that is not taken and whose ID allows the join; among
 * equally ranked ones the most alike title. Not sure on a spelling variant or a tie.
 */
function bestByMetric(item: Item, list: readonly Open[], start: number, year: number): { open: Open; how: SeriesMatch } | null {
  const { exact } = item.key!;
  let best: Open | null = null;
  let bestRank = 0;
  let similarity = 0;
  let tied = 0;
  for (let i = start; i < list.length; i++) {
    const open = list[i];
    if (open.takenIn === year || !idAllows(item, open)) continue;
    const rank = rankOf(open, exact);
    if (best !== null && rank !== bestRank) break;
    // one past the limit is counted (a tie is not sure) but not compared
    if (++tied > TIE_LIMIT) break;
    const s = alike(item, open.last);
    if (best === null || s > similarity) {
      best = open;
      bestRank = rank;
      similarity = s;
    }
  }
  if (best === null) return null;
  return { open: best, how: { by: "metric", similarity, sure: best.last.key!.exact === exact && tied === 1 } };
}
