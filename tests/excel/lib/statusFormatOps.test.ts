import type { ColumnWrite, StatusLineWrite } from "../../../src/core/WorkbookPatch";
import type { SheetRules } from "../../../src/excel/_lib/SheetRules";
import { statusFormatOps } from "../../../src/excel/_lib/statusFormatOps";
import { statusColumn } from "../_lib/statusColumn";

const column = statusColumn([{ row: 2, col: 9, value: "◯ 達成" }], {
  resultFormat: { ref: "G2:G2", rules: [{ formula: 'LEFT($I2,1)="◯"', fill: "#C6EFCE" }, { formula: 'LEFT($I2,1)="×"', fill: "#FFC7CE" }] },
});

const rules = (custom: [string, string][], count = custom.length): SheetRules => ({ sheet: "KPI", count, custom: custom.map(([id, formula]) => ({ id, formula })) });

describe("statusFormatOps: the steps that replace the status rules on the KPI sheet", () => {
  it.each<[string, string, boolean]>([
    ["an earlier run's rule over the status column", '=LEFT($I2,1)="◯"', true],
    ["one written without =, as a file may hold it", 'LEFT($I7,1)="!"', true],
    ["the same shape over another column (the user's)", '=LEFT($H2,1)="◯"', false],
    ["a rule of the user's reading the status column otherwise", '=$I2="◯ 達成"', false],
    ["a longer formula around the same test", '=AND(LEFT($I2,1)="◯",$G2<>"")', false],
  ])("%s, %s: deleted %s", (_name, formula, deleted) => {
    const { remove } = statusFormatOps([column], rules([["{1}", formula]]));
    expect(remove).toEqual(deleted ? [{ kind: "delete-conditional-format", sheet: "KPI", id: "{1}" }] : []);
  });

  it("adds every rule of the plan with = over the result cells, each after all the sheet's other rules in priority", () => {
    const { remove, add } = statusFormatOps([column], rules([["{a}", '=LEFT($I2,1)="◯"'], ["{b}", "=$C2>0"]], 4));
    expect(remove).toHaveLength(1);
    expect(add).toEqual([
      { kind: "add-conditional-format", sheet: "KPI", address: "G2:G2", formula: '=LEFT($I2,1)="◯"', fill: "#C6EFCE", priority: 3 },
      { kind: "add-conditional-format", sheet: "KPI", address: "G2:G2", formula: '=LEFT($I2,1)="×"', fill: "#FFC7CE", priority: 4 },
    ]);
  });

  it("does nothing for a column on another sheet than the one whose rules were read", () => {
    expect(statusFormatOps([{ ...column, sheet: "別表" }], rules([["{1}", '=LEFT($I2,1)="◯"']]))).toEqual({ remove: [], add: [] });
  });

  it("removes the earlier rules even when the plan has none to add (a layout without them)", () => {
    const { resultFormat: _, ...bare } = column;
    const ops = statusFormatOps([bare], rules([["{1}", '=LEFT($I2,1)="◯"']]));
    expect([ops.remove.length, ops.add.length]).toEqual([1, 0]);
  });

  it.each<[string, StatusLineWrite, string, boolean]>([
    ["a status row (transposed): its rules fix the row", { kind: "owned-row", sheet: "KPI", row: 8, header: { row: 8, col: 1, value: "達成状況(2023年度)" }, cells: [], ownerName: "n", ownerRef: "r" }, '=LEFT(B$8,1)="◯"', true],
    ["a status row: a column rule with the same number is not it", { kind: "owned-row", sheet: "KPI", row: 9, header: { row: 9, col: 1, value: "x" }, cells: [], ownerName: "n", ownerRef: "r" }, '=LEFT($I9,1)="◯"', false],
    ["a column given up: its rules go with it", { kind: "release-line", sheet: "KPI", ownerName: "n", clear: { top: 1, left: 9, bottom: 25, right: 9 } }, '=LEFT($I2,1)="◯"', true],
    ["a row given up", { kind: "release-line", sheet: "KPI", ownerName: "n", clear: { top: 8, left: 1, bottom: 8, right: 6 } }, '=LEFT(C$8,1)="×"', true],
  ])("%s", (_name, line, formula, deleted) => {
    expect(statusFormatOps([line], rules([["{1}", formula]])).remove).toHaveLength(deleted ? 1 : 0);
  });

  it("adds a blocks sheet's rules over its result cells as areas, comma-separated as RangeAreas takes them", () => {
    const blocks: ColumnWrite = { ...column, resultFormat: { ref: "D5:D9 B12", rules: [{ formula: 'LEFT($E5,1)="◯"', fill: "#C6EFCE" }] } };
    expect(statusFormatOps([blocks], rules([])).add).toEqual([{ kind: "add-conditional-format", sheet: "KPI", address: "D5:D9, B12", formula: '=LEFT($E5,1)="◯"', fill: "#C6EFCE", priority: 0 }]);
  });
});
