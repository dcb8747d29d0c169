import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseKpiSchema } from "../../../src/core/schema/parseKpiSchema";
import { renderSchemaError } from "../../../src/i18n/renderSchemaError";
import { judgeKpi } from "../../../src/core/judge/judgeKpi";
import { fieldCell, makeRecord } from "../../_helpers/makeRecord";
import invalid from "../../fixtures/schema/invalid-schemas.json";
// the built-in schema file as it was before halfWords, noneWords, yearParts and the periods half, quarter and week
// (git show 4d9d576:src/core/schema/kpi-schema.json): a whole copy an agency may have kept as its own schema file
import before from "../../fixtures/schema/schema-before-year-parts.json";

describe("parseKpiSchema", () => {
  it("accepts the built-in schema itself", () => {
    expect(parseKpiSchema(BUILT_IN_SCHEMA)).toEqual({ ok: true, schema: BUILT_IN_SCHEMA });
  });

  it("merges an agency's partial schema over the built-in one", () => {
    const parsed = parseKpiSchema({ fiscalYear: { startMonth: 10 }, lowerIsBetter: ["解約"] });
    expect(parsed.ok && parsed.schema.fiscalYear).toEqual({ ...BUILT_IN_SCHEMA.fiscalYear, startMonth: 10 });
    expect(parsed.ok && parsed.schema.lowerIsBetter).toEqual(["解約"]);
    expect(parsed.ok && parsed.schema.units).toBe(BUILT_IN_SCHEMA.units);
  });

  describe("an agency's whole schema file written before the optional keys (halfWords, noneWords, yearParts, periods half/quarter/week)", () => {
    const parsed = parseKpiSchema(before);

    it("stays valid", () => {
      expect(parsed).toMatchObject({ ok: true });
      expect(parsed.ok && Object.keys(parsed.schema.periods).sort()).toEqual(["month", "person", "year"]);
    });

    it.each([
      ["研修 半期ごとに1回以上", "上期1回 下期1回"],
      ["訪問件数 年間100件以上", "上期 52件"],
      ["満足度 半数以上", "60%"],
      ["苦情件数 0件", "なし"],
      ["継続率 現状維持", "90%"],
    ])("judges %s → %s without failing", (target, result) => {
      const schema = parsed.ok ? parsed.schema : BUILT_IN_SCHEMA;
      const record = makeRecord(5, { fiscalYear: "2024年度", no: 1, title: "取組", target: fieldCell(5, "target", target), result: fieldCell(5, "result", result) });
      const judged = judgeKpi(record, { schema, asOf: "2026-11-29", fiscalYearStartMonth: 4, fiscalYear: 2024, no: 1 });
      expect(judged.kpi.status).toMatch(/^(met|not_met|partial|unevaluable)$/);
    });
  });

  it.each(invalid)("names the JSON path of each mistake: $name", ({ schema, errors }) => {
    const parsed = parseKpiSchema(schema);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => [e.path, e.keyword])).toEqual(errors);
  });

  it.each([
    ["ja", "$.fiscalYear.startMonth: 12 以下にしてください"],
    ["en", "$.fiscalYear.startMonth: must be at most 12"],
  ] as const)("renders a mistake in %s", (lang, line) => {
    const parsed = parseKpiSchema({ fiscalYear: { startMonth: 13 } });
    expect(!parsed.ok && renderSchemaError(parsed.errors[0], lang)).toBe(line);
  });

  it.each([null, 42, "schema", []])("rejects a file that is not an object: %p", (json) => {
    const parsed = parseKpiSchema(json);
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ path: "$", keyword: "type" });
  });
});
