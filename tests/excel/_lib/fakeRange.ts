import type { FakeBook, FakeCell, Rect } from "./FakeBook";
import { parseRect, qualified } from "./FakeBook";
import { cellAddress } from "../../../src/core/cellAddress";
import { applyInput, forCells } from "./cellEffects";
import { conditionalFormatsObject } from "./fakeConditionalFormats";
import { fakeObject } from "./fakeObject";
import { Recorder, WEB_CELL_LIMIT } from "./Recorder";

/** Excel refuses to change a protected sheet. */
export function guardSheet(book: FakeBook, name: string): void {
  if (book.sheet(name).protected) Recorder.fail("AccessDenied", `Sheet ${name} is protected.`);
}

const RANGES = new WeakMap<object, { sheet: () => string; rect: () => Rect | null }>();

/**
 * The sheet and rectangle of a fake range passed as an argument (Office.js sends a reference to the range's
 * object path, e.g. `charts.add(type, sourceData)`): undefined for anything else.
 */
export function rangeOf(arg: unknown): { sheet: string; rect: Rect | null } | undefined {
  const r = arg && typeof arg === "object" ? RANGES.get(arg) : undefined;
  return r ? { sheet: r.sheet(), rect: r.rect() } : undefined;
}

/** A fake `Excel.Range` over a rectangle of a sheet (resolved when used): loadable, writable, mergeable. */
export function rangeObject(book: FakeBook, rec: Recorder, id: number, sheetName: () => string, rect: () => Rect | null): Record<string, never> {
  const proxy = rangeProxy(book, rec, id, sheetName, rect);
  RANGES.set(proxy, { sheet: sheetName, rect });
  return proxy;
}

