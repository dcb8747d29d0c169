import { FakeBook, FakeSheet, parseRect } from "./FakeBook";
import { areasObject, rangeObject } from "./fakeRange";
import { chartCollection } from "./fakeCharts";
import { fakeCollection, fakeObject } from "./fakeObject";
import { Recorder, type FakeRunOptions, type HostLimits } from "./Recorder";

/** A fake `Excel` host for one workbook: `run` like `Excel.run`, plus the sync statistics of every run. */
export interface FakeExcel {
  book: FakeBook;
  rec: Recorder;
  /** `Excel.run(options, batch)`, with the batch first as the add-in's `ExcelRun` takes it. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: FakeRunOptions) => Promise<T>;
  /** The real `Excel.run`'s shape, `(batch)` or `(options, batch)`, for code that calls the global `Excel`. */
  officeRun: (...args: unknown[]) => Promise<unknown>;
  /** Count of `context.sync()` calls so far. */
  syncs(): number;
}

/**
 * Builds a fake Excel around a {@link FakeBook}. Office.js objects are office-addin-mock objects (unloaded
 * properties read as its error string) behind recording proxies; `context.sync()` is counted and measured, and
 * Excel on the web's 5 MB request and answer limits are enforced unless `limits.web` is false.
 *
 * @example
 * const excel = fakeExcel(book);
 * await excel.run((context) => readSheetSnapshot(context));
 * excel.syncs(); // 1
 */
export function fakeExcel(book: FakeBook, limits: HostLimits = {}): FakeExcel {
  const rec = new Recorder(limits);
  const context = makeContext(book, rec);
  let entered = false;
  rec.onApplied = () => {
    // One undo step per request, or one for the whole run when it merges its undo group (ExcelApi 1.20).
    if (rec.run.mergeUndoGroup && entered) return;
    book.undoLog.push("add-in");
    entered = true;
  };
  return {
    book,
    rec,
    run: async (batch, options = {}) => {
      rec.run = options;
      entered = false;
      try {
        return await batch(context as unknown as Excel.RequestContext);
      } finally {
        rec.run = {};
      }
    },
    officeRun(...args: unknown[]) {
      type Batch = (context: Excel.RequestContext) => Promise<unknown>;
      return typeof args[0] === "function" ? this.run(args[0] as Batch) : this.run(args[1] as Batch, args[0] as FakeRunOptions);
    },
    syncs: () => rec.stats.length,
  };
}

const WHOLE_SHEET = { top: 1, left: 1, bottom: 1048576, right: 16384 };

function guardStructure(book: FakeBook): void {
  if (book.structureProtected) Recorder.fail("AccessDenied", "The workbook structure is protected.");
}

