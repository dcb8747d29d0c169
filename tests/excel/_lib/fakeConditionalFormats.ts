import type { FakeBook, FakeConditionalFormat, Rect } from "./FakeBook";
import { guardSheet } from "./fakeRange";
import { fakeObject, loadProps } from "./fakeObject";
import { Recorder } from "./Recorder";

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

type Tree = { [key: string]: unknown };

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/**
 * What Excel answers for one conditional format: its scalars and, as navigation properties, the type-specific
 * part. `custom` exists only on a custom rule; `customOrNullObject` is a null object on any other type.
 */
function answerOf(cf: FakeConditionalFormat, priority: number): Tree {
  const custom = cf.type === "Custom" ? { rule: { formula: cf.formula ?? "" }, format: { fill: { color: cf.fill ?? null }, font: { color: cf.fontColor ?? null } } } : null;
  return { id: cf.id, type: cf.type, priority, stopIfTrue: cf.stopIfTrue, custom, customOrNullObject: custom ? { ...custom, isNullObject: false } : { isNullObject: true } };
}

/**
 * A read-only view of what a load asked for: loaded paths give their value, any other property of the object the
 * mock's error string (as office-addin-mock does for a property read before load), navigation properties a view
 * of their own. A null object answers only `isNullObject`.
 */
function view(data: Tree | null, paths: string[]): Tree {
  const own = new Set(paths.filter((p) => !p.includes("/")));
  return new Proxy({} as Tree, {
    get(_t, prop) {
      if (typeof prop !== "string" || prop === "then") return undefined;
      if (data === null) return prop === "isNullObject" ? true : NOT_LOADED;
      const value = data[prop];
      if (value !== null && typeof value === "object" && (value as Tree).isNullObject === true) return view(null, []);
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        return view(value as Tree, paths.filter((p) => p.startsWith(`${prop}/`)).map((p) => p.slice(prop.length + 1)));
      }
      if (prop === "isNullObject" && paths.length > 0) return false;
      if (own.has(prop)) return value;
      return prop in data ? NOT_LOADED : undefined;
    },
  });
}

/**
 * A fake `Excel.ConditionalFormatCollection` (ExcelApi 1.6; of a `RangeAreas`, 1.9) of a range: the sheet's conditional formats that
 * overlap it ("Represents a collection of all the conditional formats that are overlap the range"), in priority
 * order. As documented for Office.js:
 * - `add(type)` adds a format over the range "at the first/top priority"; `custom.rule.formula` is set relative to
 *   the range's top-left cell (office-js #5194; over several areas, the first area's top-left cell — assumed) and `custom.format.fill.color` / `font.color` set its look;
 *   `priority` moves it ("Priorities greater than the bounds will get and set to the maximum … Use a negative
 *   priority to begin from the back").
 * - `getItem(id).delete()` deletes one; an unknown id fails the request with `ItemNotFound`.
 * - `load("items/…")` answers at sync; `items` reads as office-addin-mock's error strings before that. Loading
 *   `items/custom/…` fails the request when any format is not custom (office-js #2180: "This operation is not
 *   permitted for the current object"; the error code is assumed), `items/customOrNullObject/…` gives a null object
 *   for those.
 * - A rule marked `unreadable` fails a load of rule properties with `GeneralException` (office-js #6835; code
 *   assumed).
 */
export function conditionalFormatsObject(book: FakeBook, rec: Recorder, id: number, sheetName: () => string, rects: () => Rect[]): Record<string, never> {
  const sheet = () => book.sheet(sheetName());
  const mine = () => sheet().conditionalFormats.filter((cf) => cf.rects.some((r) => rects().some((own) => overlaps(r, own))));
  const priorityOf = (cf: FakeConditionalFormat) => sheet().conditionalFormats.indexOf(cf);
  const move = (cf: FakeConditionalFormat, p: number) => {
    const list = sheet().conditionalFormats;
    list.splice(list.indexOf(cf), 1);
    const at = p < 0 ? Math.max(0, list.length + 1 + p) : Math.min(p, list.length);
    list.splice(at, 0, cf);
  };
  let loaded: Tree[] | undefined;
  let pending = false;
  const base = fakeObject(rec, id, {
    navMethods: {
      getItem: (gid: number, cfId: string) =>
        fakeObject(rec, gid, {
          actions: {
            delete: () => {
              guardSheet(book, sheetName());
              const list = sheet().conditionalFormats;
              const i = list.findIndex((cf) => cf.id === cfId);
              if (i < 0) Recorder.fail("ItemNotFound", `conditional format ${cfId}`);
              list.splice(i, 1);
            },
          },
        }),
      add: (aid: number, type: FakeConditionalFormat["type"]) => {
        let cf: FakeConditionalFormat | undefined;
        rec.action("Method", aid, "add", [type], () => {
          guardSheet(book, sheetName());
          cf = { id: book.newConditionalFormatId(), type, rects: rects(), stopIfTrue: false };
          sheet().conditionalFormats.unshift(cf);
        });
        const target = () => cf ?? Recorder.fail("ItemNotFound", "conditional format not added");
        const look = (key: "fill" | "fontColor") => (v: string) => (target()[key] = v);
        const customPath = rec.path("custom", aid);
        const formatPath = rec.path("format", customPath);
        return fakeObject(rec, aid, {
          nav: {
            custom: fakeObject(rec, customPath, {
              nav: {
                rule: fakeObject(rec, rec.path("rule", customPath), { setters: { formula: (v: string) => (target().formula = v) } }),
                format: fakeObject(rec, formatPath, {
                  nav: {
                    fill: fakeObject(rec, rec.path("fill", formatPath), { setters: { color: look("fill") } }),
                    font: fakeObject(rec, rec.path("font", formatPath), { setters: { color: look("fontColor") } }),
                  },
                }),
              },
            }),
          },
          setters: {
            priority: (p: number) => move(target(), p),
            stopIfTrue: (v: boolean) => (target().stopIfTrue = v),
          },
        });
      },
    },
  });
  const proxy: Record<string, never> = new Proxy(base, {
    get(target, prop) {
      if (prop === "load") {
        return (arg: unknown) => {
          const paths = loadProps(arg).filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
          rec.action("Query", id, "load", [paths], () => {
            if (paths.some((p) => p.startsWith("custom/")) && mine().some((cf) => cf.type !== "Custom")) {
              Recorder.fail("InvalidOperation", "This operation is not permitted for the current object.");
            }
            if (paths.some((p) => /^custom(OrNullObject)?\/rule/.test(p)) && mine().some((cf) => cf.unreadable)) {
              Recorder.fail("GeneralException", "An internal error has occurred.");
            }
          });
          pending = true;
          const answers = () => mine().map((cf) => answerOf(cf, priorityOf(cf)));
          rec.load([], () => ({ items: answers() }), () => {
            loaded = answers().map((a) => view(a, paths));
            pending = false;
          });
          return proxy;
        };
      }
      if (prop === "items") return loaded ?? (pending ? NOT_SYNCED : NOT_LOADED);
      return Reflect.get(target, prop);
    },
  });
  return proxy;
}
