import type { SchemaError } from "../core/schema/parseKpiSchema";
import type { Lang } from "./Lang";

const TEMPLATES: Record<Lang, Record<string, string>> = {
  ja: {
    required: "必須の項目がありません",
    type: "型が違います（{type} が必要です）",
    enum: "使える値は {allowedValues} です",
    minimum: "{limit} 以上にしてください",
    maximum: "{limit} 以下にしてください",
    exclusiveMinimum: "{limit} より大きくしてください",
    minItems: "{limit} 個以上必要です",
    minLength: "空にできません",
    minProperties: "1つ以上必要です",
    additionalProperties: "この項目は使えません",
    requiredField: "フィールド {field} は必須です",
    duplicateField: "フィールド {field} が2回あります",
    unknownField: "フィールド {field} がありません",
    duplicateAlias: "見出し「{alias}」はすでに {field} の別名です",
  },
  en: {
    required: "is required",
    type: "must be {type}",
    enum: "must be one of {allowedValues}",
    minimum: "must be at least {limit}",
    maximum: "must be at most {limit}",
    exclusiveMinimum: "must be more than {limit}",
    minItems: "needs at least {limit} items",
    minLength: "must not be empty",
    minProperties: "needs at least one entry",
    additionalProperties: "is not allowed",
    requiredField: "field {field} is required",
    duplicateField: "field {field} appears twice",
    unknownField: "field {field} does not exist",
    duplicateAlias: "header “{alias}” already names {field}",
  },
};

/**
 * One line naming the JSON path of a schema-file mistake and what is wrong.
 *
 * @example renderSchemaError({ path: "$.fiscalYear.startMonth", keyword: "maximum", params: { limit: 12 } }, "ja")
 * // "$.fiscalYear.startMonth: 12 以下にしてください"
 */
export function renderSchemaError(e: SchemaError, lang: Lang = "ja"): string {
  const template = TEMPLATES[lang][e.keyword] ?? e.keyword;
  return `${e.path}: ${template.replace(/\{(\w+)\}/g, (_, k: string) => String(e.params[k] ?? ""))}`;
}
