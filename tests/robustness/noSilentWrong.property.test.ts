/**
 * No silent wrong status (issue #18): for generated target/result pairs whose result is surrounded by distractors
 * — years and dates, organisation names, notes, 約, a previous year's figure, a second figure with no structure —
 * the judged status is either the right one, or the result is flagged by the warning that names both readings
 * (`ambiguous-result`). An info finding is not a flag.
 */
import fc from "fast-check";
import { BUILT_IN_SCHEMA } from "../../src/core/KpiSchema";
import { judgeKpi } from "../../src/core/judge/judgeKpi";
import { meets } from "../../src/core/judge/_lib/compareQuantities";
import { fieldCell, makeRecord } from "../_helpers/makeRecord";

const SEED = 2026;
const FY = 2024;

const metric = fc.constantFrom("継続率", "お客さま満足度", "研修受講率", "回答数", "相談件数", "NPS", "早期更改率");
const unit = fc.constantFrom("%", "件", "回", "pt", "P", "名", "ポイント");
const comparator = fc.constantFrom(["以上", ">="], ["以下", "<="], ["", ">="], ["超", ">"], ["未満", "<"]) as fc.Arbitrary<
  [string, ">=" | "<=" | ">" | "<"]
>;
/** A figure as agencies write it: whole or with one or two decimals (from 2: `1名1資格` is a per-person rate). */
const figure = fc.tuple(fc.integer({ min: 2, max: 2000 }), fc.constantFrom(0, 1, 2)).map(([n, d]) => (d === 0 ? n : n / 10 ** d));

/** Words before the result's figure that say when or who, never how much. */
const before = fc.constantFrom(
  "", "", `${FY}年度 `, `・${FY}年度 `, `令和${FY - 2018}年度 `, `R${FY - 2018}年度:`, `FY${FY} `, `${FY + 1}.3 `,
  `${FY + 1}年3月末 `, "○○銀行:", "当金庫 ", "【△△信用金庫】", "約", "実績 ", "※アンケート回答者ベース ",
  `${FY}年度実績:`,
);
/** Words after it: notes, the period, a previous year's figure. */
const after = fc.constantFrom(
  "", "", "(以下、次ページへ続く)", " ※1", `(${FY}年4月~${FY + 1}年3月)`, "(速報値)", "です", "となりました。",
);

interface Pair {
  metric: string;
  unit: string;
  comparator: [string, ">=" | "<=" | ">" | "<"];
  target: number;
  actual: number;
  other: number;
  before: string;
  after: string;
  second: "none" | "previous-bracket" | "previous-arrow" | "unstructured";
}

const pair: fc.Arbitrary<Pair> = fc.record({
  metric,
  unit,
  comparator,
  target: figure,
  actual: figure,
  other: figure,
  before,
  after,
  second: fc.constantFrom("none", "none", "previous-bracket", "previous-arrow", "unstructured"),
});

function texts(p: Pair): { target: string; result: string } {
  const target = `${p.metric} ${p.target}${p.unit}${p.comparator[0]}`;
  let result = `${p.before}${p.actual}${p.unit}`;
  if (p.second === "previous-bracket") result += `(前年${p.other}${p.unit})`;
  if (p.second === "previous-arrow") result = `${p.before}${p.other}${p.unit}→${p.actual}${p.unit}`;
  if (p.second === "unstructured") result += ` ${p.other}${p.unit}`;
  return { target, result: result + p.after };
}

function judge(p: Pair) {
  const { target, result } = texts(p);
  const record = makeRecord(5, {
    fiscalYear: `${FY}年度`, no: 1, title: "取組",
    target: fieldCell(5, "target", target), result: fieldCell(5, "result", result),
  });
  return judgeKpi(record, { schema: BUILT_IN_SCHEMA, asOf: "2026-11-29", fiscalYearStartMonth: 4, fiscalYear: FY, no: 1 });
}

describe("no silent wrong status", () => {
  it("a result among distractors is judged right, or flagged by a warning naming both readings", () => {
    fc.assert(
      fc.property(pair, (p) => {
        const j = judge(p);
        const right = meets(p.actual, p.comparator[1], p.target) ? "met" : "not_met";
        if (j.kpi.status === right) return;
        const flag = j.findings.find((f) => f.code === "ambiguous-result");
        const { target, result } = texts(p);
        expect({ target, result, status: j.kpi.status, flagged: flag?.severity }).toEqual({ target, result, status: j.kpi.status, flagged: "warning" });
        expect(flag?.params).toMatchObject({ readings: expect.arrayContaining([expect.any(String), expect.any(String)]) });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("the distractors alone never change a clear result (no second figure): always right", () => {
    fc.assert(
      fc.property(pair, (p) => {
        const q = { ...p, second: "none" as const };
        const right = meets(q.actual, q.comparator[1], q.target) ? "met" : "not_met";
        expect({ ...texts(q), status: judge(q).kpi.status }).toEqual({ ...texts(q), status: right });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