function rangeProxy(book: FakeBook, rec: Recorder, id: number, sheetName: () => string, rect: () => Rect | null): Record<string, never> {
  const sheet = () => book.sheet(sheetName());
  const need = (): Rect => rect() ?? Recorder.fail("ItemNotFound", "null range");
  const cells = (f: (c: FakeCell, row: number, col: number) => void) => {
    guardSheet(book, sheetName());
    const s = sheet();
    forCells(need(), (row, col) => f(s.cell(row, col), row, col));
  };
  const grid = (name: string, apply: (c: FakeCell, v: never) => void) => (v: unknown[][]) => {
    const r = need();
    if (!Array.isArray(v) || v.length !== r.bottom - r.top + 1 || v.some((row) => row.length !== r.right - r.left + 1)) {
      Recorder.fail("InvalidArgument", `${name}: array does not match ${qualified(sheetName(), r)}`);
    }
    const s = sheet();
    guardSheet(book, sheetName());
    for (let row = r.top; row <= r.bottom; row++) {
      const line = v[row - r.top];
      for (let col = r.left; col <= r.right; col++) {
        const x = line[col - r.left];
        if (x !== null) apply(s.cell(row, col), x as never);
      }
    }
  };
  return fakeObject(rec, id, {
    data: (props) => {
      const r = rect();
      if (!r) return { isNullObject: true, address: "", rowCount: 0, columnCount: 0, values: [], text: [], numberFormat: [], valueTypes: [] };
      const rowCount = r.bottom - r.top + 1;
      const columnCount = r.right - r.left + 1;
      const head = { isNullObject: false, address: qualified(sheetName(), r), rowCount, columnCount };
      const wantsCells = (props ?? []).some((p) => p === "values" || p === "text" || p === "numberFormat" || p === "valueTypes");
      // Excel on the web answers a load of more than five million cells with null rather than an error
      // (assumed from the "Excel add-ins" section of "Resource limits and performance optimization for Office
      // Add-ins" and office-js reports; listed in docs/testing-in-excel.md). Desktop tries, and the fake refuses.
      if (!wantsCells || (rowCount * columnCount > WEB_CELL_LIMIT && (rec.limits.web ?? true))) {
        return { ...head, values: null, text: null, numberFormat: null, valueTypes: null };
      }
      return { ...head, ...sheet().block(r) };
    },
    nav: {
      format: formatObject(book, rec, rec.path("format", id), sheetName, () => [need()]),
      conditionalFormats: conditionalFormatsObject(book, rec, rec.path("conditionalFormats", id), sheetName, () => [need()]),
    },
    navMethods: {
      // Only the merged areas whose top-left cell lies in the range: one that starts left of or above it is not
      // returned although it covers some of its cells (office-js #3611, on the desktop and the web).
      getMergedAreasOrNullObject: (mid: number) =>
        fakeObject(rec, mid, {
          data: () => {
            const r = rect();
            const hits = r ? sheet().merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right) : [];
            return { isNullObject: hits.length === 0, address: hits.map((m) => qualified(sheetName(), m)).join(", ") };
          },
        }),
      getUsedRangeOrNullObject: (uid: number) => {
        const within = () => {
          const r = need();
          const used = sheet().usedRect(r);
          return used;
        };
        return rangeObject(book, rec, uid, sheetName, within);
      },
      getRow: (rid: number, i: number) => {
        const row = () => ({ ...need(), top: need().top + i, bottom: need().top + i });
        return fakeObject(rec, rid, {
          navMethods: {
            getResizedRange: (gid: number, dr: number, dc: number) =>
              rangeObject(book, rec, gid, sheetName, () => ({ ...row(), bottom: row().bottom + dr, right: row().right + dc })),
          },
        });
      },
    },
    actions: {
      // Only the cells that hold something are visited, so that clearing a whole sheet stays cheap.
      clear: () => {
        guardSheet(book, sheetName());
        const r = need();
        for (const [key, c] of sheet().cells) {
          const [row, col] = key.split(",").map(Number);
          if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
          Object.assign(c, { value: null, formula: undefined, text: undefined, numberFormat: "General", fill: undefined, font: {}, borders: {}, hyperlink: undefined, quotePrefix: false });
        }
      },
      unmerge: () => {
        guardSheet(book, sheetName());
        const r = need();
        const s = sheet();
        s.merges = s.merges.filter((m) => !(m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right));
      },
      merge: (across: boolean) => {
        guardSheet(book, sheetName());
        const r = need();
        if (across) for (let row = r.top; row <= r.bottom; row++) sheet().merges.push({ ...r, top: row, bottom: row });
        else sheet().merges.push(r);
      },
      // Range.insert of whole rows or columns (the add-in inserts no partial ones)
      insert: (shift: string) => {
        guardSheet(book, sheetName());
        const r = need();
        const axis = shift === "Down" && r.left === 1 && r.right === 16384 ? "row" : shift === "Right" && r.top === 1 && r.bottom === 1048576 ? "col" : null;
        if (!axis) return Recorder.fail("InvalidArgument", `fake: insert ${shift} of ${qualified(sheetName(), r)}`);
        const at = axis === "row" ? r.top : r.left;
        const count = axis === "row" ? r.bottom - r.top + 1 : r.right - r.left + 1;
        // Excel refuses to push a value off the end of the sheet ("Microsoft Excel can't insert new cells because it
        // would push non-empty cells off the end of the worksheet"; Excel.ErrorCodes.nonBlankCellOffSheet)
        const edge = (axis === "row" ? 1048576 : 16384) - count;
        for (const [key, c] of sheet().cells) {
          const [row, col] = key.split(",").map(Number);
          if (c.value !== null && (axis === "row" ? row : col) > edge) Recorder.fail("NonBlankCellOffSheet", `fake: ${qualified(sheetName(), r)} would push ${cellAddress(row, col)} off the sheet`);
        }
        // Excel refuses to insert lines through an array formula or a PivotTable (Excel.ErrorCodes.insertDeleteConflict)
        for (const a of sheet().lockedAreas) {
          const [first, last] = axis === "row" ? [a.top, a.bottom] : [a.left, a.right];
          if (at > first && at <= last) Recorder.fail("InsertDeleteConflict", `fake: ${qualified(sheetName(), r)} would split ${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`);
        }
        sheet().insertLines(axis, at, count, book.tables);
        // Excel moves the names that refer to the sheet's cells beyond the inserted lines (the add-in's markers too)
        for (const n of book.names.values()) {
          const bang = n.formula.lastIndexOf("!");
          if (bang < 0 || n.formula.slice(1, bang).replace(/^'|'$/g, "").replace(/''/g, "'") !== sheetName()) continue;
          const m = parseRect(n.formula.slice(bang + 1));
          const move = (x: number) => (x >= at ? x + count : x);
          const moved = axis === "row" ? { ...m, top: move(m.top), bottom: move(m.bottom) } : { ...m, left: move(m.left), right: move(m.right) };
          const abs = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
          n.formula = `${n.formula.slice(0, bang + 1)}${abs(moved.top, moved.left)}:${abs(moved.bottom, moved.right)}`;
        }
      },
      // Range.copyFrom(source, "Formats"): every format of the source block, none of its values (ExcelApi 1.9)
      copyFrom: (source: string, type: string) => {
        guardSheet(book, sheetName());
        if (type !== "Formats") Recorder.fail("InvalidArgument", `fake: copyFrom ${type}`);
        const bang = source.lastIndexOf("!");
        const from = book.sheet(source.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
        const src = parseRect(source.slice(bang + 1));
        const r = need();
        if (src.bottom - src.top !== r.bottom - r.top || src.right - src.left !== r.right - r.left) Recorder.fail("InvalidArgument", "fake: copyFrom of another size");
        forCells(r, (row, col) => {
          const c = from.peek(src.top + row - r.top, src.left + col - r.left);
          const { value: _v, formula: _f, text: _t, hyperlink: _h, ...format } = c ?? { value: null, numberFormat: "General", font: {}, borders: {} };
          Object.assign(sheet().cell(row, col), { ...format, font: { ...format.font }, borders: { ...format.borders } });
        });
      },
      select: () => (book.selection = { sheet: sheetName(), address: qualified(sheetName(), need()).split("!")[1] }),
    },
    setters: {
      values: grid("values", (c, v: string | number | boolean) => applyInput(c, v)),
      numberFormat: grid("numberFormat", (c, v: string) => (c.numberFormat = v)),
      hyperlink: (link: FakeCell["hyperlink"]) => cells((c) => (c.hyperlink = link)),
    },
  });
}

