import Ajv, { type ErrorObject } from "ajv";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../KpiSchema";
import metaSchema from "./kpi-schema.schema.json";

/** One mistake in a schema file: where (a JSON path such as `$.fields[2].aliases`) and what. */
export interface SchemaError {
  path: string;
  keyword: string;
  params: Record<string, string | number>;
}

let validate: ReturnType<Ajv["compile"]> | undefined;

function jsonPath(pointer: string): string {
  return (
    "$" +
    pointer
      .split("/")
      .slice(1)
      .map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
      .join("")
  );
}

function toSchemaError(e: ErrorObject): SchemaError {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(e.params)) {
    params[k] = Array.isArray(v) ? v.join(", ") : typeof v === "number" ? v : String(v);
  }
  let path = jsonPath(e.instancePath);
  if (e.keyword === "additionalProperties") path += `.${String(e.params.additionalProperty)}`;
  if (e.keyword === "required") path += `.${String(e.params.missingProperty)}`;
  return { path, keyword: e.keyword, params };
}

function semanticErrors(schema: KpiSchema): SchemaError[] {
  const errors: SchemaError[] = [];
  const names = schema.fields.map((f) => f.name);
  for (const name of ["fiscalYear", "no", "title"] as const) {
    if (!names.includes(name)) errors.push({ path: "$.fields", keyword: "requiredField", params: { field: name } });
  }
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) errors.push({ path: `$.fields[${i}].name`, keyword: "duplicateField", params: { field: name } });
  });
  schema.primaryKey.forEach((name, i) => {
    if (!names.includes(name)) errors.push({ path: `$.primaryKey[${i}]`, keyword: "unknownField", params: { field: name } });
  });
  const aliasOwner = new Map<string, string>();
  schema.fields.forEach((f, i) =>
    f.aliases.forEach((alias, j) => {
      const key = alias.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
      const owner = aliasOwner.get(key);
      if (owner && owner !== f.name) {
        errors.push({ path: `$.fields[${i}].aliases[${j}]`, keyword: "duplicateAlias", params: { alias, field: owner } });
      }
      aliasOwner.set(key, f.name);
    }),
  );
  return errors;
}

/**
 * Validates an agency's KPI schema file (parsed JSON) against the JSON Schema of schema files with ajv, then
 * checks what JSON Schema cannot (required fields present, primary key fields exist, no alias named twice), and
 * merges it over the built-in schema (top-level keys it gives replace the built-in ones).
 *
 * @example parseKpiSchema({ fiscalYear: { startMonth: 13 } })
 * // { ok: false, errors: [{ path: "$.fiscalYear.startMonth", keyword: "maximum", params: { comparison: "<=", limit: 12 } }] }
 */
export function parseKpiSchema(json: unknown): { ok: true; schema: KpiSchema } | { ok: false; errors: SchemaError[] } {
  validate ??= new Ajv({ allErrors: true }).compile(metaSchema);
  if (!validate(json)) {
    return { ok: false, errors: (validate.errors ?? []).map(toSchemaError) };
  }
  const { $schema: _ignored, ...given } = json as Partial<KpiSchema> & { $schema?: string };
  const schema: KpiSchema = {
    ...BUILT_IN_SCHEMA,
    ...given,
    fiscalYear: { ...BUILT_IN_SCHEMA.fiscalYear, ...given.fiscalYear },
    series: { ...BUILT_IN_SCHEMA.series, ...given.series },
  };
  const errors = semanticErrors(schema);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, schema };
}
