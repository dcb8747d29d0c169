/**
 * 新年度の準備: the next fiscal year's rows, planned in the table's own layout, change no existing cell, and the
 * copy still checks cleanly (kpi-rules.md §1 layouts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet } from "../../../src/core/checkSheet";
import { checkWorkbook } from "../../../src/core/checkWorkbook";
import type { NextYearRows } from "../../../src/core/nextYear/NextYearRows";
import { nextYearText } from "../../../src/core/nextYear/nextYearText";
import { planNextYear } from "../../../src/core/nextYear/planNextYear";
import { afterInserts, movedRect } from "../../../src/core/nextYear/afterInserts";
import type { Rect } from "../../../src/core/Rect";
import type { CellValue, SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";

const AS_OF = "2026-11-29";

/** A sheet as grids of values, texts and number formats from row 1, column 1 (what the rows are compared by). */
interface Grids {
  values: CellValue[][];
  texts: string[][];
  formats: string[][];
  merges?: Rect[];
}

function grids(s: SheetSnapshot): Grids {
  const out: Grids = { values: [], texts: [], formats: [] };
  s.values.forEach((row, r) => {
    const at = s.origin.row - 1 + r;
    out.values[at] = [];
    out.texts[at] = [];
    out.formats[at] = [];
    row.forEach((v, c) => {
      out.values[at][s.origin.col - 1 + c] = v;
      out.texts[at][s.origin.col - 1 + c] = s.texts[r][c];
      out.formats[at][s.origin.col - 1 + c] = s.numberFormats[r][c];
    });
  });
  return out;
}
const grid = (s: SheetSnapshot) => grids(s).values;

/** The plan applied to the grids as an adapter does: rows inserted first, then the new cells written with their format. */
function appliedGrids(s: SheetSnapshot, plan: NextYearRows): Grids {
  const g = grids(s);
  const copy = <T,>(rows: T[][]) => rows.map((row) => (row ? [...row] : []));
  const covered = (m: Rect, by: Rect) => m.top >= by.top && m.bottom <= by.bottom && m.left >= by.left && m.right <= by.right;
  const moved = (s.merges ?? []).map((m) => movedRect(m, plan.insertRows ?? [], plan.insertColumns ?? []));
  const merges = [...moved.filter((m) => !plan.merges.some((n) => covered(m, n))), ...plan.merges];
  const out = { values: copy(g.values), texts: copy(g.texts), formats: copy(g.formats), merges };
  for (const ins of [...(plan.insertRows ?? [])].reverse()) {
    for (const k of ["values", "texts", "formats"] as const) (out[k] as unknown[][]).splice(ins.at - 1, 0, ...Array.from({ length: ins.count }, () => []));
  }
  for (const ins of [...(plan.insertColumns ?? [])].reverse()) {
    for (const k of ["values", "texts", "formats"] as const) for (const row of out[k] as unknown[][]) row?.splice(ins.at - 1, 0, ...Array.from({ length: ins.count }, () => undefined));
  }
  for (const c of plan.cells) {
    const format = out.formats[c.formatFrom.row - 1]?.[c.formatFrom.col - 1] ?? "General";
    (out.values[c.row - 1] ??= [])[c.col - 1] = c.value;
    (out.formats[c.row - 1] ??= [])[c.col - 1] = format;
    (out.texts[c.row - 1] ??= [])[c.col - 1] = c.value === null ? "" : String(c.value);
  }
  return out;
}
const applied = (s: SheetSnapshot, plan: NextYearRows) => appliedGrids(s, plan).values;

function asSnapshot(name: string, g: Grids): SheetSnapshot {
  const width = Math.max(...g.values.map((r) => r?.length ?? 0));
  const pad = <T,>(rows: T[][], empty: T) => Array.from({ length: g.values.length }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? empty));
  return snapshotFromRows(name, pad(g.values, null), { texts: pad(g.texts, ""), numberFormats: pad(g.formats, "General"), merges: g.merges });
}

