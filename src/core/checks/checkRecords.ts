import { addressOf } from "../cellAddress";
import { finding, type Finding } from "../Finding";
import { KPI_FIELDS, type FieldCell, type KpiField, type KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { parseFiscalYear } from "../fiscalYear/parseFiscalYear";
import { parseKpiNoParts } from "./parseKpiNo";

/**
 * The keys of the records (fiscal year and No), one slot per record, null where the cell could not be read: two
 * lists of numbers rather than an object per record (a sheet may have 100,000 rows).
 */
export interface RecordKeys {
  fiscalYears: (number | null)[];
  nos: (number | null)[];
  /** The sub-number of a No written `1-2` (2), else null: `1-1` and `1-2` are two KPIs. */
  subNos: (number | null)[];
}

/** How many missing Nos a `numbering-gap` finding lists. */
const MAX_MISSING_LISTED = 20;

/** A fiscal year's numbered records: where the year is first seen, and the index of each record with a No. */
interface YearRecords {
  row: number;
  cell: string | null;
  indices: number[];
}

/**
 * Up to `MAX_MISSING_LISTED` of the Nos missing from 1…max in sorted `nos` (which may repeat), as the finding
 * lists them, or "" when none is missing. Walks the gaps, not the numbers: a No of 1,000,000,000 costs nothing.
 */
function missingNos(nos: number[]): string {
  const listed: number[] = [];
  let expected = 1;
  for (const no of nos) {
    for (; expected < no; expected++) {
      if (listed.length === MAX_MISSING_LISTED) return `${listed.join(", ")}, …`;
      listed.push(expected);
    }
    expected = Math.max(expected, no + 1);
  }
  return listed.join(", ");
}

/**
 * Checks every record's key and cells against the schema (kpi-rules.md §4): `cell-error`, `required-missing`,
 * `invalid-fiscal-year`, `invalid-number`, `duplicate-kpi` and `numbering-gap`. Returns the keys it read, one per
 * record, for the judge. The `absent` fields are required columns the sheet lacks (their `missing-column` finding
 * says so once): their empty cells are not listed row by row.
 *
 * @example checkRecords(records, BUILT_IN_SCHEMA).keys // { fiscalYears: [2024, …], nos: [1, …] }
 */
export function checkRecords(
  records: KpiRecord[],
  schema: KpiSchema,
  startMonth: number = schema.fiscalYear.startMonth,
  absent: ReadonlySet<KpiField> = new Set(),
): { keys: RecordKeys; findings: Finding[] } {
  const findings: Finding[] = [];
  // a required column the sheet does not have is one `missing-column` finding, not one empty cell per row
  const requiredNames = new Set(schema.fields.filter((f) => f.constraints?.required && !absent.has(f.name)).map((f) => f.name));
  const required = KPI_FIELDS.map((name) => requiredNames.has(name));
  const years = new Map<number, YearRecords>();
  // a sheet writes each fiscal year the same way on many rows: each text is read once
  const yearOfText = new Map<string, number | null>();
  const yearOf = (cell: FieldCell): number | null => {
    if (typeof cell.value !== "string") return parseFiscalYear(cell.value, cell.text, schema, startMonth) ?? null;
    let year = yearOfText.get(cell.text);
    if (year === undefined) yearOfText.set(cell.text, (year = parseFiscalYear(cell.value, cell.text, schema, startMonth) ?? null));
    return year;
  };

  // sized up front: lists of a sheet's length are not grown a push at a time
  const keys: RecordKeys = {
    fiscalYears: new Array(records.length),
    nos: new Array(records.length),
    subNos: new Array(records.length),
  };
  records.forEach((record, index) => {
    const { fields, row } = record;
    let fyCell: FieldCell | undefined;
    let noCell: FieldCell | undefined;
    for (let i = 0; i < KPI_FIELDS.length; i++) {
      const name = KPI_FIELDS[i];
      const cell = fields[name]; // read once: a view makes the cell anew on each read
      if (cell && typeof cell.value === "object" && cell.value !== null) {
        // an error pasted as text is a warning (kpi-rules.md §1 "Error texts"); a formula's error an error
        const at = { row, field: name, cell: addressOf(cell) };
        findings.push(finding("cell-error", at, { error: cell.value.error }, cell.value.pasted ? "warning" : "error"));
      } else if (required[i] && (!cell || cell.text.trim() === "")) {
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
    let subNo: number | null = null;
    if (noCell && noCell.text.trim() !== "") {
      const parts = parseKpiNoParts(noCell.value, noCell.text);
      no = parts?.[0] ?? null;
      subNo = parts?.[1] ?? null;
      if (no === null) {
        findings.push(finding("invalid-number", { row, field: "no", cell: addressOf(noCell) }, { text: noCell.text }));
      }
    }
    if (fiscalYear !== null && no !== null) {
      const year = years.get(fiscalYear);
      if (year) year.indices.push(index);
      else years.set(fiscalYear, { row, cell: addressOf(fyCell), indices: [index] });
    }
    keys.fiscalYears[index] = fiscalYear;
    keys.nos[index] = no;
    keys.subNos[index] = subNo;
  });

  // Per fiscal year, the records sorted by No (then sheet order): a No equal to the one before is a duplicate of
  // the first record of its run; the gaps between the Nos are the numbering gaps. Sorting here replaces a map of
  // every key, which cost a 100,000-row sheet more than all the other checks.
  for (const [fiscalYear, { row, cell, indices }] of years) {
    const noAt = (i: number) => keys.nos[i] as number;
    const subAt = (i: number) => keys.subNos[i] ?? 0;
    indices.sort((a, b) => noAt(a) - noAt(b) || subAt(a) - subAt(b) || a - b);
    // one initiative's KPIs on consecutive rows: the No from one cell (merged over their rows), or the next row
    // repeating No and title (`〃`, `同上`, or typed again) — not a duplicate
    const sameNoCell = (i: number, j: number): boolean => {
      const a = records[i].fields.no;
      const b = records[j].fields.no;
      return a !== undefined && b !== undefined && a.row === b.row && a.col === b.col;
    };
    const title = (i: number): string => records[i].fields.title?.text.trim() ?? "";
    const sameInitiative = (i: number, prev: number): boolean => i === prev + 1 && title(i) !== "" && title(i) === title(prev);
    let first = indices[0];
    let prev = first;
    for (const i of indices) {
      if (noAt(i) !== noAt(first) || subAt(i) !== subAt(first)) first = i;
      else if (i !== first && !sameNoCell(i, first) && !sameInitiative(i, prev)) {
        const at = { row: records[i].row, field: "no" as const, cell: addressOf(records[i].fields.no) };
        findings.push(finding("duplicate-kpi", at, { fiscalYear, no: subAt(i) ? `${noAt(i)}-${subAt(i)}` : noAt(i), firstRow: records[first].row }));
      }
      prev = i;
    }
    const missing = missingNos(indices.map(noAt));
    if (missing !== "") findings.push(finding("numbering-gap", { row, field: "no", cell }, { fiscalYear, missing }));
  }
  return { keys, findings };
}
