import { checkSheet } from "../../../src/core/checkSheet";
import { checkWorkbook } from "../../../src/core/checkWorkbook";
import type { CellValue, SheetSnapshot } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import type { ColumnWrite, RowWrite, StatusLineWrite } from "../../../src/core/WorkbookPatch";
import { buildStatusLines } from "../../../src/core/writeback/buildStatusLines";
import { writebackLabels } from "../../../src/i18n/writeback";
import { AGENCY_SHAPES, AS_OF } from "../../fixtures/layouts/agencyShapes";

/** An agency shape as the reader gets it, with extra cells (`[row, col, value]`) typed by the user. */
function shapeSnapshot(name: string, extra: [number, number, CellValue][] = []): SheetSnapshot {
  const shape = AGENCY_SHAPES.find((s) => s.name === name)!;
  const rows = shape.rows.map((r) => [...r]);
  for (const [r, c, v] of extra) {
    while (rows.length < r) rows.push([]);
    while (rows[r - 1].length < c) rows[r - 1].push(null);
    rows[r - 1][c - 1] = v;
  }
  const width = Math.max(...rows.map((r) => r.length));
  const filled = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  return snapshotFromRows(shape.sheetName, filled, { merges: shape.merges, table: shape.table });
}

function linesOf(snapshot: SheetSnapshot, definedNames: Record<string, string> = {}, lang: "ja" | "en" = "ja"): StatusLineWrite[] {
  const result = checkSheet(snapshot, { asOf: AS_OF, definedNames });
  return buildStatusLines(result, { labels: writebackLabels(lang), existing: { sheetNames: [snapshot.sheetName], definedNames, kpiSheet: snapshot } });
}

/** The defined names after a plan is applied (the names of the lines written, without those given up). */
function namesAfter(lines: StatusLineWrite[], before: Record<string, string> = {}): Record<string, string> {
  const names = { ...before };
  for (const l of lines) {
    if (l.kind === "release-line") delete names[l.ownerName];
    else names[l.ownerName] = l.ownerRef;
  }
  return names;
}

const columns = (lines: StatusLineWrite[]) => lines.filter((l): l is ColumnWrite => l.kind === "owned-column");
const rows = (lines: StatusLineWrite[]) => lines.filter((l): l is RowWrite => l.kind === "owned-row");

