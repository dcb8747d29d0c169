/* Which texts name something to keep low (docs/kpi-grammar.md, "Direction from the KPI's name"): one rule
   (src/core/expression/_lib/isLowerBetter.ts) for a target's own words and for a KPI's name
   (tests/core/judge/directionFromTitle.test.ts), over the schema's lowerIsBetter and lowerIsBetterActivities. */
import { BUILT_IN_SCHEMA, type KpiSchema } from "../../../src/core/KpiSchema";
import { parseExpression } from "../../../src/core/expression/parseExpression";

const comparators = (target: string, schema: KpiSchema = BUILT_IN_SCHEMA): string =>
  parseExpression(target, "target", schema)
    .components.map((c) => c.comparator)
    .join(",");

describe("a target without a comparator: at most when its words name something to keep low", () => {
  it.each([
    // what is counted or rated is the thing kept low
    ["苦情件数 5件", "<="],
    ["苦情の件数 10件", "<="],
    ["不備率 0.5%", "<="],
    ["早期解約率 2%", "<="],
    ["苦情・不備件数 3件", "<="], // a list of kinds each kept low
    ["苦情件数の削減 10件", "<="], // the activity after the measure: still the count of complaints
    // an activity about it is what is counted or rated (the words of lowerIsBetterActivities before the measure)
    ["解約防止訪問 100件", ">="],
    ["解約防止のための訪問件数 200件", ">="],
    ["苦情対応研修 年2回", ">="], // was <=: 対応 was no word of the target's rule
    ["苦情対応研修の受講率 100%", ">="], // was <=
    ["苦情削減率 10%", ">="], // was <=: a reduction rate is at least
    ["苦情・ご意見の受付件数 100件", ">="], // was <=: voices gathered, one kind not kept low
    ["苦情解決率 90%", ">="], // was <=: the rate of complaints resolved
    ["苦情の解決率 95%", ">="], // was <=
    // the days an activity about it takes are kept low
    ["苦情の受付から解決までの日数 7日", "<="],
    ["苦情対応日数 5日", "<="], // was >=
  ])("%s → %s", (target, comparator) => {
    expect(comparators(target)).toBe(comparator);
  });

  it("reads an agency's own activity words (schema lowerIsBetterActivities)", () => {
    const own: KpiSchema = { ...BUILT_IN_SCHEMA, lowerIsBetterActivities: [...(BUILT_IN_SCHEMA.lowerIsBetterActivities ?? []), "啓発"] };
    expect(comparators("苦情啓発活動 年4回", own)).toBe(">=");
    expect(comparators("苦情啓発活動 年4回")).toBe("<=");
  });
});