/** A fake `Excel.RangeAreas`: the format of many areas at once. */
export function areasObject(book: FakeBook, rec: Recorder, id: number, sheetName: () => string, addresses: string) {
  const rects = () => addresses.split(",").map((a) => parseRect(a.trim()));
  return fakeObject(rec, id, {
    nav: {
      format: formatObject(book, rec, rec.path("format", id), sheetName, rects),
      conditionalFormats: conditionalFormatsObject(book, rec, rec.path("conditionalFormats", id), sheetName, rects),
    },
  });
}

/** A fake `Excel.RangeFormat` over some rectangles: fill, font, borders, alignment, sizes. */
export function formatObject(book: FakeBook, rec: Recorder, id: number, sheetName: () => string, rects: () => Rect[]) {
  const each = (f: (c: FakeCell) => void) => {
    guardSheet(book, sheetName());
    const sheet = book.sheet(sheetName());
    for (const r of rects()) forCells(r, (row, col) => f(sheet.cell(row, col)));
  };
  const set = <K extends keyof FakeCell>(key: K) => (v: FakeCell[K]) => each((c) => (c[key] = v));
  const font = (key: keyof FakeCell["font"]) => (v: never) => each((c) => (c.font = { ...c.font, [key]: v }));
  return fakeObject(rec, id, {
    // the size of the first row and column (Excel's defaults where none is set: 15 pt, 48 pt)
    data: () => {
      const first = rects()[0];
      const s = book.sheet(sheetName());
      return { rowHeight: s.rowHeights.get(first.top) ?? 15, columnWidth: s.columnWidths.get(first.left) ?? 48 };
    },
    nav: {
      fill: fakeObject(rec, rec.path("fill", id), { setters: { color: set("fill") } }),
      font: fakeObject(rec, rec.path("font", id), {
        setters: { bold: font("bold"), italic: font("italic"), underline: font("underline"), color: font("color"), size: font("size"), name: font("name") },
      }),
      borders: fakeObject(rec, rec.path("borders", id), {
        navMethods: {
          getItem: (bid: number, edge: string) => {
            const border = (key: "style" | "color" | "weight") => (v: string) => each((c) => (c.borders = { ...c.borders, [edge]: { ...c.borders[edge], [key]: v } }));
            return fakeObject(rec, bid, { setters: { style: border("style"), color: border("color"), weight: border("weight") } });
          },
        },
      }),
    },
    setters: {
      horizontalAlignment: set("horizontalAlignment"),
      verticalAlignment: set("verticalAlignment"),
      wrapText: set("wrapText"),
      indentLevel: set("indentLevel"),
      columnWidth: (v: number) => {
        for (const r of rects()) for (let col = r.left; col <= r.right; col++) book.sheet(sheetName()).columnWidths.set(col, v);
      },
      rowHeight: (v: number) => {
        for (const r of rects()) for (let row = r.top; row <= r.bottom; row++) book.sheet(sheetName()).rowHeights.set(row, v);
      },
    },
  });
}
