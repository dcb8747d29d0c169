import type { CheckResult } from "../../../src/core/CheckResult";
import type { KpiStatus } from "../../../src/core/KpiStatus";
import { statusWrites, type WorkbookPatch } from "../../../src/core/WorkbookPatch";
import { buildWorkbookPatch } from "../../../src/core/writeback/buildWorkbookPatch";
import { isStatusRuleFormula } from "../../../src/core/writeback/statusConditionalFormat";
import { STATUS_STYLES } from "../../../src/core/writeback/statusStyle";
import { writebackLabels } from "../../../src/i18n/writeback";
import { tableCheckResult as tableResult } from "./_support/tableCheckResult";


const patchOf = (result: CheckResult, lang: "ja" | "en" = "ja", definedNames: Record<string, string> = {}) =>
  buildWorkbookPatch(result, { labels: writebackLabels(lang), existing: { sheetNames: ["KPI"], definedNames } });
/** The status column of a table-layout check's plan. */
const columnOf = (patch: WorkbookPatch) => statusWrites(patch)[0];

describe("status conditional formats: the result cells coloured by the status column", () => {
  it("covers the result column from the first to the last KPI row, reading the status column (F)", () => {
    const format = columnOf(patchOf(tableResult(["met", "not_met", "partial", "missing_result"])))?.resultFormat;
    expect(format?.ref).toBe("E2:E5");
  });

  it.each([
    { status: "met", formula: 'LEFT($F2,1)="◯"' },
    { status: "partial", formula: 'LEFT($F2,1)="△"' },
    { status: "not_met", formula: 'LEFT($F2,1)="×"' },
    { status: "missing_result", formula: 'LEFT($F2,1)="!"' },
    { status: "unevaluable", formula: 'LEFT($F2,1)="?"' },
  ] as { status: KpiStatus; formula: string }[])("fills $status by $formula with its status fill", ({ status, formula }) => {
    const rules = columnOf(patchOf(tableResult(["met"])))?.resultFormat?.rules ?? [];
    expect(rules).toContainEqual({ formula, fill: STATUS_STYLES[status].fill });
  });

  it("has one rule per status colour and none for ―, which pending and no target share", () => {
    const rules = columnOf(patchOf(tableResult(["pending", "no_target", "met"])))?.resultFormat?.rules ?? [];
    expect(rules).toHaveLength(5);
    expect(rules.some((r) => r.formula.includes("―"))).toBe(false);
  });

  it("reads the add-in's earlier column where it is (its defined name)", () => {
    const format = columnOf(patchOf(tableResult(["met"]), "ja", { KpiCheck_Status: "'KPI'!$H$1:$H$2" }))?.resultFormat;
    expect(format?.rules[0].formula).toBe('LEFT($H2,1)="◯"');
  });

});

describe("isStatusRuleFormula: which rules a re-run removes", () => {
  it.each([
    { formula: 'LEFT($F2,1)="◯"', col: 6, ours: true },
    { formula: '=LEFT($F10,1)="×"', col: 6, ours: true },
    { formula: 'LEFT($F2,1)="◯"', col: 7, ours: false },
    { formula: 'LEFT($F2,2)="◯"', col: 6, ours: false },
    { formula: '$E2<0.8', col: 6, ours: false },
    { formula: 'LEFT(F2,1)="◯"', col: 6, ours: false },
    { formula: 'LEFT(F$2,1)="◯"', col: 6, ours: false },
  ])("$formula over column $col: $ours", ({ formula, col, ours }) => {
    expect(isStatusRuleFormula(formula, col)).toBe(ours);
  });

  it.each([
    { formula: 'LEFT(B$8,1)="◯"', row: 8, ours: true },
    { formula: '=LEFT(AA$8,1)="!"', row: 8, ours: true },
    { formula: 'LEFT(B$8,1)="◯"', row: 9, ours: false },
    { formula: 'LEFT($B8,1)="◯"', row: 8, ours: false },
    { formula: 'LEFT($B$8,1)="◯"', row: 8, ours: false },
  ])("$formula over row $row: $ours", ({ formula, row, ours }) => {
    expect(isStatusRuleFormula(formula, { row })).toBe(ours);
  });
});