/** Every cell of the sheet before, where it is after: unchanged. */
function expectNoCellChanged(before: SheetSnapshot, after: CellValue[][], plan: NextYearRows) {
  const rowOf = (row: number) => afterInserts(row, plan.insertRows ?? []);
  const colOf = (col: number) => afterInserts(col, plan.insertColumns ?? []);
  grid(before).forEach((cells, r) => {
    cells?.forEach((v, c) => {
      if (v !== null && v !== "") expect([r + 1, c + 1, after[rowOf(r + 1) - 1]?.[colOf(c + 1) - 1]]).toEqual([r + 1, c + 1, v]);
    });
  });
  // the new cells only where nothing was
  const taken = new Set<string>();
  grid(before).forEach((cells, r) => cells?.forEach((v, c) => v !== null && v !== "" && taken.add(`${rowOf(r + 1)}:${colOf(c + 1)}`)));
  for (const c of plan.cells) expect([c.row, c.col, taken.has(`${c.row}:${c.col}`)]).toEqual([c.row, c.col, false]);
}

describe.each(["KPI", "Webサイト貼付"])("the sample's %s sheet", (sheetName) => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    const sheets = await readWorkbookBytes(readFileSync(join(__dirname, "../../../assets/sample-kpi.xlsx")), "sample-kpi.xlsx");
    sheet = sheets.find((s) => s.sheetName === sheetName)!;
  });

  it("gets a 2025年度 block of the six 2024 KPIs, no existing cell changed, and the copy checks cleanly", () => {
    const before = checkSheet(sheet, { asOf: AS_OF });
    const plan = planNextYear(before, sheet) as NextYearRows;
    expect(plan).toMatchObject({ fiscalYear: 2025, fromYear: 2024, kpis: 6 });
    const after = appliedGrids(sheet, plan);
    expectNoCellChanged(sheet, after.values, plan);

    const checked = checkSheet(asSnapshot(sheetName, after), { asOf: AS_OF });
    expect(checked.layout).toBe(before.layout);
    const y2025 = checked.kpis.filter((k) => k.fiscalYear === 2025);
    const y2024 = before.kpis.filter((k) => k.fiscalYear === 2024);
    expect(y2025.map((k) => [k.no, k.title, k.target, k.result])).toEqual(y2024.map((k) => [k.no, k.title, k.target, ""]));
    // the earlier years read as before
    const key = (k: { fiscalYear: number | null; no: number | null; title: string; target: string; result: string; status: string }) =>
      [k.fiscalYear, k.no, k.title, k.target, k.result, k.status].join("|");
    expect(checked.kpis.filter((k) => k.fiscalYear !== 2025).map(key)).toEqual(before.kpis.map(key));
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
    // each 2025 KPI continues its 2024 series
    for (const k of y2025) {
      const series = checked.series.find((s) => s.points.some((p) => p.fiscalYear === 2025 && p.row === k.row))!;
      expect(series.points.map((p) => p.fiscalYear).slice(-2)).toEqual([2024, 2025]);
    }
  });
});

