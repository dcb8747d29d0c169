/**
 * Judgement is monotonic (issue 6): for a `以上` (>=) target a larger result never gives a worse status, for a
 * `以下` (<=) target a smaller one never does (met > partial > not_met), and the order in which the components are
 * written changes nothing. Targets and results are written as agencies write them (labels, full-width digits,
 * ▲ for minus, ポイント, ／ and 、 between components). The properties are in _support/properties.ts, shared with
 * `npm run fuzz`.
 */
import fc from "fast-check";
import { RANK, judge, kpiPair, resultText, targetText } from "./_support/kpiPairs";
import { PROPERTIES } from "./_support/properties";

const SEED = 2026;

describe("judgement is monotonic", () => {
  it("the generated texts are judged on the scale, and all three statuses of the scale occur", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(kpiPair, (p) => {
        const { status } = judge(targetText(p), resultText(p));
        expect(RANK).toHaveProperty(status);
        seen.add(status);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect([...seen].sort()).toEqual(["met", "not_met", "partial"]);
  });

  it("a result moved towards its target's comparator never gets a worse status", () => {
    fc.assert(PROPERTIES["judgement-monotonic"](), { seed: SEED, numRuns: 2000 });
  });

  it("a component exactly on its target meets it, one hundredth off on the wrong side does not", () => {
    fc.assert(PROPERTIES["judgement-boundary"](), { seed: SEED, numRuns: 1000 });
  });
});

describe("the order of the components does not matter", () => {
  it("permuting the result's components, or the target's, gives the same status and component statuses", () => {
    fc.assert(PROPERTIES["judgement-permutation"](), { seed: SEED, numRuns: 1000 });
  });
});