function makeContext(book: FakeBook, rec: Recorder) {
  const root = 0;
  const worksheet = (id: number, name: () => string) => sheetObject(book, rec, id, name);
  const worksheets = fakeCollection(rec, rec.path("worksheets", root), () => book.sheets.map((s) => ({
    data: { name: s.name, visibility: s.visibility },
    nested: { charts: (cid: number) => chartCollection(rec, cid, () => s) },
  })), {
    navMethods: {
      // A proxy stands for the sheet, not its name: once resolved it follows the sheet through a rename.
      getItem: (id: number, name: string) => {
        let target: FakeSheet | undefined;
        return worksheet(id, () => {
          if (!target || !book.sheets.includes(target)) target = book.sheet(name);
          return target.name;
        });
      },
      getActiveWorksheet: (id: number) => {
        const name = book.active;
        return worksheet(id, () => name);
      },
      add: (id: number, name: string) => {
        rec.action("Method", id, "add", [name], () => {
          guardStructure(book);
          if (book.has(name)) Recorder.fail("ItemAlreadyExists", `A sheet named ${name} exists.`);
          book.addSheet(name);
        });
        return worksheet(id, () => name);
      },
    },
  });
  const names = fakeCollection(
    rec,
    rec.path("names", root),
    () => [...book.names].map(([name, n]) => ({ data: { name, formula: n.formula, visible: n.visible } })),
    {
      navMethods: {
        getItem: (id: number, name: string) =>
          fakeObject(rec, id, {
            actions: { delete: () => (book.names.has(name) ? book.names.delete(name) : Recorder.fail("ItemNotFound", name)) },
          }),
        add: (id: number, name: string, ref: string) => {
          rec.action("Method", id, "add", [name, ref], () => {
            if (book.names.has(name)) Recorder.fail("ItemAlreadyExists", name);
            book.names.set(name, { formula: ref, visible: true });
          });
          return fakeObject(rec, id, { setters: { visible: (v: boolean) => (book.names.get(name)!.visible = v) } });
        },
      },
    },
  );
  const tables = fakeCollection(rec, rec.path("tables", root), () => book.tables.map((t) => ({ data: { name: t.name, worksheet: { name: t.sheet } } })), {
    navMethods: {
      getItem: (id: number, name: string) =>
        fakeObject(rec, id, {
          nav: {
            columns: fakeObject(rec, rec.path("columns", id), {
              actions: {
                // A new last column inserts cells: what stands right of the table in its rows moves one column
                // right (assumed — Excel's "insert table column" shifts cells; the point 5 and the manual
                // test plan). The add-in must only add a column when that strip is empty.
                add: (_index: unknown, _values: unknown, header: string) => {
                  const t = book.tables.find((x) => x.name === name) ?? Recorder.fail("ItemNotFound", name);
                  const s = book.sheet(t.sheet);
                  s.shiftRight(t.rect.top, t.rect.bottom, t.rect.right + 1);
                  t.rect = { ...t.rect, right: t.rect.right + 1 };
                  s.cell(t.rect.top, t.rect.right).value = header;
                },
              },
            }),
          },
          actions: {
            delete: () => {
              const t = book.tables.find((x) => x.name === name) ?? Recorder.fail("ItemNotFound", name);
              book.tables = book.tables.filter((x) => x !== t);
            },
            // Table.resize (ExcelApi 1.13): the header row stays where it is
            resize: (address: string) => {
              const t = book.tables.find((x) => x.name === name) ?? Recorder.fail("ItemNotFound", name);
              const r = parseRect(address);
              if (r.top !== t.rect.top || r.left !== t.rect.left) Recorder.fail("InvalidArgument", "fake: a table's header row cannot move");
              t.rect = r;
            },
          },
        }),
    },
  });
  const workbook = fakeObject(rec, rec.path("workbook", root), {
    nav: {
      worksheets,
      names,
      tables,
      protection: fakeObject(rec, rec.path("protection", root), { data: () => ({ protected: book.structureProtected }) }),
    },
  });
  return { workbook, sync: () => rec.sync() };
}

