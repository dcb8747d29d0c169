import { normalizeText } from "../../normalizeText";
import type { Grid } from "./Grid";
import type { HeaderSpec } from "./headerSpec";

/** Why a row inside a KPI table is not a KPI (kpi-rules.md §1 "Rows that are not KPIs"). */
export type SkipReason = "totals" | "header" | "section" | "units" | "footnote" | "incomplete" | "second-table" | "year-part";

/** What {@link classifyRow} needs to know about the table. */
export interface RowContext {
  grid: Grid;
  left: number;
  right: number;
  ignore: Set<number>;
  /** The field each header column names (any year). */
  fieldAt: Map<number, string>;
  /** Columns of the No and the title. */
  keyCols: number[];
  /** Columns of target, result, description, commitment, evaluation (every year). */
  contentCols: number[];
  spec: (text: string) => HeaderSpec;
  /** The Excel Table's totals row, if it shows one. */
  totalsRow?: number;
  /** The header's own texts per column: a row repeating them (even its unnamed columns: 担当, 進捗) is the header again. */
  headerTexts?: Map<number, Set<string>>;
  /**
   * Whether a row without its own No and title continues the KPI of the row above it (a component of it in the
   * scope column: `自動車` / `火災` / `全体` under `1 | 早期更改率`, the name written on its first row only).
   */
  continues?: (row: number) => boolean;
}

const TOTALS = /^(?:合計|計|総計|小計|平均|全体|総合計|合計値|全社計|累計|total|totals|subtotal|average|sum)$/iu;
const FOOTNOTE = /^(?:※|\*|＊|†|注[\d:：)）.、\s]|注$|注記|[(（[【]注|備考[:：]|出典|出所|参考[:：])/u;
/** A legend of the evaluation's marks under a table: `○：達成　△：一部達成　×：未達成`, `◎=達成 ×=未達`. */
const LEGEND = /^(?:[〇○◯◎●△▲×✕✖][:：=＝][^\s:：=＝〇○◯◎●△▲×✕✖]{1,8}[\s、,/／・]*){2,}$/u;
const UNIT_ONLY =
  /^[([]?(?:単位[:：]?)?(?:%|件|人|名|回|点|pt|ポイント|円|千円|万円|百万円|億円|社|先|日|時間|分|か月|ヶ月|カ月|倍|率|[-―ー~〜/・,、])+[)\]]?$/iu;
const SECTION_MARK = /^(?:【.*】|[■□●○◆◇▼▽▶▷★☆◎].*|第[0-9一二三四五六七八九十]+[章節部].*|\[.*\])$/u;
/**
 * A digit: neither a totals label nor a unit holds one, and normalising keeps every digit, so a text holding one
 * is neither without being normalised (a row's year and No: most rows are KPIs).
 */
const DIGIT = /[0-9]/;

/** The non-blank cells of a row: their columns and, in the same order, their texts. */
interface RowCells {
  cols: number[];
  texts: string[];
}

/**
 * The non-blank cells of a row (a merge counted once, at its top-left), left to right, each read once: an error
 * value as its code, else what the cell shows.
 */
function cellsOf(ctx: RowContext, row: number): RowCells {
  const { grid } = ctx;
  const cells: RowCells = { cols: [], texts: [] };
  for (let col = ctx.left; col <= ctx.right; col++) {
    if (ctx.ignore.has(col)) continue;
    const v = grid.value(row, col);
    const text = v !== null && typeof v === "object" ? v.error : grid.text(row, col);
    // blank as `Grid.isBlank` has it: no value but white space, and no text but white space
    if ((v === null || (typeof v === "string" && v.trim() === "")) && text.trim() === "") continue;
    const m = grid.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) continue;
    cells.cols.push(col);
    cells.texts.push(text);
  }
  return cells;
}

/**
 * Whether a field's cell holds something in this row: its own text, or a merge's carried down from a row above (a
 * No merged over rows); not a merge spread from a cell left of it in the same row (a heading merged across the table).
 */
function filled(ctx: RowContext, row: number, col: number): boolean {
  const m = ctx.grid.mergeAt(row, col);
  if (m && m.left !== col && m.top === row) return false;
  return ctx.grid.fieldText(row, col).trim() !== "";
}

/**
 * Whether a totals word names the whole of a KPI's scope rather than the table's total: `全体` / `合計` in the scope
 * column (`種目`: 自動車 / 火災 / 全体) of a row under its KPI's No or title (merged over its rows, or its own).
 */
