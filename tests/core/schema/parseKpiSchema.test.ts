import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseKpiSchema } from "../../../src/core/schema/parseKpiSchema";
import { renderSchemaError } from "../../../src/i18n/renderSchemaError";
import invalid from "../../fixtures/schema/invalid-schemas.json";

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