describe("status lines, wide table (disclosure-output.md §1): one owned column per fiscal year", () => {
  const snapshot = shapeSnapshot("wide-years-across-columns");
  const lines = linesOf(snapshot);

  it("puts 達成状況(2022年度), (2023年度), (2024年度) right of the table, left to right, each under its own name", () => {
    expect(columns(lines).map((c) => [c.col, c.header.value, c.ownerName, c.ownerRef])).toEqual([
      [9, "達成状況(2022年度)", "KpiCheck_Status_2022", "'KPI推移'!$I$1:$I$3"],
      [10, "達成状況(2023年度)", "KpiCheck_Status_2023", "'KPI推移'!$J$1:$J$3"],
      [11, "達成状況(2024年度)", "KpiCheck_Status_2024", "'KPI推移'!$K$1:$K$3"],
    ]);
  });

  it("shows each year's status on the KPI's row", () => {
    expect(columns(lines).map((c) => c.cells.map((w) => [w.row, w.value]))).toEqual([
      [[2, "◯ 達成"], [3, "◯ 達成"]],
      [[2, "× 未達成"], [3, "◯ 達成"]],
      [[2, "◯ 達成"], [3, "! 結果未入力"]],
    ]);
  });

  it("colours each year's result cells by that year's column", () => {
    expect(columns(lines).map((c) => [c.resultFormat?.ref, c.resultFormat?.rules[0].formula])).toEqual([
      ["D2:D3", 'LEFT($I2,1)="◯"'],
      ["F2:F3", 'LEFT($J2,1)="◯"'],
      ["H2:H3", 'LEFT($K2,1)="◯"'],
    ]);
  });

  it("rewrites the same columns in place on a re-run, never a second copy", () => {
    const names = namesAfter(lines);
    const again = linesOf(snapshot, names);
    expect(again.map((l) => l.kind)).toEqual(["owned-column", "owned-column", "owned-column"]);
    expect(columns(again).map((c) => [c.col, c.ownerName, c.clear])).toEqual([
      [9, "KpiCheck_Status_2022", { top: 1, bottom: 3 }],
      [10, "KpiCheck_Status_2023", { top: 1, bottom: 3 }],
      [11, "KpiCheck_Status_2024", { top: 1, bottom: 3 }],
    ]);
    expect(namesAfter(again, names)).toEqual(names);
  });

  it("gives up the column of a year no longer on the sheet (emptied, its name deleted)", () => {
    const names = { ...namesAfter(lines), KpiCheck_Status_2021: "'KPI推移'!$L$1:$L$3" };
    const again = linesOf(snapshot, names);
    expect(again.filter((l) => l.kind === "release-line")).toEqual([
      { kind: "release-line", sheet: "KPI推移", ownerName: "KpiCheck_Status_2021", clear: { top: 1, left: 12, bottom: 3, right: 12 } },
    ]);
    expect(again[0].kind).toBe("release-line");
  });

  it("leaves a user column headed 達成状況(2022年度) alone: the add-in's goes past it under another header", () => {
    const withUser = shapeSnapshot("wide-years-across-columns", [[1, 9, "達成状況(2022年度)"], [2, 9, "〇"]]);
    const user = linesOf(withUser);
    expect(columns(user).map((c) => [c.col, c.header.value])).toEqual([
      [10, "達成状況(2022年度) (2)"],
      [11, "達成状況(2023年度)"],
      [12, "達成状況(2024年度)"],
    ]);
  });

  it("moves the one column of an earlier version (KpiCheck_Status) to a column per year", () => {
    const old = { KpiCheck_Status: "'KPI推移'!$I$1:$I$3" };
    const withOld = shapeSnapshot("wide-years-across-columns", [[1, 9, "達成状況(2024年度)"], [2, 9, "◯ 達成"], [3, 9, "! 結果未入力"]]);
    const again = linesOf(withOld, old);
    expect(again[0]).toMatchObject({ kind: "release-line", ownerName: "KpiCheck_Status" });
    expect(columns(again).map((c) => c.col)).toEqual([9, 10, 11]);
  });

  it("gives back a column the user wrote over (their header in its header cell): read as data, its cells kept", () => {
    // staff typed the next year's columns where the add-in's columns were
    const names = { KpiCheck_Status_2022: "'KPI推移'!$I$1:$I$3", KpiCheck_Status_2023: "'KPI推移'!$J$1:$J$3", KpiCheck_Status_2024: "'KPI推移'!$K$1:$K$3" };
    const typed: [number, number, CellValue][] = [
      [1, 9, "2025年度目標"], [2, 9, "年間12回以上"], [3, 9, "80%以上"],
      [1, 10, "2025年度実績"], [2, 10, "13回"], [3, 10, "81.0%"],
      [1, 11, "達成状況(2024年度)"], [2, 11, "◯ 達成"], [3, 11, "! 結果未入力"],
    ];
    const over = shapeSnapshot("wide-years-across-columns", typed);
    const result = checkSheet(over, { asOf: AS_OF, definedNames: names });
    expect(result.kpis.filter((k) => k.fiscalYear === 2025).map((k) => k.status)).toEqual(["met", "met"]);
    const again = buildStatusLines(result, { labels: writebackLabels("ja"), existing: { sheetNames: ["KPI推移"], definedNames: names, kpiSheet: over } });
    expect(again.filter((l) => l.kind === "release-line").map((l) => [l.ownerName, l.kind === "release-line" && l.keep])).toEqual([
      ["KpiCheck_Status_2022", true],
      ["KpiCheck_Status_2023", true],
    ]);
    expect(again.slice(0, 2).map((l) => l.kind)).toEqual(["release-line", "release-line"]);
    const written = columns(again);
    expect(written.map((c) => [c.col, c.header.value])).toEqual([
      [11, "達成状況(2024年度)"],
      [12, "達成状況(2022年度)"],
      [13, "達成状況(2023年度)"],
      [14, "達成状況(2025年度)"],
    ]);
    for (const c of written) for (const w of [c.header, ...c.cells]) expect(w.col).toBeGreaterThan(10);
  });

  it("is headed Status (FY2023) in English", () => {
    expect(columns(linesOf(snapshot, {}, "en")).map((c) => c.header.value)[1]).toMatch(/^Status.*2023/);
  });
});

describe("status lines, two-row header and next target: a column per year", () => {
  it("two-row header: one column per year right of the table", () => {
    const lines = columns(linesOf(shapeSnapshot("two-row-header-years-over-target-result")));
    expect(lines.map((c) => [c.col, c.header.value, c.resultFormat?.ref])).toEqual([
      [7, "達成状況(2023年度)", "D3:D4"],
      [8, "達成状況(2024年度)", "F3:F4"],
    ]);
  });

  it("next target: this year's column colours the result, the next year's (no result cell yet) colours nothing", () => {
    const lines = columns(linesOf(shapeSnapshot("next-target")));
    expect(lines.map((c) => [c.col, c.header.value, c.cells.map((w) => w.value), c.resultFormat?.ref])).toEqual([
      [7, "達成状況(2024年度)", ["◯ 達成", "× 未達成"], "E2:E3"],
      [8, "達成状況(2025年度)", ["! 結果未入力"], undefined],
    ]);
  });
});

