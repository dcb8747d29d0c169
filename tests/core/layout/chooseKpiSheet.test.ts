import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { chooseKpiSheet } from "../../../src/core/layout/chooseKpiSheet";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const kpis: CellValue[][] = [["年度", "No", "取組項目", "目標", "結果"], ["2024年度", 1, "研修", "年4回以上", "4回"]];
const contents: CellValue[][] = [["目次"], ["No", "項目", "内容"], [1, "方針", "お客さま本位の業務運営方針"], [2, "KPI", "重要業績評価指数の目標と実績"]];
const sheet = (name: string, rows: CellValue[][], visibility?: "hidden") => ({ ...snapshotFromRows(name, rows), visibility });

describe("chooseKpiSheet (kpi-rules.md §1 Which sheet)", () => {
  it.each([
    ["visible before hidden", [sheet("旧KPI", kpis, "hidden"), sheet("KPI", kpis)], "KPI", ["旧KPI"]],
    ["workbook order among visible sheets", [sheet("2023年度", kpis), sheet("2024年度", kpis)], "2023年度", ["2024年度"]],
    ["a cover sheet's contents (No | 項目 | 内容, no target nor result) is no KPI table", [sheet("表紙", contents), sheet("KPI", kpis)], "KPI", []],
    ["…unless no sheet has figures", [sheet("表紙", contents), sheet("メモ", [["メモ"]])], "表紙", []],
  ] as const)("%s", (_, sheets, chosen, others) => {
    const got = chooseKpiSheet(sheets, { schema: BUILT_IN_SCHEMA });
    expect([got.sheet?.sheetName, got.others]).toEqual([chosen, others]);
  });
});
