import { cellAddress } from "../cellAddress";
import { escapeRegExp } from "../escapeRegExp";
import { finding, type Finding } from "../Finding";
import type { FieldCell, KpiField, KpiRecord } from "../KpiRecord";
import type { KpiSchema } from "../KpiSchema";
import { normalizeText } from "../normalizeText";
import { nearMissTerm } from "./findTermMisspellings";
import { readTextCells, type TextCellCheck } from "./readTextCells";

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

/**
 * Counts one sighting of a spelling of a term and returns its tally entry; the place is kept (and built) only for
 * its first sighting.
 */
function note(map: Map<string, Map<string, Seen>>, term: string, spelling: string, row: number, field: KpiField, cell: FieldCell): Seen {
  let spellings = map.get(term);
  if (!spellings) map.set(term, (spellings = new Map<string, Seen>()));
  let seen = spellings.get(spelling);
  if (seen) seen.count++;
  else spellings.set(spelling, (seen = { count: 1, first: { row, field, cell: cellAddress(cell.row, cell.col) } }));
  return seen;
}

/**
 * The terms and spellings of one normalised cell text, in order, as one flat list `[term, spelling, term, spelling,
 * …]`, or null when it holds none (this runs over every text: exec loops, no pair arrays). `acronyms` caches the
 * term of each acronym spelling.
 */
function sightings(normalized: string, re: RegExp, termOf: Map<string, string>, acronyms: Map<string, string>): string[] | null {
  let out: string[] | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(normalized); m !== null; m = re.exec(normalized)) {
    const term = termOf.get(m[0]) ?? m[0];
    if (out === null) out = [term, m[0]];
    else out.push(term, m[0]);
  }
  if (!TWO_CAPITALS.test(normalized)) return out;
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(normalized); m !== null; m = ACRONYM.exec(normalized)) {
    const acronym = m[1];
    let term = acronyms.get(acronym);
    if (term === undefined) acronyms.set(acronym, (term = `acronym:${[...acronym].sort().join("")}`));
    if (out === null) out = [term, acronym];
    else out.push(term, acronym);
  }
  return out;
}

/**
 * What one text holds for the tally: its sightings (see `sightings`), and their tally entries once the first cell
 * holding it is noted — the cells below that repeat the text only count them again.
 */
interface TextSightings {
  readonly found: readonly string[];
  tallies: Seen[] | undefined;
}

/** The notation-variant check as `readTextCells` feeds it, with the findings it makes of its tally at the end. */
export interface NotationVariantCheck extends TextCellCheck<TextSightings | null> {
  /** The `notation-variant` findings of the texts noted, then those of the component labels matched by prefix. */
  findings(labelVariants: readonly (readonly [string, string])[]): Finding[];
}

/**
 * The notation-variant check (see {@link findNotationVariants}), to be fed the text cells by `readTextCells` — in
 * the same walk as other checks — and then asked for its findings.
 *
 * @example const check = notationVariantCheck(schema); readTextCells(records, [check]); check.findings([])
 */
export function notationVariantCheck(schema: KpiSchema): NotationVariantCheck {
  const terms = new Map<string, Map<string, Seen>>();
  const { re, termOf } = patterns(schema);
  const acronyms = new Map<string, string>();
  return {
    read(_text, normalized) {
      const found = sightings(normalized, re, termOf, acronyms);
      return found === null ? null : { found, tallies: undefined };
    },
    note(text, row, field, cell) {
      if (text === null) return;
      if (text.tallies) {
        for (const seen of text.tallies) seen.count++;
        return;
      }
      const { found } = text;
      const tallies = new Array<Seen>(found.length / 2);
      for (let k = 0; k < found.length; k += 2) tallies[k / 2] = note(terms, found[k], found[k + 1], row, field, cell);
      text.tallies = tallies;
    },
    findings: (labelVariants) => termFindings(terms, schema).concat(labelFindings(labelVariants)),
  };
}

/** One table-wide finding per term spelled in several ways, pointing at the first cell of its least frequent spelling. */
function termFindings(terms: Map<string, Map<string, Seen>>, schema: KpiSchema): Finding[] {
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
  return findings;
}

/** One table-wide finding per pair of component labels matched only by prefix (火新種 / 火新), in either order. */
function labelFindings(labelVariants: readonly (readonly [string, string])[]): Finding[] {
  const findings: Finding[] = [];
  const pairs = new Set<string>();
  for (const [a, b] of labelVariants) {
    const key = [a, b].sort().join("\u0000");
    if (pairs.has(key) || a === b) continue;
    pairs.add(key);
    findings.push(finding("notation-variant", {}, { variants: [a, b], counts: [] }));
  }
  return findings;
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
  records: readonly KpiRecord[],
  schema: KpiSchema,
  labelVariants: readonly (readonly [string, string])[] = [],
): Finding[] {
  const check = notationVariantCheck(schema);
  readTextCells(records, [check]);
  return check.findings(labelVariants);
}
