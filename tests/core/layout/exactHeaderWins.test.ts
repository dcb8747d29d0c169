/* Two headers naming one field, one by an alias itself (目標, 実績) and one only ending or beginning with an alias
   (取組計画 ends with the target alias 計画): the alias itself is the field's column, wherever it stands. */
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";

describe.each([
  { header: ["年度", "No", "取組項目", "取組計画", "目標", "結果"], target: "回答数200件以上", result: "212件" },
  { header: ["年度", "No", "取組項目", "目標", "取組計画", "結果"], target: "回答数200件以上", result: "212件" },
  { header: ["年度", "No", "取組項目", "行動計画", "計画", "実績"], target: "回答数200件以上", result: "212件" },
])("$header", ({ header, target, result }) => {
  const cells: Record<string, string | number> = {
    年度: "2024年度",
    No: 1,
    取組項目: "お客様アンケートの収集",
    取組計画: "全契約者へ年1回送付します",
    行動計画: "全契約者へ年1回送付します",
    目標: target,
    計画: target,
    結果: result,
    実績: result,
  };
  const read = readKpiTable(snapshotFromRows("KPI", [header, header.map((h) => cells[h])]), BUILT_IN_SCHEMA);
  const [record] = read.records;

  it(`reads the target 「${target}」 from the column headed by the alias itself`, () => {
    expect(record.fields.target?.text).toBe(target);
  });

  it(`reads the result 「${result}」`, () => {
    expect(record.fields.result?.text).toBe(result);
  });
});
