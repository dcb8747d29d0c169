import fc from "fast-check";
import type { Expression } from "../../../src/core/Expression";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { normalizeText } from "../../../src/core/normalizeText";
import { parseExpression, type ExpressionRole } from "../../../src/core/expression/parseExpression";

const KINDS = ["empty", "not_applicable", "expression", "judgement", "unreadable"];
const COMPARATORS = [">=", ">", "<=", "<"];

/** Pieces of the grammar and of real KPI texts, so that random texts look like (broken) expressions. */
const piece = fc.constantFrom(
  ..."0123456789０１２",
  ".",
  ",",
  "-",
  "▲",
  "△",
  "%",
  "％",
  ":",
  "：",
  "/",
  "、",
  " ",
  "　",
  "\n",
  "(",
  ")",
  "（",
  "）",
  "[",
  "]",
  "【",
  "】",
  "『",
  "』",
  "~",
  "〜",
  "→",
  "※",
  "の",
  "は",
  "が",
  "から",
  "に対し",
  "。",
  "でした",
  "件",
  "回",
  "名",
  "人",
  "pt",
  "㌽",
  "点",
  "か月",
  "ヶ月",
  "億円",
  "万円",
  "割",
  "倍",
  "資格",
  "年",
  "月",
  "目",
  "年度",
  "年間",
  "毎月",
  "1人",
  "/月",
  "以上",
  "以下",
  "以内",
  "未満",
  "超",
  "最低",
  "の維持",
  "達成",
  "未達成",
  "一部達成",
  "○",
  "×",
  "目標",
  "目標値",
  "前年",
  "実績",
  "未集計",
  "計測なし",
  "-",
  "ー",
  "Q",
  "FY",
  "自動車",
  "火新",
  "解約率",
  "苦情件数",
  "回答数",
  "NSP",
  "①",
  "⑥",
);
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.array(piece, { maxLength: 40 }).map((p) => p.join("")),
);
const role = fc.constantFrom<ExpressionRole>("target", "result");

/** What is wrong with an expression read from `source` (nothing, for a well-formed one). */
function violations(e: Expression, source: string, r: ExpressionRole): string[] {
  const wrong: string[] = [];
  const check = (ok: boolean, rule: string) => {
    if (!ok) wrong.push(rule);
  };
  check(KINDS.includes(e.kind), "kind is one of the five");
  check(e.normalized === normalizeText(source), "normalized is the normalised text");
  if (e.kind === "expression") check(e.components.length > 0, "an expression has components");
  if (e.kind === "empty" || e.kind === "not_applicable" || e.kind === "judgement")
    check(e.components.length === 0, `${e.kind} has no components`);
  if (e.kind === "judgement") check(e.judgement !== undefined, "a judgement has its word");
  if (r === "target") check(e.judgement === undefined, "a target has no judgement word");
  if (e.candidates !== undefined) {
    check(e.kind === "unreadable", "candidates make it unreadable");
    check(e.candidates > 1 && e.components.length === e.candidates, "candidates are several and listed");
  }
  for (const c of e.components) {
    check(Number.isFinite(c.quantity.value), "every value is a finite number");
    check(c.comparator === undefined || COMPARATORS.includes(c.comparator), "every comparator is one of the four");
    if (r === "target" && e.kind === "expression")
      check(c.comparator !== undefined, "every target component has a comparator");
  }
  return [...new Set(wrong)];
}

describe("parseExpression on any text", () => {
  it("never throws and returns a well-formed expression", () => {
    fc.assert(
      fc.property(text, role, (s, r) => {
        expect(violations(parseExpression(s, r, BUILT_IN_SCHEMA), s, r)).toEqual([]);
      }),
      { seed: 20241129, numRuns: 1000 },
    );
  });
});

describe("parseExpression on 100 KB texts is linear: it never hangs", () => {
  const KB100 = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
  it.each([
    "回答数:200件 ",
    "自動車:60.0pt 火新:70.0pt ",
    "1,",
    "9",
    "(1件)",
    "(1件",
    "1件)",
    "(((",
    "達成1件",
    "(達成)x",
    "a:1件(x) ",
    "は1",
    "1人",
    "年間",
    "前年1件から",
    "1件以上(",
    "毎月1件(年12件)",
    "、",
    " ",
    "解約率",
    "Q4.6",
    "2024/3/31 ",
    "※2",
  ])("%s repeated", (unit) => {
    // A hang (catastrophic backtracking) shows as this test never finishing; speed itself is the bench's business.
    const s = fill(unit);
    const target = parseExpression(s, "target", BUILT_IN_SCHEMA);
    const result = parseExpression(s, "result", BUILT_IN_SCHEMA);
    expect([...violations(target, s, "target"), ...violations(result, s, "result")]).toEqual([]);
  });
});