function sheetObject(book: FakeBook, rec: Recorder, id: number, name: () => string) {
  const sheet = () => book.sheet(name());
  const range = (rid: number, address: string) => rangeObject(book, rec, rid, name, () => parseRect(address));
  return fakeObject(rec, id, {
    data: () => ({ name: sheet().name, position: book.sheets.indexOf(sheet()), visibility: sheet().visibility }),
    nav: {
      protection: fakeObject(rec, rec.path("protection", id), { data: () => ({ protected: sheet().protected }) }),
      charts: chartCollection(rec, rec.path("charts", id), sheet),
      tables: fakeCollection(
        rec,
        rec.path("tables", id),
        () =>
          book.tables
            .filter((t) => t.sheet === sheet().name)
            .map((t) => ({
              data: { name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals, rows: { count: t.rect.bottom - t.rect.top - (t.showHeaders ? 1 : 0) - (t.showTotals ? 1 : 0) + 1 } },
              nested: {
                columns: (cid: number) =>
                  fakeCollection(rec, cid, () => {
                    const s = sheet();
                    const out: { data: Record<string, unknown> }[] = [];
                    for (let c = t.rect.left; c <= t.rect.right; c++) out.push({ data: { name: String(s.peek(t.rect.top, c)?.value ?? `Column${c - t.rect.left + 1}`) } });
                    return out;
                  }),
              },
            })),
        {
          navMethods: {
            // Table.getRange() (ExcelApi 1.1): the whole table, its header and total rows included
            getItem: (tid: number, tableName: string) =>
              fakeObject(rec, tid, {
                navMethods: {
                  getRange: (rid: number) => {
                    const find = () => book.tables.find((t) => t.name === tableName) ?? Recorder.fail("ItemNotFound", tableName);
                    return rangeObject(book, rec, rid, () => find().sheet, () => find().rect);
                  },
                },
              }),
            add: (tid: number, address: string, hasHeaders: boolean) => {
              const t = { name: `Table${book.tables.length + 1}`, sheet: name(), rect: parseRect(address), showHeaders: hasHeaders, showTotals: false } as FakeBook["tables"][number];
              rec.action("Method", tid, "add", [address, hasHeaders], () => book.tables.push(t));
              return fakeObject(rec, tid, { setters: { name: (v: string) => (t.name = v), style: (v: string) => (t.style = v) } });
            },
          },
        },
      ),
      horizontalPageBreaks: fakeObject(rec, rec.path("horizontalPageBreaks", id), {
        actions: { add: (address: string) => sheet().pageBreaks.push(parseRect(address).top), removePageBreaks: () => (sheet().pageBreaks = []) },
      }),
      freezePanes: fakeObject(rec, rec.path("freezePanes", id), {
        actions: {
          freezeRows: (n: number) => (sheet().frozen.rows = n),
          freezeColumns: (n: number) => (sheet().frozen.cols = n),
          unfreeze: () => (sheet().frozen = { rows: 0, cols: 0 }),
        },
      }),
      pageLayout: fakeObject(rec, rec.path("pageLayout", id), {
        setters: Object.fromEntries(
          ["paperSize", "orientation", "zoom", "centerHorizontally"].map((p) => [p, (v: unknown) => (sheet().pageLayout[p] = v)]),
        ),
        actions: { setPrintArea: (area: string) => (sheet().pageLayout.printArea = area) },
        nav: {
          headersFooters: fakeObject(rec, rec.path("headersFooters", id), {
            nav: {
              defaultForAllPages: fakeObject(rec, rec.path("defaultForAllPages", id), {
                setters: Object.fromEntries(
                  ["centerHeader", "centerFooter"].map((p) => [p, (v: unknown) => (sheet().pageLayout[p] = v)]),
                ),
              }),
            },
          }),
        },
      }),
    },
    navMethods: {
      getRange: (rid: number, address?: string) => (address === undefined ? rangeObject(book, rec, rid, name, () => WHOLE_SHEET) : range(rid, address)),
      getRanges: (rid: number, addresses: string) => areasObject(book, rec, rid, name, addresses),
      getUsedRangeOrNullObject: (rid: number) => {
        const used = sheet().usedRect();
        return rangeObject(book, rec, rid, name, () => used);
      },
    },
    actions: {
      // Deleting a sheet and setting its position have no undo: they clear the user's undo stack ("Undo
      // capabilities with the Excel JavaScript API", Unsupported APIs).
      delete: () => {
        guardStructure(book);
        book.undoLog = [];
        const s = sheet();
        book.sheets.splice(book.sheets.indexOf(s), 1);
        book.tables = book.tables.filter((t) => t.sheet !== s.name);
        for (const n of book.names.values()) if (n.formula.includes(`${s.name}'!`) || n.formula.includes(`=${s.name}!`)) n.formula = "=#REF!";
        if (book.active === s.name) book.active = book.sheets[0]?.name ?? "";
      },
      activate: () => (book.active = sheet().name),
    },
    setters: {
      position: (p: number) => {
        book.undoLog = [];
        const s = sheet();
        book.sheets.splice(book.sheets.indexOf(s), 1);
        book.sheets.splice(p, 0, s);
      },
      showGridlines: (v: boolean) => (sheet().showGridlines = v),
      name: (v: string) => {
        guardStructure(book);
        const s = sheet();
        if (book.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) Recorder.fail("ItemAlreadyExists", v);
        for (const t of book.tables) if (t.sheet === s.name) t.sheet = v;
        if (book.active === s.name) book.active = v;
        s.name = v;
      },
    },
  });
}