describe("where the rows go", () => {
  const header = ["年度", "No", "取組項目", "目標", "結果"];

  it("a table: after its last row, the results empty, the year in its own notation", () => {
    const s = snapshotFromRows("KPI", [header, ["令和5年度", 1, "研修の実施", "年4回以上", "5回"], ["令和5年度", 2, "アンケート", "回答数:200件", "208件"]]);
    const plan = planNextYear(checkSheet(s, { asOf: AS_OF }), s) as NextYearRows;
    expect(plan.rows).toEqual({ top: 4, bottom: 5 });
    expect(plan.insertRows).toBeUndefined();
    expect(plan.cells.filter((c) => c.row === 4).map((c) => c.value)).toEqual(["令和6年度", 1, "研修の実施", "年4回以上", null]);
    expect(plan.cells[0].formatFrom).toEqual({ row: 2, col: 1 });
  });

  it("a title header merged over a category and a name column: both columns go on to the new rows", () => {
    const rows = [
      ["年度", "No", "取組項目", "", "目標", "結果"],
      ["2024年度", 1, "お客さま満足", "アンケート満足度", "90%以上", "92%"],
      ["2024年度", 2, "人材育成", "資格取得者数", "3名以上", "4名"],
    ];
    const s = snapshotFromRows("KPI", rows, { merges: [{ top: 1, left: 3, bottom: 1, right: 4 }] });
    const before = checkSheet(s, { asOf: AS_OF });
    expect(before.kpis.map((k) => k.title)).toEqual(["お客さま満足 アンケート満足度", "人材育成 資格取得者数"]);
    const plan = planNextYear(before, s) as NextYearRows;
    expect(plan.cells.filter((c) => c.row === 4).map((c) => c.value)).toEqual(["2025年度", 1, "お客さま満足", "アンケート満足度", "90%以上", null]);
    const again = checkSheet(asSnapshot("KPI", appliedGrids(s, plan)), { asOf: AS_OF });
    expect(again.kpis.filter((k) => k.fiscalYear === 2025).map((k) => k.title)).toEqual(["お客さま満足 アンケート満足度", "人材育成 資格取得者数"]);
  });

  it("an Excel Table with a totals row: refused (the rows would go below the totals), naming the table's range", () => {
    const rows = [header, ["2024年度", 1, "研修の実施", "年4回以上", ""], ["2024年度", 2, "アンケート", "回答数:200件", ""], ["合計", "", "", "", ""]];
    const s = snapshotFromRows("KPI", rows, { table: { name: "KPI表", top: 1, left: 1, bottom: 4, right: 5, totalsRow: true } });
    expect(planNextYear(checkSheet(s, { asOf: AS_OF }), s)).toEqual({ code: "next-year-no-space", range: "A1:E4" });
  });

  it("a table in an Excel Table: the table is extended over the new rows", () => {
    const rows = [header, ["2024年度", 1, "研修の実施", "年4回以上", ""], ["2024年度", 2, "アンケート", "回答数:200件", ""]];
    const s = snapshotFromRows("KPI", rows, { table: { name: "KPI表", top: 1, left: 1, bottom: 3, right: 5 } });
    const plan = planNextYear(checkSheet(s, { asOf: AS_OF }), s) as NextYearRows;
    expect(plan.extendTable).toEqual({ name: "KPI表", ref: { top: 1, left: 1, bottom: 5, right: 5 } });
  });

  it("a blocks sheet, oldest year first: the new section after the last one", () => {
    const s = snapshotFromRows("Web", [
      ["2023年度", "", "", ""],
      [1, "研修の実施", "", ""],
      ["目標", "年4回以上", "結果(2023年度)", "5回"],
      ["2024年度", "", "", ""],
      [1, "研修の実施", "", ""],
      ["目標", "年4回以上", "結果(2024年度)", "4回"],
    ]);
    const result = checkSheet(s, { asOf: AS_OF });
    expect(result.layout).toBe("blocks");
    const plan = planNextYear(result, s) as NextYearRows;
    expect(plan.insertRows).toBeUndefined();
    expect(plan.rows).toEqual({ top: 7, bottom: 9 });
    const after = applied(s, plan);
    expect(after.slice(6)).toEqual([["2025年度"], [1, "研修の実施"], ["目標", "年4回以上", "結果(2025年度)", null]]);
    expectNoCellChanged(s, after, plan);
  });

});

/** The KPIs as a reviewer compares them: year, No, title, target, result, status. */
const key = (k: { fiscalYear: number | null; no: number | null; title: string; target: string; result: string; status: string }) =>
  [k.fiscalYear, k.no, k.title, k.target, k.result, k.status].join("|");

