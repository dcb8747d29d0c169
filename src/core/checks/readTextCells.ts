import { KPI_FIELDS, type FieldCell, type KpiField, type KpiRecord } from "../KpiRecord";
import { normalizeText } from "../normalizeText";

/** The fields that hold words (the fiscal year and No do not). */
const TEXT_FIELDS = KPI_FIELDS.filter((f) => f !== "fiscalYear" && f !== "no");

/**
 * A check that reads the words of the text cells (`findNotationVariants`, `findTermMisspellings`): `read` takes a
 * text, as written and NFKC-normalised, and returns what the check found in it; `note` takes what was found for each
 * cell that holds the text.
 */
export interface TextCellCheck<T> {
  read(text: string, normalized: string): T;
  note(found: T, row: number, field: KpiField, cell: FieldCell): void;
}

/**
 * Walks the text cells of the records once for any number of checks, in sheet order and then `TEXT_FIELDS` order:
 * each text is normalised once and read once by each check. A column often repeats the text of the row above (the
 * policy, the scope): that text is not read again, only noted.
 *
 * @example readTextCells(records, [notationVariantCheck(schema), termMisspellingCheck(schema)])
 */
export function readTextCells(records: readonly KpiRecord[], checks: readonly TextCellCheck<unknown>[]): void {
  // per field, by its index in TEXT_FIELDS: the text last read and what each check found in it
  const lastText: string[] = TEXT_FIELDS.map(() => "");
  const lastFound: unknown[][] = TEXT_FIELDS.map(() => new Array(checks.length));
  for (const record of records) {
    for (let f = 0; f < TEXT_FIELDS.length; f++) {
      const field = TEXT_FIELDS[f];
      const cell: FieldCell | undefined = record.fields[field];
      if (!cell || typeof cell.value !== "string" || cell.text === "") continue;
      const found = lastFound[f];
      if (lastText[f] !== cell.text) {
        lastText[f] = cell.text;
        const normalized = normalizeText(cell.text);
        for (let c = 0; c < checks.length; c++) found[c] = checks[c].read(cell.text, normalized);
      }
      for (let c = 0; c < checks.length; c++) checks[c].note(found[c], record.row, field, cell);
    }
  }
}
