import type { Period } from "../core/Expression";
import type { Finding, SheetCell } from "../core/Finding";
import type { KpiField } from "../core/KpiRecord";
import type { Layout } from "../core/KpiRecord";
import { BUILT_IN_SCHEMA } from "../core/KpiSchema";
import { KPI_STATUSES, type KpiStatus } from "../core/KpiStatus";
import { FINDING_HINTS } from "./findingHints";
import { FINDING_MESSAGES } from "./findingMessages";
import type { Lang } from "./Lang";
import { LAYOUT_WORDS } from "./layoutWords";
import { statusLabel } from "./statusLabel";

const FIELD_WORDS: Record<Lang, Record<KpiField, string>> = {
  ja: Object.fromEntries(BUILT_IN_SCHEMA.fields.map((f) => [f.name, f.title])) as Record<KpiField, string>,
  en: {
    fiscalYear: "Fiscal year",
    no: "No",
    title: "Initiative",
    description: "Description",
    scope: "Scope",
    target: "Target",
    result: "Result",
    evaluation: "Evaluation",
    commitment: "Commitment",
    principles: "Principles",
    seriesId: "KPI ID",
  },
};

const STATUS_PARAMS = new Set(["status", "word", "statuses"]);
const COMPARATOR_WORDS: Record<Lang, Record<string, string>> = {
  ja: { ">=": "以上", ">": "超", "<=": "以下", "<": "未満" },
  en: { ">=": "at least", ">": "more than", "<=": "at most", "<": "less than" },
};
/** How a series joined (`SeriesMatchKind`), in words. */
const MATCH_WORDS: Record<Lang, Record<string, string>> = {
  ja: { id: "KPI ID", "no-title": "Noと取組項目", "no-metric": "Noと指標", metric: "指標" },
  en: { id: "KPI ID", "no-title": "No and title", "no-metric": "No and metric", metric: "metric" },
};
/** The period of a rate in a `unit-mismatch` unit (`回/week`, as the engine names it), in words. */
const PERIOD_WORDS: Record<Lang, Record<Period, string>> = {
  ja: { year: "/年", half: "/半期", quarter: "/四半期", month: "/月", week: "/週", person: "/人" },
  en: { year: " per year", half: " per half year", quarter: " per quarter", month: " per month", week: " per week", person: " per person" },
};
const STATUSES: ReadonlySet<string> = new Set(KPI_STATUSES);
const LAYOUT_PARAMS = new Set(["layout", "alternative"]);

/** Why a `layout-uncertain` detection is unsure, in words (its `{doubt}`). */
function doubtText(f: Finding<"layout-uncertain">, lang: Lang): string {
  const p = f.params;
  const layouts: Record<Layout, string> = LAYOUT_WORDS[lang];
  if (p.doubt === "unread" || p.alternative === null) {
    return lang === "ja" ? `シートの${p.unreadLines}行が読み取れません` : `${p.unreadLines} rows of the sheet were not read`;
  }
  const other = layouts[p.alternative];
  const row = p.alternativeHeaderRows[0];
  if (p.alternative === p.layout && row !== undefined) {
    return lang === "ja" ? `見出しを${row}行目とした「${other}」としても読み取れます` : `it also reads as ${other} with the header in row ${row}`;
  }
  return lang === "ja" ? `「${other}」としても読み取れます` : `it also reads as ${other}`;
}

