import { cellAddress } from "../cellAddress";
import { escapeRegExp } from "../escapeRegExp";
import { finding, type Finding } from "../Finding";
import { KPI_FIELDS, type FieldCell, type KpiField, type KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import { nearMissTerm } from "./findTermMisspellings";

interface Place {
  row: number;
  field: KpiField;
  cell: string;
}

interface Seen {
  count: number;
  first: Place;
}

// No lookbehind (Safari before 16.4 cannot parse it): the character before is matched, the acronym is group 1.
const ACRONYM = /(?:^|[^A-Za-z])([A-Z]{2,6})(?![A-Za-z])/g;
const TWO_CAPITALS = /[A-Z]{2}/;

/** The fields that hold words (the fiscal year and No do not). */
const TEXT_FIELDS = KPI_FIELDS.filter((f) => f !== "fiscalYear" && f !== "no");

/**
 * One regex for all variant groups (longest spelling first, so that 申込み is not also counted as 申込) and the
 * group of each spelling; built once per schema.
 */
const groupPatterns = new WeakMap<KpiSchema, { re: RegExp; termOf: Map<string, string> }>();
function patterns(schema: KpiSchema) {
  let p = groupPatterns.get(schema);
  if (!p) {
    const termOf = new Map<string, string>();
    for (const group of schema.notationVariants) {
      for (const s of group) termOf.set(normalizeText(s), `group:${group[0]}`);
    }
    const spellings = [...termOf.keys()].sort((a, b) => b.length - a.length);
    // a look-ahead on the spellings' first characters lets the regex engine skip most positions at once
    const firsts = [...new Set(spellings.map((s) => escapeRegExp([...s][0])))].join("|");
    const source = spellings.length > 0 ? `(?=${firsts})(?:${spellings.map(escapeRegExp).join("|")})` : "(?!)";
    p = { re: new RegExp(source, "g"), termOf };
    groupPatterns.set(schema, p);
  }
  return p;
}

/** Counts one sighting of a spelling of a term; the place is kept (and built) only for its first sighting. */
function note(map: Map<string, Map<string, Seen>>, term: string, spelling: string, row: number, field: KpiField, cell: FieldCell) {
  let spellings = map.get(term);
  if (!spellings) map.set(term, (spellings = new Map<string, Seen>()));
  const seen = spellings.get(spelling);
  if (seen) seen.count++;
  else spellings.set(spelling, { count: 1, first: { row, field, cell: cellAddress(cell.row, cell.col) } });
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The terms and spellings of one cell text, in order, as one flat list `[term, spelling, term, spelling, …]` (this
 * runs over every text cell: exec loops, no pair arrays). `acronyms` caches the term of each acronym spelling.
 */
function sightings(text: string, re: RegExp, termOf: Map<string, string>, acronyms: Map<string, string>): readonly string[] {
  const normalized = normalizeText(text);
  let out: string[] | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(normalized); m !== null; m = re.exec(normalized)) {
    (out ??= []).push(termOf.get(m[0]) ?? m[0], m[0]);
  }
  if (!TWO_CAPITALS.test(normalized)) return out ?? NONE;
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(normalized); m !== null; m = ACRONYM.exec(normalized)) {
    const acronym = m[1];
    let term = acronyms.get(acronym);
    if (term === undefined) acronyms.set(acronym, (term = `acronym:${[...acronym].sort().join("")}`));
    (out ??= []).push(term, acronym);
  }
  return out ?? NONE;
}

/**
 * Finds terms that the table spells in more than one way (kpi-rules.md §4 `notation-variant`): the schema's
 * variant groups (お客様 / お客さま, …), acronyms written with the same letters in another order (NPS / NSP), and
 * component labels matched only by prefix (火新種 / 火新). One table-wide finding per term, pointing at the first
 * cell of its least frequent spelling. An acronym that is a near miss of a known term is left to
 * `findTermMisspellings`.
 *
 * @example findNotationVariants(records, schema, [["火新種", "火新"]])[0].params // { variants: ["NPS", "NSP"], … }
 */
export function findNotationVariants(
  records: KpiRecord[],
  schema: KpiSchema,
  labelVariants: [string, string][] = [],
): Finding[] {
  const terms = new Map<string, Map<string, Seen>>();
  const { re, termOf } = patterns(schema);
  // a column often repeats the text of the row above (the policy, the scope): that text is not scanned again
  // (per field, by its index in TEXT_FIELDS: the text last scanned and what it held)
  const lastText: string[] = TEXT_FIELDS.map(() => "");
  const lastFound: (readonly string[])[] = TEXT_FIELDS.map(() => NONE);
  const acronyms = new Map<string, string>();
  for (const record of records) {
    for (let f = 0; f < TEXT_FIELDS.length; f++) {
      const field = TEXT_FIELDS[f];
      const cell: FieldCell | undefined = record.fields[field];
      if (!cell || typeof cell.value !== "string" || cell.text === "") continue;
      if (lastText[f] !== cell.text) {
        lastText[f] = cell.text;
        lastFound[f] = sightings(cell.text, re, termOf, acronyms);
      }
      const found = lastFound[f];
      for (let k = 0; k < found.length; k += 2) note(terms, found[k], found[k + 1], record.row, field, cell);
    }
  }
  const findings: Finding[] = [];
  for (const [term, all] of terms) {
    // an acronym one slip from a known term (NSP for NPS) is a misspelling, found on each of its cells by
    // findTermMisspellings — not a variant of equal standing pointing at one cell
    const spellings = term.startsWith("acronym:") ? new Map([...all].filter(([s]) => nearMissTerm(s, schema) === undefined)) : all;
    if (spellings.size < 2) continue;
    const ordered = [...spellings.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first.row - b[1].first.row);
    const rare = ordered[ordered.length - 1][1].first;
    findings.push(
      finding("notation-variant", rare, {
        variants: ordered.map(([s]) => s),
        counts: ordered.map(([, seen]) => String(seen.count)),
      }),
    );
  }
  const pairs = new Set<string>();
  for (const [a, b] of labelVariants) {
    const key = [a, b].sort().join("\u0000");
    if (pairs.has(key) || a === b) continue;
    pairs.add(key);
    findings.push(finding("notation-variant", {}, { variants: [a, b], counts: [] }));
  }
  return findings;
}
