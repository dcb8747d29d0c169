import { checkSheet } from "../../src/core/checkSheet";
import { snapshotFromRows } from "../../src/core/snapshotFromRows";
import { renderFinding } from "../../src/i18n/renderFinding";

/**
 * baseline-from-result names the baseline the target asks for and its figure as the result writes it: an average
 * (`業界平均以上` against `85.0%(業界平均82.3%)`) is no previous figure, and its figure is the average's.
 */
describe("baseline-from-result says which baseline the result's figure is", () => {
  it.each<[string, string, string, string]>([
    ["業界平均以上", "85.0%(業界平均82.3%)", "結果に書かれた業界平均の数値（82.3%）を基準に判定しました。", "Judged against the figure of the baseline (業界平均) written in the result: 82.3%."],
    ["前年度以上", "4.3点(前年度4.1点)", "結果に書かれた前年度の数値（4.1点）を基準に判定しました。", "Judged against the figure of the baseline (前年度) written in the result: 4.1点."],
  ])("%s against %s", (target, result, ja, en) => {
    const out = checkSheet(snapshotFromRows("2024年度", [["No", "取組項目", "目標", "実績"], [1, "満足度", target, result]]), { asOf: "2026-11-29" });
    const finding = out.findings.find((f) => f.code === "baseline-from-result");
    expect(finding).toBeDefined();
    expect([renderFinding(finding!, "ja"), renderFinding(finding!, "en")]).toEqual([ja, en]);
  });
});
