import type { WorkbookInfo } from "../../../src/core/WorkbookPort";
import type { SheetWrite, WorkbookPatch } from "../../../src/core/WorkbookPatch";
import { opBytes, packBatches } from "../../../src/excel/_lib/packBatches";
import type { PatchOp } from "../../../src/excel/_lib/PatchOp";
import { planPatch, widthToPoints } from "../../../src/excel/_lib/planPatch";

const info: WorkbookInfo = {
  sheets: ["KPI", "開示用", "メモ"],
  activeSheet: "KPI",
  names: [{ name: "KpiCheck_Disclosure", ref: "='開示用'!$A$1" }],
  tables: [],
  sheetProtected: false,
  structureProtected: false,
};

function sheet(extra: Partial<SheetWrite> = {}): SheetWrite {
  return { kind: "replace-sheet", name: "開示用", cells: [], merges: [], columnWidths: {}, rowHeights: {}, ownerName: "KpiCheck_Disclosure", ownerRef: "'開示用'!$A$1", ...extra };
}

const kinds = (ops: PatchOp[]) => ops.map((o) => o.kind);

describe("planPatch: the order of the steps", () => {
  it("empties the old owned sheet in place (no delete, no position: both clear undo), re-marks it, then writes", () => {
    const ops = planPatch({ sheets: [sheet({ replaces: "開示用", cells: [{ row: 1, col: 1, value: "2024年度" }] })] }, info);
    expect(kinds(ops)).toEqual(["reset-sheet", "delete-name", "add-name", "number-formats", "values"]);
    expect(ops[0]).toEqual({ kind: "reset-sheet", sheet: "開示用", tables: [] });
  });

  it("renames the owned sheet when the plan gives it another name, and drops its old tables first", () => {
    const withTable = { ...info, tables: [{ name: "KpiCheckFindings", sheet: "開示用" }] };
    const ops = planPatch({ sheets: [sheet({ replaces: "開示用", name: "Disclosure" })] }, withTable);
    expect(ops[0]).toEqual({ kind: "reset-sheet", sheet: "開示用", rename: "Disclosure", tables: ["KpiCheckFindings"] });
  });

  it("deletes the replaced sheet's old charts by name (clearing cells leaves charts), and only that sheet's", () => {
    const withCharts = { ...info, charts: [{ name: "KpiCheckTrend1", sheet: "開示用" }, { name: "売上グラフ", sheet: "メモ" }] };
    const ops = planPatch({ sheets: [sheet({ replaces: "開示用" })] }, withCharts);
    expect(ops[0]).toEqual({ kind: "reset-sheet", sheet: "開示用", tables: [], charts: ["KpiCheckTrend1"] });
  });

  it("adds the planned charts after the sheet's layout (they are placed over cells already sized)", () => {
    const chart = { name: "KpiCheckTrend1", title: "回答数", source: { top: 2, left: 1, bottom: 5, right: 3 }, at: { top: 1, left: 8, bottom: 11, right: 14 }, series: [] };
    const ops = planPatch({ sheets: [sheet({ columnWidths: { 1: 10 }, rowHeights: { 1: 20 }, charts: [chart] })] }, info);
    expect(kinds(ops)).toEqual(["add-sheet", "delete-name", "add-name", "column-width", "row-height", "add-chart"]);
    expect(ops[5]).toEqual({ kind: "add-chart", sheet: "開示用", chart });
  });

  it("deletes nothing that the workbook no longer has", () => {
    const ops = planPatch({ sheets: [sheet({ replaces: "消えたシート", ownerName: "KpiCheck_Other" })] }, info);
    expect(kinds(ops)).toEqual(["add-sheet", "add-name"]);
  });

  it("sets number formats before values, and values before formats, merges and sizes", () => {
    const ops = planPatch(
      {
        sheets: [
          sheet({
            cells: [{ row: 1, col: 1, value: "x", format: { numberFormat: "@", fill: "#FFFFFF" } }],
            merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
            columnWidths: { 1: 10 },
          }),
        ],
      },
      info,
    );
    const order = kinds(ops).filter((k) => ["number-formats", "values", "format", "merge", "column-width"].includes(k));
    expect(order).toEqual(["number-formats", "values", "format", "merge", "column-width"]);
  });

  it("groups cells of one look into one step over many areas", () => {
    const cells = Array.from({ length: 100 }, (_, i) => ({ row: i * 2 + 1, col: 1, value: i, format: { fill: "#C6EFCE" } }));
    const formats = planPatch({ sheets: [sheet({ cells })] }, info).filter((o) => o.kind === "format");
    expect(formats).toHaveLength(1);
    expect(formats[0].kind === "format" && formats[0].addresses).toHaveLength(100);
  });

  it("merges single-row merges of the same columns in adjacent rows with one 'merge across'", () => {
    const merges = [1, 2, 3, 7].map((row) => ({ top: row, left: 1, bottom: row, right: 5 }));
    const ops = planPatch({ sheets: [sheet({ merges })] }, info).filter((o) => o.kind === "merge");
    expect(ops).toEqual([
      { kind: "merge", sheet: "開示用", address: "A1:E3", across: true },
      { kind: "merge", sheet: "開示用", address: "A7:E7", across: true },
    ]);
  });

  it("sets row heights and column widths by value, many rows at once", () => {
    const ops = planPatch({ sheets: [sheet({ rowHeights: { 2: 30, 3: 30, 5: 30, 6: 18 }, columnWidths: { 1: 6, 2: 20, 3: 20 } })] }, info);
    expect(ops.filter((o) => o.kind === "row-height")).toEqual([
      { kind: "row-height", sheet: "開示用", addresses: ["A2:A3", "A5"], points: 30 },
      { kind: "row-height", sheet: "開示用", addresses: ["A6"], points: 18 },
    ]);
    expect(ops.filter((o) => o.kind === "column-width")).toEqual([
      { kind: "column-width", sheet: "開示用", addresses: ["A1"], points: widthToPoints(6) },
      { kind: "column-width", sheet: "開示用", addresses: ["B1:C1"], points: widthToPoints(20) },
    ]);
  });

  it.each([
    ["#'KPI'!G27", "G27", `=HYPERLINK("#'KPI'!G27","G27")`],
    ["https://example.jp/a?b=\"c\"", 'say "hi"', `=HYPERLINK("https://example.jp/a?b=""c""","say ""hi""")`],
    ["#'KPI'!A1", 5, `=HYPERLINK("#'KPI'!A1",5)`],
  ])("writes the link %s on %j as a HYPERLINK formula", (link, value, formula) => {
    const ops = planPatch({ sheets: [sheet({ cells: [{ row: 1, col: 1, value, hyperlink: link }] })] }, info);
    const values = ops.find((o) => o.kind === "values");
    expect(values?.kind === "values" && values.values[0][0]).toBe(formula);
    expect(ops.some((o) => o.kind === "hyperlink")).toBe(false);
  });

  it("writes the owned column: empties it, extends the table, marks it, writes, sizes it", () => {
    const patch: WorkbookPatch = {
      sheets: [],
      statusLines: [{
        kind: "owned-column",
        sheet: "KPI",
        col: 9,
        header: { row: 1, col: 9, value: "達成状況" },
        cells: [{ row: 2, col: 9, value: "◯ 達成" }],
        clear: { top: 1, bottom: 30 },
        extendTable: "KpiTable",
        ownerName: "KpiCheck_Status",
        ownerRef: "'KPI'!$I$1:$I$2",
        width: 12,
      }],
      select: { sheet: "KPI", cell: "I1" },
    };
    const ops = planPatch(patch, info);
    expect(kinds(ops)).toEqual(["extend-table", "clear", "add-name", "number-formats", "values", "column-width", "select"]);
    expect(ops[1]).toEqual({ kind: "clear", sheet: "KPI", address: "I1:I30" });
    expect(ops[3]).toEqual({ kind: "number-formats", sheet: "KPI", address: "I1:I2", formats: [["@"], ["@"]] });
    expect(ops[4]).toEqual({ kind: "values", sheet: "KPI", address: "I1:I2", values: [["達成状況"], ["◯ 達成"]] });
  });

  it.each([
    ["text", "80%", "@", "80%"],
    ["text the plan formats otherwise", "=1+1", "@", "=1+1"],
    ["a number", 0.6, "0.00%", 0.6],
  ])("uses one mechanism per cell: %s gets number format %j and goes out as %j", (_name, value, format, input) => {
    const cells = [{ row: 1, col: 1, value, format: { numberFormat: typeof value === "number" ? "0.00%" : "General" } }];
    const ops = planPatch({ sheets: [sheet({ cells })] }, info);
    const nf = ops.find((o) => o.kind === "number-formats");
    const values = ops.find((o) => o.kind === "values");
    expect(nf?.kind === "number-formats" && nf.formats[0][0]).toBe(format);
    expect(values?.kind === "values" && values.values[0][0]).toBe(input);
  });

  it("puts a link formula in a General cell even where the plan asks for text: a text cell would show the formula", () => {
    const cells = [{ row: 1, col: 1, value: "G27", hyperlink: "#'KPI'!G27", format: { numberFormat: "@" } }];
    const nf = planPatch({ sheets: [sheet({ cells })] }, info).find((o) => o.kind === "number-formats");
    expect(nf?.kind === "number-formats" && nf.formats[0][0]).toBe("General");
  });
});

describe("packBatches: as few requests as fit the budget, in order", () => {
  const big = (n: number): PatchOp => ({ kind: "values", sheet: "S", address: `A${n}`, values: [["x".repeat(1000)]] });

  it("puts everything in one batch when it fits", () => {
    const ops = Array.from({ length: 10 }, (_, i) => big(i + 1));
    expect(packBatches(ops)).toHaveLength(1);
  });

  it("never lets a batch exceed the budget unless one step alone does, and keeps the order", () => {
    const ops = Array.from({ length: 50 }, (_, i) => big(i + 1));
    const budget = opBytes(ops[0]) * 7 + 10;
    const batches = packBatches(ops, budget);
    expect(batches).toHaveLength(Math.ceil(50 / 7));
    expect(batches.flatMap((b) => b.ops)).toEqual(ops);
    for (const b of batches) expect(b.bytes).toBeLessThanOrEqual(budget);
  });
});
