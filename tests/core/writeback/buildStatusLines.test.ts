import { KPI_STATUSES, type KpiStatus } from "../../../src/core/KpiStatus";
import type { CellValue, SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import type { CheckResult } from "../../../src/core/CheckResult";
import type { ColumnWrite } from "../../../src/core/WorkbookPatch";
import { buildStatusLines } from "../../../src/core/writeback/buildStatusLines";
import type { WriteOptions } from "../../../src/core/writeback/WriteOptions";
import type { ExistingWorkbook } from "../../../src/core/writeback/WriteOptions";
import { colourFamily, readTsv } from "./_support/fixtures";
import { tableCheckResult } from "./_support/tableCheckResult";
import { writebackLabels } from "../../../src/i18n/writeback";

const HEADER = ["年度", "No", "取組項目", "目標", "結果"];

/** A table-layout KPI sheet: the header, one KPI per row, and extra cells right of it (`extra[row] = [col, value]`). */
function sheet(statuses: KpiStatus[], extra: [number, number, CellValue][] = [], table = false) {
  const rows: CellValue[][] = [[...HEADER], ...statuses.map((_, i) => ["2023年度", i + 1, `取組${i + 1}`, "80%以上", "85%"])];
  for (const [r, c, v] of extra) {
    while (rows[r - 1].length < c) rows[r - 1].push(null);
    rows[r - 1][c - 1] = v;
  }
  const width = Math.max(...rows.map((r) => r.length));
  const snapshot: SheetSnapshot = snapshotFromRows("KPI", rows.map((r) => [...r, ...new Array(width - r.length).fill(null)]), {
    table: table ? { name: "KpiTable", top: 1, left: 1, bottom: statuses.length + 1, right: 5 } : undefined,
  });
  const result = tableCheckResult(statuses);
  return { result, snapshot };
}

/** The one status column of a table-layout sheet. */
const buildStatusColumn = (result: CheckResult, options: WriteOptions): ColumnWrite | undefined =>
  buildStatusLines(result, options).find((l): l is ColumnWrite => l.kind === "owned-column");

const existing = (snapshot: SheetSnapshot, definedNames: Record<string, string> = {}): ExistingWorkbook => ({
  sheetNames: ["KPI"],
  definedNames,
  kpiSheet: snapshot,
});

describe("buildStatusLines, table layout: where the status column goes and what it is called", () => {
  it.each([
    { rule: "right of the KPI table", extra: [], names: {}, col: 6, header: "達成状況" },
    { rule: "past a user column headed 達成状況, under another name", extra: [[1, 6, "達成状況"], [2, 6, "達成"]], names: {}, col: 7, header: "達成状況 (2)" },
    { rule: "past a column holding the user's notes", extra: [[3, 6, "メモ"]], names: {}, col: 7, header: "達成状況" },
    { rule: "past two user columns, the second named 達成状況 (2)", extra: [[1, 6, "達成状況"], [1, 7, "達成状況 (2)"]], names: {}, col: 8, header: "達成状況 (3)" },
    { rule: "where the add-in's column already is (its defined name)", extra: [[1, 8, "達成状況"]], names: { KpiCheck_Status: "'KPI'!$H$1:$H$4" }, col: 8, header: "達成状況" },
    { rule: "in place even when Excel writes the name with = and no quotes", extra: [[1, 9, "達成状況"]], names: { KpiCheck_Status: "=KPI!$I$1:$I$4" }, col: 9, header: "達成状況" },
    { rule: "past its earlier column when the user wrote over it (their header there)", extra: [[1, 8, "メモ"], [2, 8, "確認済"]], names: { KpiCheck_Status: "'KPI'!$H$1:$H$4" }, col: 6, header: "達成状況" },
    { rule: "not where another sheet's status column is", extra: [], names: { KpiCheck_Status: "'Other'!$F$1:$F$9" }, col: 6, header: "達成状況" },
  ] as { rule: string; extra: [number, number, CellValue][]; names: Record<string, string>; col: number; header: string }[])(
    "goes $rule (column $col, headed $header)",
    ({ extra, names, col, header }) => {
      const { result, snapshot } = sheet(["met", "not_met", "pending"], extra);
      const column = buildStatusColumn(result, { labels: writebackLabels("ja"), existing: existing(snapshot, names) })!;
      expect(column.col).toBe(col);
      expect(column.header).toMatchObject({ row: 1, col, value: header });
      expect(column.cells.map((c) => [c.row, c.col])).toEqual([[2, col], [3, col], [4, col]]);
    },
  );

  it("never names a cell the user wrote", () => {
    const extra: [number, number, CellValue][] = [[1, 6, "達成状況"], [2, 6, "x"], [4, 7, "y"], [3, 8, 0]];
    const { result, snapshot } = sheet(["met", "met", "met"], extra);
    const column = buildStatusColumn(result, { labels: writebackLabels("ja"), existing: existing(snapshot) })!;
    const userCells = new Set(extra.map(([r, c]) => `${r}/${c}`));
    for (const c of [column.header, ...column.cells]) expect(userCells.has(`${c.row}/${c.col}`)).toBe(false);
    expect(column.col).toBe(9);
  });

  it("reuses its own marker name and empties the rows it wrote before", () => {
    const { result, snapshot } = sheet(["met"], [[1, 6, "達成状況"]]);
    const column = buildStatusColumn(result, { labels: writebackLabels("ja"), existing: existing(snapshot, { KpiCheck_Status: "'KPI'!$F$1:$F$30" }) })!;
    expect(column).toMatchObject({ col: 6, ownerName: "KpiCheck_Status", clear: { top: 1, bottom: 30 }, ownerRef: "'KPI'!$F$1:$F$2" });
  });

  it("takes a new marker name when another sheet holds KpiCheck_Status", () => {
    const { result, snapshot } = sheet(["met"]);
    const column = buildStatusColumn(result, { labels: writebackLabels("ja"), existing: existing(snapshot, { KpiCheck_Status: "'Other'!$F$1:$F$9" }) })!;
    expect(column.ownerName).toBe("KpiCheck_Status2");
    expect(column.clear).toBeUndefined();
  });

  it.each([
    { rule: "extends the KPI range's Excel Table when right next to it", extra: [], extend: "KpiTable" },
    { rule: "does not extend the Table when a user column sits between", extra: [[2, 6, "メモ"]], extend: undefined },
  ] as { rule: string; extra: [number, number, CellValue][]; extend?: string }[])("$rule", ({ extra, extend }) => {
    const { result, snapshot } = sheet(["met", "partial"], extra, true);
    expect(buildStatusColumn(result, { labels: writebackLabels("ja"), existing: existing(snapshot) })!.extendTable).toBe(extend);
  });

  it("is headed Status in English", () => {
    const { result, snapshot } = sheet(["met"]);
    expect(buildStatusColumn(result, { labels: writebackLabels("en"), existing: existing(snapshot) })!.header.value).toBe("Status");
  });

  it("is left out when the sheet has no KPI range", () => {
    const { result, snapshot } = sheet([]);
    expect(buildStatusColumn({ ...result, range: null, kpis: [] }, { labels: writebackLabels("ja"), existing: existing(snapshot) })).toBeUndefined();
  });
});

describe("buildStatusLines, table layout: each status cell shows its mark and word, filled by status (disclosure-output §1)", () => {
  const cases = readTsv("status-cells.tsv");

  it("covers every status", () => {
    expect(cases.map((c) => c.status).sort()).toEqual([...KPI_STATUSES].sort());
  });

  it.each(cases)("$status: $text, $fill fill", ({ status, text, fill }) => {
    const { result, snapshot } = sheet([status as KpiStatus]);
    const cell = buildStatusColumn(result, { labels: writebackLabels("ja"), existing: existing(snapshot) })!.cells[0];
    expect(cell.value).toBe(text);
    expect(colourFamily(cell.format?.fill)).toBe(fill);
    expect(cell.format?.numberFormat).toBe("@");
  });
});
