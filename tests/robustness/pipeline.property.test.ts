import { fieldCells } from "../../src/core/KpiRecord";
/**
 * The whole pipeline on random sheets (issue 6): table and blocks layouts and noise, with merged cells, hidden
 * rows, Excel errors, dates, booleans, rich text, formulas and numbers as text, anywhere on the sheet. It never
 * throws and every finding's cell lies on the sheet — on snapshots (fast, many cases) and, for a few dozen, through
 * real .xlsx bytes written by exceljs and read back by readXlsx. The properties are in _support/properties.ts,
 * shared with `npm run fuzz`.
 */
import fc from "fast-check";
import { checkSheet } from "../../src/core/checkSheet";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { AS_OF } from "./_support/pipeline";
import { PROPERTIES } from "./_support/properties";
import { sheetModel } from "./_support/randomSheet";
import { toSnapshot } from "./_support/renderSheet";
import { addressOf } from "../../src/core/cellAddress";

describe("the pipeline on random sheets", () => {
  it("the generator makes sheets worth checking: most read as a KPI table, in both layouts, with KPIs judged", () => {
    const results = fc.sample(sheetModel, { seed: 66, numRuns: 300 }).map((m) => [m.layout, checkSheet(toSnapshot(m), { asOf: AS_OF })] as const);
    const read = (layout: string) => results.filter(([l, r]) => l === layout && r.layout !== null && r.kpis.length > 0).length;
    expect(read("table")).toBeGreaterThan(40);
    expect(read("blocks")).toBeGreaterThan(40);
    expect(new Set(results.flatMap(([, r]) => r.kpis.map((k) => k.status))).size).toBeGreaterThanOrEqual(5);
  });

  it("snapshots: never throws, and every cell it points at lies on the sheet", () => {
    fc.assert(PROPERTIES["pipeline-snapshot"](), { seed: 66, numRuns: 1500 });
  });

  it("real .xlsx files: never throws, and every cell it points at lies on the sheet it read", async () => {
    await fc.assert(PROPERTIES["pipeline-xlsx"](), { seed: 66, numRuns: 36 });
  }, 120_000);
});

// A `No` or label cell (or its merge) at the block's right edge has no value cell: the record and its findings
// never point past the sheet's block.
describe("a blocks-layout label or No at the right edge", () => {
  it.each([
    ["a No cell merged to the right edge", [["2023年度", null, null, null], [1, null, null, null], ["対象", "お客様"], ["目標", "回答数:200件", "結果(2023年度)", "208件"]], [{ top: 2, left: 1, bottom: 2, right: 4 }]],
    ["a No in the last column", [["2023年度"], [null, null, null, 1], ["対象", "お客様"], ["目標", "回答数:200件", "結果(2023年度)", "208件"]], []],
    ["a 対象 label merged to the right edge", [["2023年度"], [1, "お客様アンケートの収集"], ["対象"], ["目標", "回答数:200件", "結果(2023年度)", "208件"]], [{ top: 3, left: 1, bottom: 3, right: 4 }]],
  ])("%s: the record's cells and its findings stay on the sheet", (_, rows, merges) => {
    const result = checkSheet(snapshotFromRows("KPI", rows, { merges }), { asOf: AS_OF });
    expect(result.layout).toBe("blocks");
    const cells = [...fieldCells(result.kpis[0].record).map(([, c]) => addressOf(c)), ...result.findings.map((f) => f.cell)];
    expect(cells.filter((c) => c !== null && /^E/.test(c))).toEqual([]);
  });
});

// A crafted cell of a few MB (Excel itself stops a cell at 32,767 characters) can hold ~150,000+ components and as
// many findings: collecting them must not overflow the stack.
describe("a target with hundreds of thousands of components", () => {
  it("is judged without overflowing the stack", () => {
    const rows = [["年度", "No", "取組項目", "目標", "結果"], ["2023年度", 1, "取組", "回答数:200件 ".repeat(300_000), "208件"]];
    expect(() => checkSheet(snapshotFromRows("KPI", rows), { asOf: AS_OF })).not.toThrow();
  });
});
