import { OfficeMockObject } from "./officeMock";
import type { Recorder } from "./Recorder";

const NOT_LOADED = "Error, property was not loaded";

/** How one fake Office.js object behaves. */
export interface FakeSpec {
  /**
   * Scalar properties a `load` may ask for, computed when loaded (an office-addin-mock object holds them). `props`
   * are the properties the load names (absent when only the property names are wanted), so that a costly
   * property is computed only when asked for.
   */
  data?: (props?: string[]) => Record<string, unknown>;
  /** Navigation properties and methods that return other fake objects (no action of their own). */
  nav?: Record<string, unknown>;
  navMethods?: Record<string, (id: number, ...args: never[]) => unknown>;
  /** Methods that change the workbook: recorded, applied at sync. */
  actions?: Record<string, (...args: never[]) => void>;
  /** Settable properties: recorded, applied at sync. */
  setters?: Record<string, (value: never) => void>;
}

function pick(data: Record<string, unknown>, props: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) out[p] = data[p];
  return out;
}

/** The property names of a load argument (`"a, b"`, `["a"]` or `{ a: true }`). */
export function loadProps(arg: unknown): string[] {
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.map(String);
  if (arg && typeof arg === "object") return Object.keys(arg);
  return [];
}

/**
 * One fake Office.js object: a Proxy that records every property set and method call in the request, applies
 * them at sync, and serves loaded properties through office-addin-mock — so a property read before `load` and
 * `sync` gives the mock's error string, not a value.
 */
export function fakeObject(rec: Recorder, id: number, spec: FakeSpec): Record<string, never> {
  let mock: OfficeMockObject | undefined;
  let nulls = new Set<string>();
  let keys: string[] | undefined;
  const dataKeys = () => (keys ??= Object.keys(spec.data?.() ?? {}));
  const proxy: Record<string, never> = new Proxy({} as Record<string, never>, {
    get(_t, prop) {
      if (typeof prop !== "string") return undefined;
      if (prop === "then") return undefined;
      if (prop === "load") {
        return (arg: unknown) => {
          let props = loadProps(arg);
          // `load("format/rowHeight")` loads the property of a navigation object, as Office.js does
          const nested = props.filter((p) => p.includes("/") && spec.nav && p.split("/")[0] in spec.nav);
          for (const p of nested) (spec.nav![p.split("/")[0]] as { load(a: string): unknown }).load(p.slice(p.indexOf("/") + 1));
          props = props.filter((p) => !nested.includes(p));
          if (props.length === 0 && nested.length > 0) return proxy;
          rec.action("Query", id, "load", [props]);
          const data = spec.data ? spec.data(props) : {};
          keys = Object.keys(data);
          // Office.js answers isNullObject with any load of an *OrNullObject proxy.
          const wanted = "isNullObject" in data ? [...props, "isNullObject"] : props;
          for (const p of wanted) if (!(p.split("/")[0] in data)) throw new Error(`fake: cannot load ${p}`);
          // office-addin-mock cannot hold null: properties Excel answers with null are served here after the sync.
          const nullProps = wanted.filter((p) => data[p] === null);
          const present = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null));
          mock = new OfficeMockObject(present as never);
          mock.load(wanted.filter((p) => !nullProps.includes(p)));
          nulls = new Set();
          rec.load([mock], () => pick(data, props), () => (nulls = new Set(nullProps)));
          return proxy;
        };
      }
      if (spec.nav && prop in spec.nav) return spec.nav[prop];
      if (spec.navMethods && prop in spec.navMethods) {
        const make = spec.navMethods[prop] as (id: number, ...args: unknown[]) => unknown;
        return (...args: unknown[]) => make(rec.path(prop, id, args), ...args);
      }
      if (spec.actions && prop in spec.actions) {
        const act = spec.actions[prop] as (...args: unknown[]) => void;
        return (...args: unknown[]) => rec.action("Method", id, prop, args, () => act(...args));
      }
      if (nulls.has(prop)) return null;
      if (mock && prop in mock) return (mock as unknown as Record<string, unknown>)[prop];
      if (dataKeys().includes(prop)) return NOT_LOADED;
      return undefined;
    },
    set(_t, prop, value) {
      if (typeof prop !== "string" || !spec.setters || !(prop in spec.setters)) throw new TypeError(`fake: cannot set ${String(prop)}`);
      const apply = spec.setters[prop] as (v: unknown) => void;
      rec.action("SetProperty", id, prop, [value], () => apply(value));
      return true;
    },
  });
  return proxy;
}

/**
 * A fake Office.js collection (`worksheets`, `names`, `tables`, `columns`): `load("items/…")` loads the listed
 * properties of every item (nested collections such as `columns/items/name` too); `items` reads as the mock's
 * error string until the sync.
 */
export function fakeCollection(
  rec: Recorder,
  id: number,
  items: () => { data: Record<string, unknown>; nested?: Record<string, (itemId: number) => Record<string, never>> }[],
  methods: Omit<FakeSpec, "data"> = {},
): Record<string, never> {
  let loaded: unknown[] | undefined;
  let pending = false;
  const base = fakeObject(rec, id, methods);
  const proxy = new Proxy(base, {
    get(target, prop) {
      if (prop === "load") {
        return (arg: unknown) => {
          const props = loadProps(arg);
          rec.action("Query", id, "load", [props]);
          const list = items();
          const direct = props.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
          const result: unknown[] = [];
          const mocks: OfficeMockObject[] = [];
          const answers: unknown[] = [];
          list.forEach((item, i) => {
            const own = direct.filter((p) => !Object.keys(item.nested ?? {}).some((n) => p.startsWith(`${n}/`)));
            const mock = new OfficeMockObject(item.data as never);
            if (own.length > 0) mock.load(own);
            mocks.push(mock);
            const extra: Record<string, unknown> = {};
            for (const [name, make] of Object.entries(item.nested ?? {})) {
              const sub = direct.filter((p) => p.startsWith(`${name}/`)).map((p) => p.slice(name.length + 1));
              const child = make(rec.path(name, rec.path("getItemAt", id, [i])));
              if (sub.length > 0) (child as unknown as { load: (p: string[]) => void }).load(sub);
              extra[name] = child;
            }
            Object.assign(mock, extra);
            result.push(mock);
            answers.push(Object.fromEntries(own.map((p) => [p, item.data[p.split("/")[0]]])));
          });
          pending = true;
          rec.load(mocks, () => ({ items: answers }), () => {
            loaded = result;
            pending = false;
          });
          return proxy;
        };
      }
      if (prop === "items") return loaded ?? (pending ? "Error, context.sync() was not called" : NOT_LOADED);
      return Reflect.get(target, prop);
    },
  });
  return proxy;
}
