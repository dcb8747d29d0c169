import { addressOf } from "../cellAddress";
import { finding, type Finding } from "../Finding";
import { KPI_FIELDS, type FieldCell, type KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { FISCAL_YEAR_RANGE, parseFiscalYear } from "../fiscalYear/parseFiscalYear";
import { parseKpiNo } from "./parseKpiNo";

/** The key of a record (fiscal year and No), null where the cell could not be read. */
export interface RecordKey {
  fiscalYear: number | null;
  no: number | null;
}

/**
 * One map key per fiscal year and No: a small integer (no boxed number per row) for a No below a million — all
 * real ones —, a string beyond.
 */
const keyOf = (fiscalYear: number, no: number): number | string =>
  no < 1_000_000 ? (fiscalYear - FISCAL_YEAR_RANGE.min) * 1_000_000 + no : `${fiscalYear}:${no}`;

/**
 * Checks every record's key and cells against the schema (kpi-rules.md §4): `cell-error`, `required-missing`,
 * `invalid-fiscal-year`, `invalid-number`, `duplicate-kpi` and `numbering-gap`. Returns the keys it read, one per
 * record, for the judge.
 *
 * @example checkRecords(records, BUILT_IN_SCHEMA).keys[0] // { fiscalYear: 2024, no: 1 }
 */
export function checkRecords(records: KpiRecord[], schema: KpiSchema): { keys: RecordKey[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const required = new Set(schema.fields.filter((f) => f.constraints?.required).map((f) => f.name));
  /** Per fiscal year: where it is first seen, and the Nos it numbers. */
  const years = new Map<number, { row: number; cell: string | null; nos: number[] }>();
  const firstRowOfKey = new Map<number | string, number>();
  // a sheet writes each fiscal year the same way on many rows: each text is read once
  const yearOfText = new Map<string, number | null>();
  const yearOf = (cell: FieldCell): number | null => {
    if (typeof cell.value !== "string") return parseFiscalYear(cell.value, cell.text, schema) ?? null;
    let year = yearOfText.get(cell.text);
    if (year === undefined) yearOfText.set(cell.text, (year = parseFiscalYear(cell.value, cell.text, schema) ?? null));
    return year;
  };

  const keys = records.map((record): RecordKey => {
    const { fields, row } = record;
    let fyCell: FieldCell | undefined;
    let noCell: FieldCell | undefined;
    for (const name of KPI_FIELDS) {
      const cell = fields[name]; // read once: a view makes the cell anew on each read
      if (cell && typeof cell.value === "object" && cell.value !== null) {
        findings.push(finding("cell-error", { row, field: name, cell: addressOf(cell) }, { error: cell.value.error }));
      } else if (required.has(name) && (!cell || cell.text.trim() === "")) {
        findings.push(finding("required-missing", { row, field: name, cell: addressOf(cell) }, { field: name }));
      }
      if (name === "fiscalYear") fyCell = cell;
      else if (name === "no") noCell = cell;
    }
    let fiscalYear: number | null = null;
    if (fyCell && fyCell.text.trim() !== "") {
      fiscalYear = yearOf(fyCell);
      if (fiscalYear === null) {
        findings.push(finding("invalid-fiscal-year", { row, field: "fiscalYear", cell: addressOf(fyCell) }, { text: fyCell.text }));
      }
    }
    let no: number | null = null;
    if (noCell && noCell.text.trim() !== "") {
      no = parseKpiNo(noCell.value, noCell.text) ?? null;
      if (no === null) {
        findings.push(finding("invalid-number", { row, field: "no", cell: addressOf(noCell) }, { text: noCell.text }));
      }
    }
    if (fiscalYear !== null && no !== null) {
      const key = keyOf(fiscalYear, no);
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        findings.push(
          finding("duplicate-kpi", { row, field: "no", cell: addressOf(noCell) }, { fiscalYear, no, firstRow: first }),
        );
      } else {
        firstRowOfKey.set(key, row);
        const year = years.get(fiscalYear);
        if (year) year.nos.push(no);
        else years.set(fiscalYear, { row, cell: addressOf(fyCell), nos: [no] });
      }
    }
    return { fiscalYear, no };
  });

  for (const [fiscalYear, { row, cell, nos }] of years) {
    const sorted = nos.sort((a, b) => a - b);
    const missing: number[] = [];
    for (let n = 1, i = 0; n <= sorted[sorted.length - 1]; n++) {
      if (sorted[i] === n) i++;
      else missing.push(n);
    }
    if (missing.length > 0) {
      findings.push(
        finding("numbering-gap", { row, field: "no", cell }, { fiscalYear, missing: missing.slice(0, 20).join(", ") }),
      );
    }
  }
  return { keys, findings };
}