describe("status lines, transposed table: one owned row per fiscal year below the table", () => {
  const snapshot = shapeSnapshot("transposed");
  const lines = linesOf(snapshot);

  it("puts a row per year after one empty row, labelled in the label column, a cell under each KPI", () => {
    expect(rows(lines).map((r) => [r.row, r.header.col, r.header.value, r.ownerName, r.ownerRef, r.cells.map((c) => [c.col, c.value])])).toEqual([
      [7, 1, "達成状況(2023年度)", "KpiCheck_Status_2023", "'KPI'!$A$7:$D$7", [[2, "◯ 達成"], [3, "◯ 達成"], [4, "× 未達成"]]],
      [8, 1, "達成状況(2024年度)", "KpiCheck_Status_2024", "'KPI'!$A$8:$D$8", [[2, "× 未達成"], [3, "◯ 達成"], [4, "◯ 達成"]]],
    ]);
  });

  it("colours each year's result row by that year's status row", () => {
    expect(rows(lines).map((r) => [r.resultFormat?.ref, r.resultFormat?.rules[0].formula])).toEqual([
      ["B3:D3", 'LEFT(B$7,1)="◯"'],
      ["B5:D5", 'LEFT(B$8,1)="◯"'],
    ]);
  });

  it("rewrites the same rows in place on a re-run", () => {
    const names = namesAfter(lines);
    const again = rows(linesOf(snapshot, names));
    expect(again.map((r) => [r.row, r.ownerName, r.clear])).toEqual([
      [7, "KpiCheck_Status_2023", { left: 1, right: 4 }],
      [8, "KpiCheck_Status_2024", { left: 1, right: 4 }],
    ]);
  });

  it("goes below a footnote under the table, after one empty row", () => {
    const withNote = shapeSnapshot("transposed", [[7, 1, "※ 実績は各年度末時点"]]);
    expect(rows(linesOf(withNote)).map((r) => r.row)).toEqual([9, 10]);
  });
});

describe("status lines, blocks: the status cell beside each result", () => {
  it("one column right of the blocks; the result cells read the status cell on their row", () => {
    const [line] = columns(linesOf(shapeSnapshot("blocks")));
    expect(line.cells.map((c) => [c.row, c.col])).toEqual([[5, 5], [8, 5], [11, 5]]);
    expect([line.resultFormat?.ref, line.resultFormat?.rules[0].formula]).toEqual(["D5:D11", 'LEFT($E5,1)="◯"']);
  });
});

describe("status lines, a 目標 row and a 実績 row per KPI under year columns: the status beside the result", () => {
  // No and 指標 merged over both rows of a KPI, as agencies keep them (tests/fixtures/layouts row-labels-wide)
  const snapshot = snapshotFromRows(
    "KPI推移",
    [
      ["No", "指標", "区分", "2023年度", "2024年度"],
      [1, "お客さまアンケート回答数", "目標", "220件以上", "240件以上"],
      [null, null, "実績", "215件", "251件"],
      [2, "早期更改率", "目標", "85%以上", "85%以上"],
      [null, null, "実績", "84.0%", null],
    ],
    { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }, { top: 4, left: 1, bottom: 5, right: 1 }, { top: 4, left: 2, bottom: 5, right: 2 }] },
  );
  const lines = columns(linesOf(snapshot));

  it.each([
    [2023, 0, [[3, "× 未達成"], [5, "× 未達成"]]],
    [2024, 1, [[3, "◯ 達成"], [5, "! 結果未入力"]]],
  ])("puts FY%i's status on each KPI's 実績 row", (_year, i, cells) => {
    expect(lines[i].cells.map((w) => [w.row, w.value])).toEqual(cells);
  });

  it.each([
    [2023, 0, "D3:D5", 'LEFT($F3,1)="◯"'],
    [2024, 1, "E3:E5", 'LEFT($G3,1)="◯"'],
  ])("colours FY%i's result cells (the 実績 row's), not its targets", (_year, i, ref, formula) => {
    expect([lines[i].resultFormat?.ref, lines[i].resultFormat?.rules[0].formula]).toEqual([ref, formula]);
  });
});

describe("status lines with --all-sheets: every checked sheet gets its own", () => {
  it("writes a status column on each sheet, each under its own name", () => {
    const sheet = (name: string, year: string): SheetSnapshot =>
      snapshotFromRows(name, [
        ["No", "取組項目", "目標", "実績"],
        [1, `${year}の研修`, "年間10回以上", "12回"],
      ]);
    const sheets = [sheet("2023年度", "2023"), sheet("2024年度", "2024")];
    const result = checkWorkbook(sheets, { asOf: AS_OF })!;
    const lines = buildStatusLines(result, {
      labels: writebackLabels("ja"),
      existing: { sheetNames: ["2023年度", "2024年度"], definedNames: {}, kpiSheet: sheets[0], otherKpiSheets: [sheets[1]] },
    });
    expect(columns(lines).map((c) => [c.sheet, c.col, c.ownerName, c.cells.map((w) => w.row)])).toEqual([
      ["2023年度", 5, "KpiCheck_Status", [2]],
      ["2024年度", 5, "KpiCheck_Status2", [2]],
    ]);
    // a sheet whose cells the adapter did not give is not written blind
    const blind = buildStatusLines(result, { labels: writebackLabels("ja"), existing: { sheetNames: ["2023年度", "2024年度"], definedNames: {}, kpiSheet: sheets[0] } });
    expect(blind.map((l) => l.sheet)).toEqual(["2023年度"]);
  });
});
