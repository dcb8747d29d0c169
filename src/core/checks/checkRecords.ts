import { finding, type Finding } from "../Finding";
import { KPI_FIELDS, type KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { parseFiscalYear } from "../fiscalYear/parseFiscalYear";
import { parseKpiNo } from "./parseKpiNo";

/** The key of a record (fiscal year and No), null where the cell could not be read. */
export interface RecordKey {
  fiscalYear: number | null;
  no: number | null;
}

/**
 * Checks every record's key and cells against the schema (kpi-rules.md §4): `cell-error`, `required-missing`,
 * `invalid-fiscal-year`, `invalid-number`, `duplicate-kpi` and `numbering-gap`. Returns the keys it read, one per
 * record, for the judge.
 *
 * @example checkRecords(records, BUILT_IN_SCHEMA).keys[0] // { fiscalYear: 2024, no: 1 }
 */
export function checkRecords(records: KpiRecord[], schema: KpiSchema): { keys: RecordKey[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const required = schema.fields.filter((f) => f.constraints?.required).map((f) => f.name);
  const firstRowOfKey = new Map<number, number>();
  const nosByYear = new Map<number, { nos: number[]; row: number; cell: string | null }>();

  const keys = records.map((record): RecordKey => {
    const { fields, row } = record;
    for (const name of KPI_FIELDS) {
      const cell = fields[name];
      if (cell && typeof cell.value === "object" && cell.value !== null) {
        findings.push(finding("cell-error", { row, field: name, cell: cell.cell }, { error: cell.value.error }));
      }
    }
    for (const name of required) {
      const cell = fields[name];
      if (!cell || cell.text.trim() === "") {
        findings.push(finding("required-missing", { row, field: name, cell: cell?.cell ?? null }, { field: name }));
      }
    }
    const fyCell = fields.fiscalYear;
    let fiscalYear: number | null = null;
    if (fyCell && fyCell.text.trim() !== "") {
      fiscalYear = parseFiscalYear(fyCell.value, fyCell.text, schema) ?? null;
      if (fiscalYear === null) {
        findings.push(finding("invalid-fiscal-year", { row, field: "fiscalYear", cell: fyCell.cell }, { text: fyCell.text }));
      }
    }
    const noCell = fields.no;
    let no: number | null = null;
    if (noCell && noCell.text.trim() !== "") {
      no = parseKpiNo(noCell.value, noCell.text) ?? null;
      if (no === null) {
        findings.push(finding("invalid-number", { row, field: "no", cell: noCell.cell }, { text: noCell.text }));
      }
    }
    if (fiscalYear !== null && no !== null) {
      const key = fiscalYear * 10_000_000 + no;
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        findings.push(
          finding("duplicate-kpi", { row, field: "no", cell: noCell?.cell ?? null }, { fiscalYear, no, firstRow: first }),
        );
      } else {
        firstRowOfKey.set(key, row);
        const year = nosByYear.get(fiscalYear) ?? { nos: [], row, cell: fyCell?.cell ?? null };
        year.nos.push(no);
        nosByYear.set(fiscalYear, year);
      }
    }
    return { fiscalYear, no };
  });

  for (const [fiscalYear, { nos, row, cell }] of nosByYear) {
    const sorted = [...nos].sort((a, b) => a - b);
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
