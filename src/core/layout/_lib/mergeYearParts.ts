import { parseFiscalYear } from "../../fiscalYear/parseFiscalYear";
import type { FieldCell, KpiRecord } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { normalizeText } from "../../normalizeText";
import type { SkippedRow } from "../ReadTable";
import { yearPartIn, type YearPart } from "./yearPartIn";

/** A record and the part of the year its year cell names. */
interface Part {
  record: KpiRecord;
  part: YearPart;
}

/** The figures of the parts as one cell, each after its part's word (`上期180件、下期236件`), or the cell itself. */
function joinParts(parts: readonly Part[], field: "target" | "result", at: FieldCell | undefined): FieldCell | undefined {
  const filled = parts.filter((p) => (p.record.fields[field]?.text.trim() ?? "") !== "");
  if (filled.length === 0) return at;
  const texts = filled.map((p) => p.record.fields[field]!.text.trim());
  // the year's target written on every half's row is the year's target, once
  if (field === "target" && new Set(texts.map((t) => normalizeText(t))).size === 1) return at ?? filled[filled.length - 1].record.fields.target;
  const text = filled.map((p, i) => (normalizeText(texts[i]).startsWith(normalizeText(p.part.label)) ? texts[i] : `${p.part.label}${texts[i]}`)).join("、");
  const cell = at && at.text.trim() !== "" ? at : filled[filled.length - 1].record.fields[field]!;
  return { text, value: text, numberFormat: "General", row: cell.row, col: cell.col };
}

/** Whether a cell is absent or holds only white space. */
const isEmpty = (cell: FieldCell | undefined): boolean => (cell?.text.trim() ?? "") === "";

/** Whether a target counts over the whole year by the schema's year period words (`年間400件`, `年12回`, `400件/年`). */
function namesTheYear(target: string, schema: KpiSchema): boolean {
  const t = normalizeText(target).replace(/\s+/gu, "");
  const year = schema.periods.year;
  return year.prefixes.some((p) => t.startsWith(normalizeText(p))) || year.suffixes.some((x) => t.includes(normalizeText(x)));
}

/**
 * One KPI per fiscal year and No where a table with a year column has a row per part of the year (`2024年度上期`,
 * `2024年度下期`; quarters alike, by the schema's `yearParts`): the parts' rows are one KPI of the year, not one each.
 * A row of the whole year (`2024年度`, `2024年度通期`) is that KPI, the parts' rows beside it skipped as `year-part`.
 * Without one, the row of the latest part is the KPI, its result the parts' results after their words
 * (`上期180件、下期236件`, judged as written in one cell: the halves of a count add up, one half alone is not the
 * year's result) and so its target where the rows' targets differ; the other parts' rows are skipped as `year-part`.
 * When the latest part's row has no result yet (上期 in, 下期 empty), the KPI has none: the year's result is not in.
 * A lone part's row is relabelled only against a target of the whole year (`年間420件以上`: `上期204件` is a part of
 * it); against a target of its own (`200件以上`, `上期6回以上`) it is read as written. `partText` gives a row's part
 * where a column of its own names it (`年度 | 期 | No`: `yearPartColumn`).
 *
 * @example mergeYearParts(records, BUILT_IN_SCHEMA, 4).records.length // 1 for rows 2024年度上期 and 2024年度下期 of No 1
 */
export function mergeYearParts(
  records: readonly KpiRecord[],
  schema: KpiSchema,
  startMonth: number,
  partText?: (record: KpiRecord) => string,
): { records: KpiRecord[]; skipped: SkippedRow[] } {
  // the parts first, each distinct text read once (a year column repeats a few texts): a table without any is as read
  const seen = new Map<string, YearPart | undefined>();
  const partIn = (text: string): YearPart | undefined => {
    if (text === "") return undefined;
    if (!seen.has(text)) seen.set(text, yearPartIn(text, schema));
    return seen.get(text);
  };
  const partOf = new Map<KpiRecord, YearPart>();
  for (const record of records) {
    const fy = record.fields.fiscalYear;
    if (!fy) continue;
    const part = (typeof fy.value === "string" ? partIn(fy.text) : undefined) ?? partIn(partText?.(record) ?? "");
    if (part) partOf.set(record, part);
  }
  if (partOf.size === 0) return { records: [...records], skipped: [] };
  const groups = new Map<string, { whole: boolean; parts: Part[] }>();
  for (const record of records) {
    const fy = record.fields.fiscalYear;
    if (!fy) continue;
    const year = parseFiscalYear(fy.value, fy.text, schema, startMonth);
    if (year === undefined) continue;
    const key = `${year}|${normalizeText(record.fields.no?.text ?? "").trim()}|${record.fields.no ? "" : normalizeText(record.fields.title?.text ?? "")}`;
    const part = partOf.get(record);
    const group = groups.get(key) ?? { whole: false, parts: [] };
    groups.set(key, group);
    if (part) group.parts.push({ record, part });
    else group.whole = true;
  }
  const replaced = new Map<KpiRecord, KpiRecord | undefined>();
  for (const { whole, parts } of groups.values()) {
    if (parts.length === 0) continue;
    // a part of another set (上期 beside 第3四半期) is read as written: only one set's parts make one KPI
    if (new Set(parts.map((p) => p.part.set)).size > 1) continue;
    // one part alone (上期 only, the year still running): its result answers a target of the whole year (年間400件)
    // only as a part of it; a target of its own (200件, 上期6回) is read as written
    if (!whole && parts.length === 1 && !namesTheYear(parts[0].record.fields.target?.text ?? "", schema)) continue;
    for (const p of parts) replaced.set(p.record, undefined);
    if (whole) continue;
    const ordered = [...parts].sort((a, b) => a.part.index - b.part.index);
    const latest = ordered[ordered.length - 1].record;
    const fields = { ...latest.fields };
    // the latest part's result not in yet (下期 empty, the year running or not entered): the year has no result yet,
    // and the earlier parts' figures alone are not the year's (a rate of 上期 would pass as the year's)
    const result = isEmpty(latest.fields.result) ? latest.fields.result : joinParts(ordered, "result", latest.fields.result);
    const target = joinParts(ordered, "target", latest.fields.target);
    if (result) fields.result = result;
    if (target) fields.target = target;
    replaced.set(latest, { ...latest, fields });
  }
  const kept: KpiRecord[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of records) {
    if (!replaced.has(record)) kept.push(record);
    else {
      const merged = replaced.get(record);
      if (merged) kept.push(merged);
      else skipped.push({ row: record.row, why: "year-part" });
    }
  }
  return { records: kept, skipped };
}
