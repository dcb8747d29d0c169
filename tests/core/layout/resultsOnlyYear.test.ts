import { checkSheet } from "../../../src/core/checkSheet";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

const AS_OF = "2026-11-29";
const NOISE = new Set(["target-missing", "result-without-target"]);

/** The target-missing / result-without-target findings of a sheet, as [code, fiscal year of its row]. */
function noiseOf(rows: (string | number)[][]): string[] {
  const result = checkSheet(snapshotFromRows("KPI", rows), { asOf: AS_OF });
  return result.findings.filter((f) => NOISE.has(f.code)).map((f) => `${f.code}@${f.cell ?? ""}`);
}

describe("a wide table's year given with results only, beside a year with targets, expects no target", () => {
  it.each([
    [
      "2024年度実績 | 2025年度目標 | 2025年度実績",
      [
        ["No", "指標", "2024年度実績", "2025年度目標", "2025年度実績"],
        [1, "意向把握書面の回収率", "97.5%", "98%以上", "98.4%"],
        [2, "資格取得者", "5名", "7名以上", "8名"],
      ],
    ],
    [
      "two header rows: 2024年度 over 実績, 2025年度 over 目標 | 実績",
      [
        ["No", "指標", "2024年度", "2025年度", ""],
        ["", "", "実績", "目標", "実績"],
        [1, "意向把握書面の回収率", "97.5%", "98%以上", "98.4%"],
        [2, "資格取得者", "5名", "7名以上", "8名"],
      ],
    ],
  ])("%s: the 2024 KPIs are no_target without target-missing or result-without-target", (_, rows) => {
    const result = checkSheet(snapshotFromRows("KPI", rows), { asOf: AS_OF });
    expect(result.kpis.map((k) => [k.fiscalYear, k.no, k.status])).toEqual(
      expect.arrayContaining([
        [2024, 1, "no_target"],
        [2024, 2, "no_target"],
        [2025, 1, "met"],
        [2025, 2, "met"],
      ]),
    );
    expect(noiseOf(rows)).toEqual([]);
  });

  it.each([
    [
      "a year with a target column whose cell is blank",
      [
        ["No", "指標", "2024年度目標", "2024年度実績", "2025年度目標", "2025年度実績"],
        [1, "資格取得者", "", "5名", "7名以上", "8名"],
      ],
      ["target-missing@C2", "result-without-target@D2"],
    ],
    [
      "results of every year and no target anywhere",
      [
        ["No", "指標", "2024年度実績", "2025年度実績"],
        [1, "資格取得者", "5名", "8名"],
      ],
      ["target-missing@B2", "result-without-target@C2", "target-missing@B2", "result-without-target@D2"],
    ],
  ])("%s: still target-missing and result-without-target", (_, rows, expected) => {
    expect(noiseOf(rows).sort()).toEqual([...expected].sort());
  });
});