function paramText(name: string, value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map((v) => paramText(name, v, lang)).join(lang === "ja" ? "、" : ", ");
  if (name === "comparator" && typeof value === "string") return COMPARATOR_WORDS[lang][value] ?? value;
  if (name === "by" && typeof value === "string") return MATCH_WORDS[lang][value] ?? value;
  if (LAYOUT_PARAMS.has(name) && typeof value === "string") return (LAYOUT_WORDS[lang] as Record<string, string>)[value] ?? value;
  if (STATUS_PARAMS.has(name) && typeof value === "string" && STATUSES.has(value)) {
    return statusLabel(value as KpiStatus, lang);
  }
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The message of a finding in a language, from its code and params.
 *
 * @example renderFinding({ code: "label-mismatch", params: { target: "火新種", result: "火新" }, … }, "ja")
 * // "目標の「火新種」と結果の「火新」の表記が異なります"
 */
export function renderFinding(f: Finding, lang: Lang = "ja"): string {
  return fillTemplate(FINDING_MESSAGES[lang][f.code], f, lang);
}

/**
 * The message of a finding and, apart, what to do about it (null when there is nothing to do), for a view that
 * shows the two differently.
 *
 * @example renderFindingParts(finding("result-missing", {}, { fiscalYear: 2024 }), "ja").hint // "結果を入力してください。"
 */
export function renderFindingParts(f: Finding, lang: Lang = "ja"): { message: string; hint: string | null } {
  const hint = FINDING_HINTS[lang][f.code];
  return { message: renderFinding(f, lang), hint: hint === undefined ? null : fillTemplate(hint, f, lang) };
}

/** A unit with the period the engine names in English (`回/week`) written in the language (`回/週`, `回 per week`). */
function unitText(value: unknown, lang: Lang): string {
  const text = paramText("unit", value, lang);
  const slash = text.lastIndexOf("/");
  const words: Record<string, string> = PERIOD_WORDS[lang];
  const period = slash < 0 ? undefined : words[text.slice(slash + 1)];
  return period === undefined ? text : text.slice(0, slash) + period;
}

/**
 * A row of a sheet in words: 「12行目」, or 「シート「2023年度」の12行目」 when it is on another sheet than the finding's
 * (`at`, a check of all sheets); "row 12", "row 12 of sheet "FY2023"".
 */
function rowPlace(row: number, at: SheetCell | undefined, lang: Lang): string {
  if (lang === "ja") return at ? `シート「${at.sheet}」の${row}行目` : `${row}行目`;
  return at ? `row ${row} of sheet "${at.sheet}"` : `row ${row}`;
}

/** Series findings naming last year's KPI by its title: its place follows the title in brackets. */
const KPI_PLACE_CODES: ReadonlySet<string> = new Set(["series-uncertain", "series-kept-apart", "series-unit-changed", "series-new-measure"]);

/**
 * Where last year's KPI is, "" when on the finding's own sheet: before its figure (「シート「2023年度」の12行目：」,
 * "row 12 of sheet "FY2023": ") or, for a series finding naming the KPI, after its title (「（シート「2023年度」の12行目）」,
 * " (row 12 of sheet "FY2023")").
 */
function previousAtText(at: unknown, code: string, lang: Lang): string {
  if (typeof at !== "object" || at === null) return "";
  const place = at as SheetCell;
  const where = rowPlace(place.row, place, lang);
  if (KPI_PLACE_CODES.has(code)) return lang === "ja" ? `（${where}）` : ` (${where})`;
  return where + (lang === "ja" ? "：" : ": ");
}

function fillTemplate(template: string, f: Finding, lang: Lang): string {
  const params: Readonly<Record<string, unknown>> = f.params;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "field") return f.field ? FIELD_WORDS[lang][f.field] : "";
    if (name === "cell") return f.cell ?? "";
    if (name === "previousAt") return previousAtText(params.previousAt, f.code, lang);
    if (name === "row" && f.code === "baseline-from-previous-year") return rowPlace(f.params.row, f.params.previousAt, lang);
    if (name === "doubt" && f.code === "layout-uncertain") return doubtText(f as Finding<"layout-uncertain">, lang);
    if (f.code === "unit-mismatch" && (name === "target" || name === "result")) return unitText(params[name], lang);
    return paramText(name, params[name], lang);
  });
}

/**
 * The word for a field in a language.
 *
 * @example fieldWord("target", "en") // "Target"
 */
export function fieldWord(field: KpiField, lang: Lang = "ja"): string {
  return FIELD_WORDS[lang][field];
}
