/* KPI numbers as agencies write them (docs/sheet-layouts.md "Numbers"). */
import { parseKpiNoParts } from "../../../src/core/checks/parseKpiNo";

describe("parseKpiNoParts", () => {
  it.each<[string, number[] | undefined]>([
    ["1", [1]],
    ["１", [1]],
    ["①", [1]],
    ["No.2", [2]],
    ["No2", [2]],
    ["#3", [3]],
    ["(3)", [3]],
    ["（3）", [3]],
    ["3.", [3]],
    ["第4", [4]],
    ["KPI1", [1]],
    ["KPI-1", [1]],
    ["ＫＰＩ－２", [2]],
    ["KPI.3", [3]],
    ["1-2", [1, 2]],
    ["１－２", [1, 2]],
    ["No.2-1", [2, 1]],
    ["KPI-2-1", [2, 1]],
    ["0", undefined],
    ["KPI", undefined],
    ["A-1", undefined],
    ["方針1", undefined],
  ])("「%s」 → %j", (text, parts) => {
    expect(parseKpiNoParts(text, text)).toEqual(parts);
  });
});
