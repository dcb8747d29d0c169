import type { ColumnWrite, SheetWrite, WorkbookPatch } from "../../../src/core/WorkbookPatch";
import { isEmptyPatch } from "../../../src/core/WorkbookPatch";
import { writablePatch, type WriteProtection } from "../../../src/core/writeback/writablePatch";

/** The status column of a year's sheet, as the write plan gives it. */
function column(sheet: string): ColumnWrite {
  return {
    kind: "owned-column", sheet, col: 8,
    header: { row: 1, col: 8, value: "達成状況" },
    cells: [{ row: 2, col: 8, value: "◯ 達成" }],
    ownerName: `KpiCheck_Status_${sheet}`, ownerRef: `'${sheet}'!$H$1:$H$2`,
  };
}

/** An add-in sheet, written anew (`replaces` absent) or in place of the one of an earlier run. */
function sheet(name: string, replaces?: string): SheetWrite {
  return { kind: "replace-sheet", name, ...(replaces ? { replaces } : {}), cells: [], merges: [], columnWidths: {}, rowHeights: {}, ownerName: `Own_${name}`, ownerRef: `'${name}'!$A$1` };
}

const YEARS = ["2022年度", "2023年度", "2024年度"];
const PLAN: WorkbookPatch = {
  statusLines: YEARS.map(column),
  sheets: [sheet("開示用", "開示用"), sheet("指摘一覧"), sheet("推移", "推移(旧)")],
  select: { sheet: "2022年度", cell: "H1" },
};
const BOOK = [...YEARS, "開示用", "推移(旧)"];
const open: WriteProtection = { protectedSheets: [], structureProtected: false, sheetNames: BOOK };

describe("writablePatch: what protection lets the add-in write, and what it kept back", () => {
  it.each<[string, Partial<WriteProtection>, string[], string[], string[], string[]]>([
    // case, protection, status lines written, sheets written, notWritten, notAdded
    ["nothing protected: the plan as it is", {}, YEARS, ["開示用", "指摘一覧", "推移"], [], []],
    ["a past year's sheet protected: its status left out", { protectedSheets: ["2022年度"] }, ["2023年度", "2024年度"], ["開示用", "指摘一覧", "推移"], ["2022年度"], []],
    ["a protected sheet the plan does not write on: nothing said", { protectedSheets: ["メモ"] }, YEARS, ["開示用", "指摘一覧", "推移"], [], []],
    [
      "the structure protected: the sheet already there written in place, the sheet to add and the one to rename kept back",
      { structureProtected: true }, YEARS, ["開示用"], [], ["指摘一覧", "推移"],
    ],
    [
      "both: each kept back for its own reason",
      { protectedSheets: ["2024年度", "2023年度"], structureProtected: true }, ["2022年度"], ["開示用"], ["2023年度", "2024年度"], ["指摘一覧", "推移"],
    ],
  ])("%s", (_, protection, lines, sheets, notWritten, notAdded) => {
    const out = writablePatch(PLAN, { ...open, ...protection });
    expect(out.patch.statusLines?.map((l) => l.sheet)).toEqual(lines);
    expect(out.patch.sheets.map((s) => s.name)).toEqual(sheets);
    expect(out.notWritten).toEqual(notWritten);
    expect(out.notAdded).toEqual(notAdded);
  });

  it("a sheet of an earlier run that is gone is added, so a protected structure keeps it back", () => {
    const out = writablePatch({ sheets: [sheet("開示用", "開示用")] }, { ...open, structureProtected: true, sheetNames: YEARS });
    expect(out.notAdded).toEqual(["開示用"]);
    expect(isEmptyPatch(out.patch)).toBe(true);
  });

  it.each([
    ["on a sheet kept back", { sheet: "指摘一覧", cell: "A1" }, { structureProtected: true }, undefined],
    ["on a protected sheet", { sheet: "2022年度", cell: "H1" }, { protectedSheets: ["2022年度"] }, undefined],
    ["on a sheet written", { sheet: "2023年度", cell: "H1" }, { protectedSheets: ["2022年度"] }, { sheet: "2023年度", cell: "H1" }],
  ])("drops the selection %s", (_, select, protection, kept) => {
    expect(writablePatch({ ...PLAN, select }, { ...open, ...protection }).patch.select).toEqual(kept);
  });

  it("leaves the plan untouched (the same object) when protection keeps nothing back", () => {
    expect(writablePatch(PLAN, open).patch).toBe(PLAN);
    expect(isEmptyPatch(PLAN)).toBe(false);
  });
});
