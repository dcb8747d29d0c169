import type { FieldCell, KpiRecord } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { normalizeText } from "../../normalizeText";

/** The columns of a table that qualify the figures of their row (`schema.qualifierHeaders`). */
export interface QualifierColumns {
  /** A units column (`単位`): `%`, `件`, `回` … */
  unit?: number;
  /** A criterion column (`判定基準`, `達成基準`): `以上`, `以下`, `以内` … */
  comparator?: number;
}

/** A bare number (`95`, `1,200`, `3.5`), maybe followed by a comparator word (`95以上`). */
const BARE_FIGURE = /^([+-]?\d[\d,]*(?:\.\d+)?)(.*)$/u;

interface Words {
  units: ReadonlySet<string>;
  suffixes: readonly string[];
  prefixes: readonly string[];
}

const cache = new WeakMap<KpiSchema, Words>();

function wordsOf(schema: KpiSchema): Words {
  const hit = cache.get(schema);
  if (hit) return hit;
  const words: Words = {
    units: new Set(schema.units.flatMap((u) => [u.unit, ...Object.keys(u.aliases)].map((w) => normalizeText(w)))),
    suffixes: Object.keys(schema.comparators.suffix).map((w) => normalizeText(w)),
    prefixes: Object.keys(schema.comparators.prefix).map((w) => normalizeText(w)),
  };
  cache.set(schema, words);
  return words;
}

const clean = (text: string): string => normalizeText(text).replace(/\s+/gu, "");

/**
 * A figure's text with the column's unit after its number, when the number stands without one (`95` → `95%`). A
 * result's fraction beside `%` (`0.95`: a ratio kept as a number) stays bare, for the judge to read against the
 * target as it reads any bare fraction (`percent-as-fraction` against `95%以上`, `unit-inferred` against `0.5%以下`).
 */
function withUnit(text: string, unit: string, words: Words, isTarget: boolean): string {
  const m = BARE_FIGURE.exec(clean(text));
  if (!m || (m[2] !== "" && !words.suffixes.includes(m[2]))) return text;
  const value = Math.abs(Number(m[1].replace(/,/gu, "")));
  if (!isTarget && unit === "%" && value > 0 && value < 1) return text;
  return `${m[1]}${unit}${m[2]}`;
}

const DIGIT = /\d/u;

/**
 * A target's figure with the column's comparator, when it holds none: a word after it (`95%` → `95%以上`), a sign
 * before it (`≧` → `≧95%`). A target without a figure (`研修の実施`) takes none.
 */
function withComparator(text: string, comparator: string, words: Words): string {
  const t = clean(text);
  if (!DIGIT.test(t) || words.suffixes.some((w) => t.includes(w)) || words.prefixes.some((w) => t.startsWith(w))) return text;
  return words.suffixes.includes(comparator) ? `${t}${comparator}` : `${comparator}${t}`;
}

/**
 * What qualifies a record's figures in a table with units or criterion columns (docs/sheet-layouts.md "Units and
 * criterion columns"): a bare number in the target or the result takes the row's unit (`95` beside `%` is 95 %), a
 * target without a comparator takes the row's criterion (`95%` beside `以上` is `95%以上`). A cell of those columns that
 * is not a unit (`schema.units`) or a comparator word (`schema.comparators`) qualifies nothing, and a figure that
 * has its own unit or comparator keeps it. The cell keeps its place and value; only its text says more. Undefined
 * when the table has neither column.
 *
 * @example qualifyFigures((r, c) => grid.fieldText(r, c), { unit: 5, comparator: 6 }, BUILT_IN_SCHEMA)?.(record).fields.target?.text // "95%以上"
 */
export function qualifyFigures(
  textAt: (row: number, col: number) => string,
  columns: QualifierColumns,
  schema: KpiSchema,
): ((record: KpiRecord) => KpiRecord) | undefined {
  if (columns.unit === undefined && columns.comparator === undefined) return undefined;
  const words = wordsOf(schema);
  return (record) => {
    const { target, result } = record.fields;
    if (!target && !result) return record;
    const unitText = columns.unit === undefined ? "" : clean(textAt(record.row, columns.unit));
    const unit = words.units.has(unitText) ? unitText : undefined;
    const comparatorText = columns.comparator === undefined ? "" : clean(textAt(record.row, columns.comparator));
    const comparator = words.suffixes.includes(comparatorText) || words.prefixes.includes(comparatorText) ? comparatorText : undefined;
    if (!unit && !comparator) return record;
    const qualify = (cell: FieldCell | undefined, isTarget: boolean): FieldCell | undefined => {
      if (!cell || cell.text.trim() === "") return cell;
      let text = unit ? withUnit(cell.text, unit, words, isTarget) : cell.text;
      if (isTarget && comparator) text = withComparator(text, comparator, words);
      return text === cell.text ? cell : { ...cell, text };
    };
    const t = qualify(target, true);
    const r = qualify(result, false);
    if (t === target && r === result) return record;
    const fields = { ...record.fields };
    if (t) fields.target = t;
    if (r) fields.result = r;
    return { ...record, fields };
  };
}