describe("every layout of kpi-rules.md §1 (the layout fixtures)", () => {
  const dir = join(__dirname, "../../fixtures/layouts/workbooks");
  const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  const cases: [string, string][] = [];
  let books: Map<string, SheetSnapshot[]>;
  beforeAll(async () => {
    books = new Map();
    for (const f of files) books.set(f, await readWorkbookBytes(readFileSync(join(dir, f)), f));
  });
  /** Sheets where the rows below the table are taken (notes, a totals row, a second table): refused, naming them. */
  const REFUSED: Record<string, string> = {
    "table-carried-year.xlsx": "A17:F21",
    "table-listobject.xlsx": "A4:I13",
    "table-second-table.xlsx": "A8:F11",
  };
  for (const f of files) cases.push([f, f.replace(/\.xlsx$/, "")]);

  it.each(Object.entries(REFUSED))("%s: refused, the taken range %s named", (file, range) => {
    const plans = books.get(file)!.map((x) => planNextYear(checkSheet(x, { asOf: AS_OF }), x));
    expect(plans).toContainEqual({ code: "next-year-no-space", range });
  });

  it.each(cases)("%s: the next year's KPIs added, no existing cell changed, the copy checks cleanly", (file) => {
    const sheets = books.get(file)!;
    const checked = sheets.map((s) => ({ s, r: checkSheet(s, { asOf: AS_OF }) })).filter((x) => x.r.kpis.length > 0);
    expect(checked.length).toBeGreaterThan(0);
    for (const { s, r: before } of checked) {
      const plan = planNextYear(before, s, { sheets: sheets.map((x) => x.sheetName) });
      // a cover sheet's contents (`No | 項目 | 内容`: KPIs of no year, without target nor result): nothing to prepare
      if (before.kpis.every((k) => k.fiscalYear === null && k.target === "" && k.result === "")) {
        expect(plan).toEqual({ code: "next-year-no-kpis" });
        continue;
      }
      if (file in REFUSED && !("cells" in plan)) continue;
      // an older year's sheet of a workbook with one sheet per year: the next year's sheet is there already
      if (!("cells" in plan) && plan.code === "next-year-exists") {
        expect(sheets.some((x) => x !== s && checkSheet(x, { asOf: AS_OF }).kpis.some((k) => k.fiscalYear === plan.fiscalYear))).toBe(true);
        continue;
      }
      if (!("cells" in plan)) throw new Error(`${file} ${s.sheetName}: refused ${JSON.stringify(plan)}`);
      const from = plan.fromYear;
      const latest = before.kpis.filter((k) => k.fiscalYear === from);
      let after: SheetSnapshot;
      if (plan.newSheet) {
        expect(plan.sheet).not.toBe(s.sheetName);
        after = asSnapshot(plan.sheet, appliedGrids(snapshotFromRows(plan.sheet, [[null]]), plan));
      } else {
        const g = appliedGrids(s, plan);
        expectNoCellChanged(s, g.values, plan);
        after = asSnapshot(s.sheetName, g);
      }
      const again = checkSheet(after, { asOf: AS_OF });
      expect([file, again.layout]).toEqual([file, before.layout]);
      const isNew = (k: (typeof latest)[number]) => (plan.newSheet ? true : k.row >= plan.rows.top && k.row <= plan.rows.bottom) || before.layout === "transposed" || before.layout === "wide" || before.layout === "two-row-header";
      const added = again.kpis.filter((k) => k.fiscalYear === plan.fiscalYear && isNew(k));
      expect(added.every((k) => k.result === "")).toBe(true);
      // next-target tables: the new rows' target is the row's next target (the record of year + 1), else this year's
      const targetOf = (k: (typeof latest)[number]) => before.kpis.find((n) => n.row === k.row && n.fiscalYear === from + 1)?.target || k.target;
      const sourceKpis = before.layout === "next-target" ? before.kpis.filter((k) => k.fiscalYear === plan.fromYear && k.record.fields.result) : latest;
      expect(added.map((k) => [k.no, k.title, k.target])).toEqual(sourceKpis.map((k) => [k.no, k.title, targetOf(k)]));
      expect(plan.kpis).toBe(sourceKpis.length);
      if (!plan.newSheet) {
        // the earlier years read as before (a next-target row's next target gives way to the new row of that year)
        const earlier = (ks: typeof latest) => ks.filter((k) => k.fiscalYear !== null && k.fiscalYear <= from && (before.layout !== "next-target" || k.record.fields.result)).map(key);
        expect(earlier(again.kpis)).toEqual(earlier(before.kpis));
      }
      expect(again.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([]);
    }
  });
});

describe("a year in the sheet's name: a new sheet", () => {
  const rows = [["KPI一覧"], [], ["No", "取組項目", "目標", "結果"], [1, "研修の実施", "年4回以上", "5回"]];

  it.each([
    ["2024年度", ["2023年度", "2024年度"], "2025年度"],
    ["R6", ["R5", "R6"], "R7"],
    ["令和6年度 KPI", ["令和6年度 KPI"], "令和7年度 KPI"],
  ])("sheet %s among %j: the new sheet is %s", (name, sheets, expected) => {
    const s = snapshotFromRows(name, rows);
    const plan = planNextYear(checkSheet(s, { asOf: AS_OF }), s, { sheets }) as NextYearRows;
    expect([plan.sheet, plan.newSheet, plan.fiscalYear]).toEqual([expected, { copyOf: name }, 2025]);
  });

  it.each([
    ["2024年度", ["2024年度", "2025年度"], 2025],
    ["2023年度", ["2023年度", "R6"], 2024],
  ])("sheet %s among %j: refused, the next year's sheet is there", (name, sheets, next) => {
    const s = snapshotFromRows(name, rows);
    expect(planNextYear(checkSheet(s, { asOf: AS_OF }), s, { sheets })).toEqual({ code: "next-year-exists", fiscalYear: next });
  });
});

describe("a check of several sheets (--all-sheets)", () => {
  it("plans from the KPIs of the sheet given only", async () => {
    const sheets = await readWorkbookBytes(readFileSync(join(__dirname, "../../fixtures/layouts/workbooks/sheet-per-year.xlsx")), "sheet-per-year.xlsx");
    const all = checkWorkbook(sheets, { asOf: AS_OF })!;
    expect(all.sheets?.length).toBeGreaterThan(1);
    const latest = sheets.find((s) => s.sheetName === "R6")!;
    const plan = planNextYear(all, latest, { sheets: sheets.map((s) => s.sheetName) }) as NextYearRows;
    expect(plan).toMatchObject({ sheet: "R7", fiscalYear: 2025, fromYear: 2024, kpis: all.kpis.filter((k) => k.sheet === "R6").length, newSheet: { copyOf: "R6" } });
  });

  it("plans from the table of the sheet given, where it stands lower than on the first sheet", () => {
    const header = ["No", "取組項目", "目標", "結果"];
    const sheets = [
      snapshotFromRows("R5", [header, [1, "お客様アンケートの収集", "回答数:200件", "208件"], [2, "研修の実施", "年4回以上", "4回"]]),
      snapshotFromRows("R6", [["令和6年度 重要業績評価指標(KPI)"], [], header, [1, "お客様アンケートの収集", "回答数:220件", "230件"], [2, "研修の実施", "年4回以上", "5回"]]),
    ];
    const names = sheets.map((s) => s.sheetName);
    const all = checkWorkbook(sheets, { asOf: AS_OF })!;
    expect(planNextYear(all, sheets[1], { sheets: names })).toEqual(planNextYear(checkSheet(sheets[1], { asOf: AS_OF }), sheets[1], { sheets: names }));
  });
});

describe("nextYearText", () => {
  // two-digit years (`FY24`, `24年度`, `'24`) move on as four-digit ones do

  it.each([
    ["2024年度", "2025年度"],
    ["結果(2024年度)", "結果(2025年度)"],
    ["FY2024", "FY2025"],
    ["令和6年度", "令和7年度"],
    ["R6", "R7"],
    ["お客様アンケートの収集", "お客様アンケートの収集"],
    ["20240", "20240"],
    ["実績(2025年3月末)", "実績(2026年3月末)"],
    ["2024年4月1日～2025年3月31日", "2025年4月1日～2026年3月31日"],
    ["作成：2025年5月", "作成：2025年5月"],
    ["FY24", "FY25"],
    ["24年度", "25年度"],
    ["24年度目標", "25年度目標"],
    ["’24年度", "’25年度"],
    ["'24", "'25"],
    ["FY23", "FY23"],
    ["目標24件", "目標24件"],
  ])("%s → %s", (text, expected) => {
    expect(nextYearText(text, 2024, 2025)).toBe(expected);
  });
});
