import type { FakeChart, FakeChartLook, FakeSheet } from "./FakeBook";
import { fakeCollection, fakeObject } from "./fakeObject";
import { rangeOf } from "./fakeRange";
import { Recorder } from "./Recorder";

const LOOK = ["markerStyle", "markerBackgroundColor", "markerForegroundColor", "markerSize"] as const;

function setters<T extends object>(target: () => T, keys: readonly string[]): Record<string, (v: never) => void> {
  return Object.fromEntries(keys.map((k) => [k, (v: never) => void ((target() as Record<string, unknown>)[k] = v)]));
}

/**
 * A sheet's fake `ChartCollection` (ExcelApi 1.1): `load("items/name")`, `add(type, sourceData, seriesBy)` with a
 * range of the same sheet, `getItem(name)`; each chart's title, legend, value axis title, position, series and
 * points (ExcelApi 1.7 markers and line styles) recorded on the sheet's {@link FakeChart}. A series or point
 * asked for beyond the chart's data fails as Excel does (`ItemNotFound`).
 */
export function chartCollection(rec: Recorder, id: number, sheet: () => FakeSheet): Record<string, never> {
  return fakeCollection(rec, id, () => sheet().charts.map((c) => ({ data: { name: c.name } })), {
    navMethods: {
      add: (cid: number, type: string, source: unknown, seriesBy = "Auto") => {
        const chart: FakeChart = { name: `Chart ${cid}`, type, source: { top: 0, left: 0, bottom: 0, right: 0 }, seriesBy, series: [] };
        rec.action("Method", cid, "add", [type, "<range>", seriesBy], () => {
          const range = rangeOf(source);
          const s = sheet();
          if (!range || !range.rect || range.sheet !== s.name) Recorder.fail("InvalidArgument", "sourceData must be a range of the sheet");
          chart.source = range.rect;
          // with series by columns: the first column the categories, a series per further column
          const count = seriesBy === "Rows" ? range.rect.bottom - range.rect.top : range.rect.right - range.rect.left;
          chart.series = Array.from({ length: count }, () => ({ points: new Map<number, FakeChartLook>() }));
          s.charts.push(chart);
        });
        return chartObject(rec, cid, () => chart, sheet);
      },
      getItem: (cid: number, name: string) => {
        const find = () => sheet().charts.find((c) => c.name === name) ?? Recorder.fail("ItemNotFound", `chart ${name}`);
        return chartObject(rec, cid, find, sheet);
      },
    },
  });
}

function chartObject(rec: Recorder, id: number, chart: () => FakeChart, sheet: () => FakeSheet): Record<string, never> {
  const series = (i: number) => chart().series[i] ?? Recorder.fail("ItemNotFound", `series ${i}`);
  const text = (path: string, parent: number, set: (v: string) => void) =>
    fakeObject(rec, rec.path(path, parent), { setters: { text: (v: string) => set(v) } });
  return fakeObject(rec, id, {
    setters: { name: (v: string) => (chart().name = v) },
    nav: {
      title: text("title", id, (v) => (chart().title = v)),
      legend: fakeObject(rec, rec.path("legend", id), { setters: { position: (v: string) => (chart().legendPosition = v) } }),
      axes: fakeObject(rec, rec.path("axes", id), {
        nav: {
          valueAxis: fakeObject(rec, rec.path("valueAxis", id), {
            nav: { title: text("title", rec.path("valueAxis", id), (v) => (chart().valueAxisTitle = v)) },
          }),
        },
      }),
      series: fakeObject(rec, rec.path("series", id), {
        navMethods: {
          getItemAt: (sid: number, i: number) =>
            fakeObject(rec, sid, {
              setters: setters(() => series(i), LOOK),
              nav: {
                format: fakeObject(rec, rec.path("format", sid), {
                  nav: { line: fakeObject(rec, rec.path("line", sid), { setters: setters(() => series(i), ["color", "lineStyle"]) }) },
                }),
                points: fakeObject(rec, rec.path("points", sid), {
                  navMethods: {
                    getItemAt: (pid: number, j: number) =>
                      fakeObject(rec, pid, {
                        setters: setters(() => {
                          const s = series(i);
                          const c = chart();
                          const count = c.seriesBy === "Rows" ? c.source.right - c.source.left : c.source.bottom - c.source.top;
                          if (j >= count) Recorder.fail("ItemNotFound", `point ${j}`);
                          let p = s.points.get(j);
                          if (!p) s.points.set(j, (p = {}));
                          return p;
                        }, LOOK),
                      }),
                  },
                }),
              },
            }),
        },
      }),
    },
    actions: {
      setPosition: (start: string, end?: string) => (chart().position = { start, ...(end ? { end } : {}) }),
      delete: () => {
        const s = sheet();
        s.charts = s.charts.filter((c) => c !== chart());
      },
    },
  });
}