function isWholeScope(ctx: RowContext, row: number, col: number): boolean {
  return ctx.fieldAt.get(col) === "scope" && (ctx.keyCols.some((c) => filled(ctx, row, c)) || (ctx.continues?.(row) ?? false));
}

/**
 * Whether a row of a KPI table is not a KPI, and why: an Excel Table's totals row or a row labelled 合計 / 計 /
 * 平均 (`totals`); a repeated header (`header`) or another table's header (`second-table`); a section heading (one
 * filled cell, or `【…】` / `■ …` with the KPI columns empty: `section`); a units row (`units`); a footnote
 * (`※`, `注`, `*`, a legend of marks `○：達成　×：未達成`: `footnote`); a row without a No or title, or without any of target, result, description,
 * commitment and evaluation (`incomplete`). Undefined for a KPI row; a blank row is the caller's to skip.
 *
 * @example classifyRow(ctx, 26) // "totals"
 */
export function classifyRow(ctx: RowContext, row: number): SkipReason | undefined {
  if (ctx.totalsRow === row) return "totals";
  const { cols, texts } = cellsOf(ctx, row);
  const count = cols.length;
  if (count === 0) return "incomplete";
  // normalised lazily and only as far as needed: most rows are KPIs, decided after a cell or two (100,000 rows)
  const keyOf = (i: number): string => normalizeText(texts[i]).replace(/\s+/gu, "");
  const maybeWord = (i: number, max: number): boolean => texts[i].length <= max && !DIGIT.test(texts[i]);
  for (let i = 0; i < Math.min(2, count); i++) if (maybeWord(i, 8) && TOTALS.test(keyOf(i)) && !isWholeScope(ctx, row, cols[i])) return "totals";
  if (ctx.headerTexts && count >= 2 && ctx.headerTexts.get(cols[0])?.has(texts[0].trim())) {
    let same = 0;
    for (let i = 0; i < count; i++) if (ctx.headerTexts.get(cols[i])?.has(texts[i].trim())) same++;
    if (same >= 2 && same * 2 >= count) return "header";
  }
  // a table without any content column (only 年度 / No / 取組項目) cannot tell: its rows are KPIs
  const content = ctx.contentCols.length === 0 || ctx.contentCols.some((c) => filled(ctx, row, c));
  if ((FOOTNOTE.test(texts[0].trim()) || LEGEND.test(texts[0].trim())) && (count <= 2 || !content)) return "footnote";
  if (count >= 2) {
    let same = 0;
    let headerish = true;
    for (let i = 0; i < count; i++) {
      const s = texts[i].length <= 40 ? ctx.spec(texts[i]) : {};
      if (s.field === undefined && s.year === undefined) {
        headerish = false;
        break;
      }
      if (s.field !== undefined && ctx.fieldAt.get(cols[i]) === s.field) same++;
    }
    if (headerish) return same * 2 >= count ? "header" : "second-table";
  }
  let units = true;
  for (let i = 0; i < count && units; i++) units = maybeWord(i, 16) && UNIT_ONLY.test(keyOf(i));
  if (units) return "units";
  if (count === 1 && !(content && ctx.keyCols.some((c) => filled(ctx, row, c)))) return "section";
  if (!content && SECTION_MARK.test(keyOf(0))) return "section";
  const key = ctx.keyCols.length === 0 || ctx.keyCols.some((c) => filled(ctx, row, c)) || (ctx.continues?.(row) ?? false);
  return key && content ? undefined : "incomplete";
}

/** Short labels without a figure (`年度 | 回答数 | 総合満足度`). */
const LABEL = /^[^\d０-９①-⑳]{1,12}$/u;

/**
 * Whether a row is the header of another table (below ours, after a blank row or a heading): two labels or more,
 * none with a figure, one at least naming a field or a year, and none naming the field our header has in its
 * column (that would be our own sub-header).
 *
 * @example isOtherHeader(ctx, 10) // true for `年度 | 回答数 | 総合満足度` under a `No | 取組項目 | 目標 | 結果` table
 */
export function isOtherHeader(ctx: RowContext, row: number): boolean {
  const { cols, texts } = cellsOf(ctx, row);
  if (cols.length < 2) return false;
  let named = false;
  for (let i = 0; i < cols.length; i++) {
    const t = texts[i].trim();
    if (!LABEL.test(t)) return false;
    const s = ctx.spec(t);
    if (s.field !== undefined && ctx.fieldAt.get(cols[i]) === s.field) return false;
    if (s.field !== undefined || s.year !== undefined) named = true;
  }
  return named;
}
