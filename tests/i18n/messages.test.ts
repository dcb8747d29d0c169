import { FINDING_SEVERITY, finding, type FindingCode } from "../../src/core/Finding";
import { KPI_STATUSES } from "../../src/core/KpiStatus";
import { FINDING_MESSAGES } from "../../src/i18n/findingMessages";
import { langFromLocale } from "../../src/i18n/Lang";
import { renderFinding, renderFindingParts } from "../../src/i18n/renderFinding";
import { statusLabel, statusMarkLabel } from "../../src/i18n/statusLabel";

const CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

describe("finding messages", () => {
  it.each(["ja", "en"] as const)("has a %s message for every finding code and no other", (lang) => {
    expect(Object.keys(FINDING_MESSAGES[lang]).sort()).toEqual([...CODES].sort());
  });

  it.each([
    ["label-mismatch", { target: "火新種", result: "火新" }, "ja", "目標の「火新種」と結果の「火新」の表記が異なります。"],
    ["label-mismatch", { target: "火新種", result: "火新" }, "en", "The target says “火新種” where the result says “火新”."],
    ["notation-variant", { variants: ["NSP", "NPS"], counts: ["2", "1"] }, "ja", "表記ゆれがあります（NSP、NPS）。"],
    ["judgement-conflict", { word: "met", status: "not_met" }, "ja", "結果の「達成」が数値による判定（未達成）と矛盾します。数値で判定しました。"],
    ["result-missing", { fiscalYear: 2024 }, "en", "The fiscal year has ended, but no result was entered."],
    ["implied-comparator", { comparator: "<=" }, "ja", "目標に「以上」「以下」などがないため、「以下」とみなしました。"],
    ["implied-comparator", { comparator: ">=" }, "en", "The target has no 以上 or 以下; “at least” was assumed."],
    ["duplicate-column", { field: "result", header: "結果", first: "F1" }, "ja", "「結果」列が2つあります（F1、G3）。最初の列（F1）を使います。"],
    ["duplicate-column", { field: "result", header: "結果", first: "F1" }, "en", "The column “Result” appears twice (F1, G3). The first one (F1) is used."],
    ["component-missing", { label: "", component: "年2回" }, "ja", "目標の「年2回」に対応する結果がありません。"],
    ["result-bound", { text: "85%", comparator: ">=" }, "ja", "結果「85%以上」は数値の範囲を示すだけで、目標を満たしたかどうかは判定できません。"],
    ["result-bound", { text: "5件", comparator: "<" }, "en", "The result “5件” is only a bound (less than that), which does not say whether the target was met."],
    ["unit-mismatch", { target: "回/week", result: "回/person" }, "ja", "目標の単位（回/週）と結果の単位（回/人）が一致しません。"],
    ["unit-mismatch", { target: "回/quarter", result: "件" }, "en", "The target's unit (回 per quarter) and the result's unit (件) do not match."],
    ["unit-mismatch", { target: "件/half", result: "件/year" }, "ja", "目標の単位（件/半期）と結果の単位（件/年）が一致しません。"],
  ] as const)("renders %s with its params in %s", (code, params, lang, text) => {
    // through JSON, as a report's findings come back
    const plain = JSON.parse(JSON.stringify(finding(code, { row: 3, field: "result", cell: "G3" }, params as never)));
    expect(renderFinding(plain, lang)).toBe(text);
  });

  it.each([
    ["result-bound", { text: "85%", comparator: ">=" }, "「以上」「未満」などを付けず、結果の数値そのものを書いてください。"],
    ["result-part-of-year", { text: "上期 52件", part: "上期" }, "年度全体の数値を結果に書いてください。"],
  ] as const)("says what to do about a %s warning", (code, params, hint) => {
    const f = finding(code, { row: 3, field: "result", cell: "G3" }, params as never);
    expect(f.severity).toBe("warning");
    expect(renderFindingParts(f, "ja").hint).toBe(hint);
    expect(renderFindingParts(f, "en").hint).toMatch(/^[A-Z].*\.$/);
  });

  it("names the field of a finding in the message", () => {
    expect(renderFinding(finding("required-missing", { row: 2, field: "title", cell: "C2" }, { field: "title" }), "ja")).toBe("取組項目が空欄です。");
    expect(renderFinding(finding("missing-column", { row: 1, field: "result" }, { field: "result" }), "en")).toBe("The column “Result” is missing.");
  });

});

describe("status words", () => {
  it.each(KPI_STATUSES)("has distinct words and marks for %s", (status) => {
    expect(statusLabel(status, "ja")).not.toBe(statusLabel(status, "en"));
    expect(statusMarkLabel(status, "ja")).toMatch(new RegExp(`^\\S ${statusLabel(status, "ja")}$`));
  });

  it.each([
    ["en-US", "en"], ["en-GB", "en"], ["ja-JP", "ja"], ["", "ja"], [undefined, "ja"], ["fr-FR", "ja"],
  ])("uses %p → %s", (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});
