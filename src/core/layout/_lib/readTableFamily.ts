import { cellAddress, columnLetters, rangeAddress } from "../../cellAddress";
import { finding, type Finding } from "../../Finding";
import { findFiscalYearIn } from "../../fiscalYear/findFiscalYearIn";
import { parseFiscalYear } from "../../fiscalYear/parseFiscalYear";
import type { FieldCell, KpiField, KpiRecord, Layout } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { normalizeText } from "../../normalizeText";
import type { ReadTable, SkippedRow } from "../ReadTable";
import { classifyRow, isOtherHeader, type RowContext, type SkipReason } from "./classifyRow";
import type { Grid } from "./Grid";
import { isKpiNameHeader } from "./isKpiNameHeader";
import { mergeYearParts } from "./mergeYearParts";
import { yearPartColumn } from "./yearPartColumn";
import { noInTitle } from "./noInTitle";
import { headerKey } from "./headerKey";
import { headerSpanColumns } from "./headerSpanColumns";
import { headerSpec, type HeaderSpec } from "./headerSpec";
import { isTableHeader, planHeader, planHeaders, type HeaderPlan, type PlannedColumn } from "./planHeader";
import { readRowLabels } from "./readRowLabels";
import { qualifierColumns } from "./qualifierColumns";
import { qualifyFigures } from "./qualifyFigures";
import { tableRecords } from "./tableRecords";
import { yearCell } from "./yearCell";

/** Options of {@link readTableFamily}. */
export interface TableFamilyOptions {
  sheetName: string;
  startMonth: number;
  /** The grid is a transposed view (`transposeGrid`): the layout is `transposed`. */
  transposed?: boolean;
  /** Read under this header (one of `planHeaders`' candidates) instead of the best one. */
  headerRows?: readonly number[];
}

/** The columns of one fiscal year of a wide table (or the row's own year: `year` undefined). */
interface YearGroup {
  year?: number;
  next?: boolean;
  cols: Map<KpiField, number>;
  /** Where the year was named, for findings. */
  yearRow?: number;
  yearCol?: number;
}

/** A key column (year, No, title) and the last row whose cell in it held something (a ditto mark below repeats it). */
interface KeyFrom {
  col: number;
  row?: number;
}

/** Optional fields whose absence is worth a warning (the rest are silent). */
const WARN_IF_MISSING: ReadonlySet<KpiField> = new Set<KpiField>(["target", "result"]);
const CONTENT: ReadonlySet<KpiField> = new Set<KpiField>(["target", "result", "description", "commitment", "evaluation"]);
/** Text fields a second column may name by affix without a `duplicate-column` warning (`改善計画` beside `取組内容`). */
const QUIET_DUPLICATES: ReadonlySet<KpiField> = new Set<KpiField>(["description", "commitment", "scope"]);
/** Texts that repeat the cell above (`〃`, `同上`, `″`). */
const DITTO = /^(?:〃|″|′′|"|''|同上|同|上に同じ|々)$/u;
/** Marks and words of a typed evaluation (kpi-rules.md §1 "A typed evaluation column"). */
const EVALUATION_MARK = /^(?:〇|○|◯|◎|●|×|✕|✖|x|△|▲|達成|達成済み?|未達|未達成|一部達成|一部未達|-|―|ー)$/iu;
/** Longer texts above the header are not a title naming the year. */
const MAX_TITLE = 60;

/** A digit: no ditto mark holds one, and normalising keeps every digit (a row's year and No are never normalised here). */
const DIGIT = /[0-9]/;

const isDitto = (text: string): boolean => {
  const t = text.trim();
  return t !== "" && !DIGIT.test(t) && (DITTO.test(t) || DITTO.test(normalizeText(t)));
};

/** A title header naming the KPI (`KPI項目`, `指標名`, `評価指標`) rather than the initiative it serves (`取組方針`). */
const KPI_TITLE = /kpi|指標/u;

/**
 * Of two title columns, the initiative's (`取組方針`, `取組項目`) when the other names the KPI (`KPI項目`, `指標`):
 * `取組方針 | No | KPI項目 | 目標値`, where one policy (often merged over its rows) has several KPIs. The KPI column is
 * the title; the initiative's is the description, or not read beside a description column. So too of one title
 * column beside a bare `KPI` column that names the KPIs (`named`, {@link kpiNameColumn}): `取組方針 | KPI | 目標`.
 */
function initiativeBesideKpi(columns: PlannedColumn[], named: PlannedColumn | undefined): PlannedColumn | undefined {
  const titles = columns.filter((c) => c.field === "title");
  if (named) return titles.find((c) => !KPI_TITLE.test(headerKey(c.text)));
  if (titles.length < 2) return undefined;
  const kpi = titles.find((c) => KPI_TITLE.test(headerKey(c.text)));
  return kpi && titles.find((c) => !KPI_TITLE.test(headerKey(c.text)));
}

/** How many rows under the header {@link holdsFigures} looks at. */
const SAMPLE_ROWS = 30;

/** Whether any of the first cells under the header in a column holds a figure (a digit, after NFKC). */
function holdsFigures(grid: Grid, headerRow: number, col: number): boolean {
  const last = Math.min(grid.bottom, headerRow + SAMPLE_ROWS);
  for (let row = headerRow + 1; row <= last; row++) {
    if (!grid.isBlank(row, col) && DIGIT.test(normalizeText(grid.text(row, col)))) return true;
  }
  return false;
}

/**
 * The bare `KPI` column (`KPI`, `KPI名`, `指標`) that names the KPIs beside another target column (`目標`, `目標値`):
 * `KPI | 目標値 | 実績` and `取組方針 | KPI | 目標 | 実績`, where no title column names the KPI (`KPI項目`). The header
 * decides, unless the content says otherwise: a `KPI` column holding figures (`NPS 10pt以上`) beside target columns
 * holding none stays the target. Alone, `KPI` is the target (`取組方針 | KPI | 実績`).
 */
function kpiNameColumn(columns: PlannedColumn[], grid: Grid, headerRow: number, yearTargets: PlannedColumn[]): PlannedColumn | undefined {
  const targets = columns.filter((c) => c.field === "target").concat(yearTargets);
  if (targets.length < 2) return undefined;
  if (columns.some((c) => c.field === "title" && KPI_TITLE.test(headerKey(c.text)))) return undefined;
  const kpi = targets.find((c) => isKpiNameHeader(c.text));
  if (!kpi || !holdsFigures(grid, headerRow, kpi.col)) return kpi;
  return targets.some((c) => c !== kpi && holdsFigures(grid, headerRow, c.col)) ? kpi : undefined;
}

/**
 * Puts columns into a field map, the first column of a field winning (later ones are `duplicate-column` findings
 * when `findings` is given), a column headed by an alias itself before one whose header only ends or begins with
 * one (`目標` is the target beside `取組計画`). A `達成状況`-like column goes in last: it is the evaluation when a result column
 * exists, else the result (until {@link settleEvaluation} sees only marks in it). A column of a part of the year
 * (`上期実績`) is left out beside one of its field naming the whole year (`通期実績`, `実績`); of an initiative's and a
 * KPI's title column, the KPI's is the title ({@link initiativeBesideKpi}). `yearTargets`: the target columns of the
 * years' groups, beside which the common columns are read.
 */
function place(all: PlannedColumn[], grid: Grid, headerRow: number, findings?: Finding[], yearTargets: PlannedColumn[] = []): Map<KpiField, number> {
  const cols = new Map<KpiField, number>();
  // `上期実績 | 下期実績 | 通期実績`: the halves are parts of the year's figure, kept and not read beside it
  const whole = new Set(all.filter((c) => !c.part).map((c) => c.field));
  const columns = all.filter((c) => !c.part || !whole.has(c.field));
  const ordered = [...columns.filter((c) => !c.evaluationLike), ...columns.filter((c) => c.evaluationLike)];
  const placed = new Map<KpiField, PlannedColumn>();
  // `KPI | 目標値`, `取組方針 | KPI | 目標`: the bare `KPI` column names the KPIs, the other holds the targets
  const named = kpiNameColumn(columns, grid, headerRow, yearTargets);
  const initiative = initiativeBesideKpi(columns, named);
  // `No | 取組内容 | 目標 | 実績`: without a title column (nor a bare KPI one) the description names the KPIs
  const describing = !columns.some((c) => c.field === "title") && !named ? columns.find((c) => c.field === "description") : undefined;
  for (const c of ordered) {
    if (c === initiative && columns.some((d) => d.field === "description")) continue;
    if (c.progress && cols.has("result")) continue; // 進捗 (順調 / 遅れ) beside the result: how the work goes
    const field: KpiField =
      c === named || c === describing ? "title" : c === initiative ? "description" : c.evaluationLike && cols.has("result") ? "evaluation" : c.field;
    const before = placed.get(field);
    // a header that is an alias itself (`目標`) wins over one that only ends with one (`取組計画`) wherever it stands
    const [kept, dropped] = !before ? [c, undefined] : before.affix && !c.affix ? [c, before] : [before, c];
    cols.set(field, kept.col);
    placed.set(field, kept);
    // `取組内容 | 目標 | 実績 | 改善計画`: a second text column whose header only ends with an alias (a plan of action
    // beside the description) is kept unread without a warning; two figure or key columns are worth one
    if (dropped && findings && !(dropped.affix && QUIET_DUPLICATES.has(field))) {
      const at = grid.fieldCell(headerRow, dropped.col);
      const keptAt = grid.fieldCell(headerRow, kept.col);
      findings.push(
        finding(
          "duplicate-column",
          { row: at.row, field, cell: cellAddress(at.row, at.col) },
          { field, header: dropped.text, first: cellAddress(keptAt.row, keptAt.col) },
        ),
      );
    }
  }
  return cols;
}

/** Builds the year groups of a plan; the rest of the columns are common to every year. */
function groupColumns(
  plan: HeaderPlan,
  grid: Grid,
  headerRow: number,
  findings: Finding[],
): { cols: Map<KpiField, number>; groups: YearGroup[]; next?: YearGroup; headerYear?: number; lastYearResult?: PlannedColumn } {
  const hasYearCol = plan.columns.some((c) => c.field === "fiscalYear");
  const dated = plan.columns.filter((c) => c.year !== undefined && c.field !== "fiscalYear" && !c.next);
  const years = [...new Set(dated.map((c) => c.year as number))];
  // one year in the headers of a table with a year column (`結果(2023年度)`): the column's year decides
  const byYear = !(years.length <= 1 && (hasYearCol || plan.rows.length === 1));
  // `2023年度実績 | 目標 | 実績`: the one year named is a result beside undated target and result columns, last year's
  const undated = (f: KpiField) => plan.columns.some((c) => c.year === undefined && c.field === f && !c.next && !c.part);
  const lastYearResult =
    !byYear && !hasYearCol && dated.length === 1 && dated[0].field === "result" && undated("target") && undated("result") ? dated[0] : undefined;
  const common: PlannedColumn[] = [];
  const byYearCols = new Map<number, PlannedColumn[]>();
  const nextCols: PlannedColumn[] = [];
  for (const c of plan.columns) {
    if (c === lastYearResult) continue;
    if (c.next && c.field !== "fiscalYear") nextCols.push(c);
    else if (byYear && c.year !== undefined && c.field !== "fiscalYear") {
      const list = byYearCols.get(c.year);
      if (list) list.push(c);
      else byYearCols.set(c.year, [c]);
    } else common.push(c);
  }
  const groups: YearGroup[] = [...byYearCols].map(([year, list]) => ({
    year,
    cols: place(list, grid, headerRow),
    yearRow: list[0].yearRow,
    yearCol: list[0].col,
  }));
  const next = nextCols.length > 0 ? { next: true, cols: place(nextCols, grid, headerRow) } : undefined;
  const headerYear = !byYear && !hasYearCol && years.length === 1 && !lastYearResult ? years[0] : undefined;
  // a common 進捗 column beside each year's result columns is how the work goes, not a result
  const yearResults = groups.some((g) => g.cols.has("result"));
  const shared = yearResults ? common.filter((c) => !c.progress) : common;
  // `No | KPI | 2024年度実績 | 2025年度目標 | 2025年度実績`: beside the years' target columns a bare KPI column names the KPIs
  const yearTargets = [...byYearCols.values(), nextCols].flat().filter((c) => c.field === "target");
  return { cols: place(shared, grid, headerRow, findings, yearTargets), groups, next, headerYear, lastYearResult };
}

/** A result column that is `達成状況`-like and holds only marks and judgement words is the evaluation. */
function settleEvaluation(grid: Grid, plan: HeaderPlan, cols: Map<KpiField, number>, firstRow: number, lastRow: number): void {
  const resultCol = cols.get("result");
  if (resultCol === undefined || cols.has("evaluation")) return;
  if (!plan.columns.some((c) => c.col === resultCol && c.evaluationLike)) return;
  let marks = 0;
  for (let row = firstRow; row <= lastRow; row++) {
    const t = grid.fieldCell(row, resultCol).text.trim();
    if (t === "") continue;
    if (!EVALUATION_MARK.test(normalizeText(t))) return;
    marks++;
  }
  if (marks > 0) {
    cols.delete("result");
    cols.set("evaluation", resultCol);
  }
}

/** The year of the whole table from the sheet name or a title row above the header, with its cell. */
function tableYear(grid: Grid, plan: HeaderPlan, o: TableFamilyOptions, schema: KpiSchema): FieldCell | undefined {
  const whole = parseFiscalYear(o.sheetName, o.sheetName, schema, o.startMonth);
  if (whole !== undefined) return yearCell(whole, o.sheetName, plan.rows[0], plan.left);
  // a year (`令和6年度`) before a date or period (`作成：2025年5月` is when the sheet was made), nearest first
  for (const dated of [false, true]) {
    for (let row = plan.rows[0] - 1; row >= grid.top; row--) {
      for (let col = grid.left; col <= grid.right; col++) {
        if (grid.isBlank(row, col)) continue;
        const text = grid.text(row, col);
        if (text.length > MAX_TITLE) continue;
        const found = findFiscalYearIn(text, schema, o.startMonth);
        if (found && found.dated === dated) return yearCell(found.year, text, row, col);
      }
    }
  }
  const inName = findFiscalYearIn(o.sheetName, schema, o.startMonth);
  return inName && yearCell(inName.year, o.sheetName, plan.rows[0], plan.left);
}

/**
 * The years of a wide table given with a result column and no target column, when another year has a target column
 * (`2024年度実績 | 2025年度目標 | 2025年度実績` → 2024). Empty when no year has a target column.
 */
function resultsOnlyYears(groups: readonly YearGroup[]): Set<number> {
  const years = new Set<number>();
  if (!groups.some((g) => g.cols.has("target"))) return years;
  for (const g of groups) if (g.year !== undefined && g.cols.has("result") && !g.cols.has("target")) years.add(g.year);
  return years;
}

/**
 * The result columns of a table whose result is given by parts of the year only (`上期実績 | 下期実績`, no `実績` or
 * `通期実績` beside them), each with its part's word; empty for any other table.
 */
function resultPartColumns(plan: HeaderPlan): { col: number; word: string }[] {
  const results = plan.columns.filter((c) => c.field === "result" && !c.evaluationLike && !c.progress && !c.next && c.year === undefined);
  if (results.length < 2 || !results.every((c) => c.part && c.partWord)) return [];
  return results.map((c) => ({ col: c.col, word: asWritten(c.text, c.partWord as string) }));
}

/** A header's word as written (`第1Q` of `第1Q実績`, which `headerSpec` reads lower-cased: `第1q`). */
function asWritten(header: string, word: string): string {
  const text = normalizeText(header);
  const at = text.toLowerCase().indexOf(word);
  return at < 0 ? word : text.slice(at, at + word.length);
}

/**
 * A record's result read from the columns of the parts of its year, each after its part's word (`上期 50件 下期 60件`,
 * the first column's cell holding the text): the judge adds them up against a year's target or says the result is
 * a part of the year. A record without any part filled is kept as it is.
 */
function withResultParts(grid: Grid, parts: readonly { col: number; word: string }[], record: KpiRecord): KpiRecord {
  const result = record.fields.result;
  if (!result) return record;
  const filled = parts.map((p) => [p.word, grid.fieldText(record.row, p.col).trim()] as const).filter(([, t]) => t !== "");
  if (filled.length === 0) return record;
  return { ...record, fields: { ...record.fields, result: { ...result, text: filled.map(([w, t]) => `${w} ${t}`).join(" ") } } };
}

/** The one header column naming last year's result (`前年度実績`, `昨年度実績`), undefined for none or several. */
function previousResultColumn(grid: Grid, plan: HeaderPlan, spec: (text: string) => HeaderSpec): number | undefined {
  const found = new Set<number>();
  for (const row of plan.rows) {
    for (let col = plan.left; col <= plan.right; col++) {
      const s = spec(grid.text(row, col));
      if (s.previous && s.field === "result" && !s.part) found.add(col);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether a row holds nothing between two columns (the add-in's own columns left out). */
function isBlankRow(grid: Grid, row: number, left: number, right: number, ignore: Set<number>): boolean {
  for (let col = left; col <= right; col++) if (!ignore.has(col) && !grid.isBlank(row, col)) return false;
  return true;
}

/** The header's own texts per column (both rows of a two-row header), to know the header when it comes again. */
function headerTextsOf(grid: Grid, plan: HeaderPlan): Map<number, Set<string>> {
  const texts = new Map<number, Set<string>>();
  for (const row of plan.rows) {
    for (let col = plan.left; col <= plan.right; col++) {
      const t = grid.text(row, col).trim();
      if (t === "") continue;
      const set = texts.get(col);
      if (set) set.add(t);
      else texts.set(col, new Set([t]));
    }
  }
  return texts;
}

/**
 * Reads the table family of layouts (kpi-rules.md §1): `table`, `two-row-header`, `wide`, `next-target`, and on a
 * transposed grid `transposed`. Finds the header (`planHeader`), groups its columns by the fiscal year they name,
 * then reads each row below that is a KPI (`classifyRow`; other rows are listed in `skippedRows`) into one record
 * per fiscal year: the row's year column (carried down over blank cells, `〃`, `同上`), else the year its header
 * names, else the sheet name or a title row above the table. Undefined when no header is found.
 *
 * @example readTableFamily(grid, BUILT_IN_SCHEMA, new Set(), { sheetName: "KPI", startMonth: 4 })?.layout // "wide"
 */
export function readTableFamily(
  grid: Grid,
  schema: KpiSchema,
  ignore: Set<number>,
  o: TableFamilyOptions,
): ReadTable | undefined {
  const rows = o.headerRows;
  const plan = rows
    ? planHeaders(grid, schema, ignore, o.startMonth, o.transposed).find((p) => p.rows.join() === rows.join())
    : planHeader(grid, schema, ignore, o.startMonth, o.transposed);
  if (!plan) return undefined;
  const findings: Finding[] = [];
  const headerRow = plan.rows[plan.rows.length - 1];
  const { cols, groups, next, headerYear, lastYearResult } = groupColumns(plan, grid, headerRow, findings);
  if (o.transposed && groups.length === 0 && headerYear === undefined) return undefined;
  // `No | 指標 | 区分 | 2023年度 | 2024年度` with a 目標 row and a 実績 row per KPI
  if (!o.transposed && groups.length === 0 && !next && !cols.has("target") && !cols.has("result")) {
    const labelled = readRowLabels(grid, schema, plan, cols, ignore, { startMonth: o.startMonth, findings });
    if (labelled) return labelled;
  }

  const table = grid.table;
  const inTable = table !== undefined && headerRow >= table.top && headerRow <= table.bottom;
  const left = inTable ? Math.max(table.left, grid.left) : plan.left;
  const right = inTable ? table.right : plan.right;
  const end = inTable ? Math.min(table.bottom, grid.bottom) : grid.bottom;

  // a transposed table's KPI names sit in the line left of the labels when no label names the title
  if (o.transposed && !cols.has("title")) {
    for (let col = plan.left - 1; col >= grid.left; col--) {
      let any = false;
      for (let row = headerRow + 1; row <= end && !any; row++) any = !grid.isBlank(row, col);
      if (any) {
        cols.set("title", col);
        break;
      }
    }
  }
  settleEvaluation(grid, plan, cols, headerRow + 1, end);
  for (const g of groups) settleEvaluation(grid, plan, g.cols, headerRow + 1, end);
  if (next) settleEvaluation(grid, plan, next.cols, headerRow + 1, end);

  const allFields = new Set<KpiField>([...cols.keys()]);
  for (const g of groups) for (const f of g.cols.keys()) allFields.add(f);
  if (next) for (const f of next.cols.keys()) allFields.add(f);
  const findingRow = grid.fieldCell(headerRow, plan.left).row;
  for (const f of schema.fields) {
    if (allFields.has(f.name)) continue;
    if (f.name === "fiscalYear") continue; // headers, the sheet name or a title may give it: else year-not-found
    if (f.constraints?.required && !(o.transposed && f.name === "no")) {
      findings.push(finding("missing-column", { row: findingRow, field: f.name }, { field: f.name }));
    } else if (WARN_IF_MISSING.has(f.name)) {
      findings.push(finding("missing-column", { row: findingRow, field: f.name }, { field: f.name }, "warning"));
    }
  }

  const spec = (() => {
    const cache = new Map<string, HeaderSpec>();
    // bounded: the rows' own texts pass here too, and a sheet may have 100,000 of them
    return (t: string): HeaderSpec => {
      let s = cache.get(t);
      if (!s) {
        s = headerSpec(t, schema, o.startMonth);
        if (cache.size < 1_000) cache.set(t, s);
      }
      return s;
    };
  })();
  const fieldAt = new Map<number, string>(plan.columns.map((c) => [c.col, c.field]));
  const keyCols = ["no", "title"].map((f) => cols.get(f as KpiField)).filter((c): c is number => c !== undefined);
  const contentCols: number[] = [];
  for (const map of [cols, ...groups.map((g) => g.cols), ...(next ? [next.cols] : [])]) {
    for (const [f, c] of map) if (CONTENT.has(f)) contentCols.push(c);
  }
  const ctx: RowContext = {
    grid,
    left,
    right,
    ignore,
    fieldAt,
    keyCols,
    contentCols,
    spec,
    totalsRow: inTable && table.totalsRow ? table.bottom : undefined,
    headerTexts: headerTextsOf(grid, plan),
    continues: (row) => continuesKpi(row),
  };

  const yearCol = cols.get("fiscalYear");
  let fixedYear: FieldCell | undefined =
    headerYear !== undefined ? yearCell(headerYear, `${headerYear}年度`, plan.rows[0], plan.columns.find((c) => c.year === headerYear)?.col ?? plan.left) : undefined;
  if (yearCol === undefined && groups.length === 0 && !fixedYear) fixedYear = tableYear(grid, plan, o, schema);
  // `2023年度実績 | 目標 | 実績` with no year elsewhere: the table is of the year after
  if (yearCol === undefined && groups.length === 0 && !fixedYear && lastYearResult) {
    const year = (lastYearResult.year as number) + 1;
    fixedYear = yearCell(year, `${year}年度`, plan.rows[0], lastYearResult.col);
  }
  // `取組項目` merged over a category column and the KPI's name column: the title is both cells' texts
  const titleCol = cols.get("title");
  const titleSpan = titleCol === undefined || o.transposed ? [] : headerSpanColumns(grid, plan, titleCol, ignore);
  const spans = new Map<KpiField, readonly number[]>(titleSpan.length > 0 ? [["title", titleSpan]] : []);
  const latestYear = Math.max(...groups.map((g) => g.year ?? -Infinity));
  // `単位` and `判定基準` columns: a bare `95` beside `%` and `以上` is `95%以上`
  const qualifiers = o.transposed ? {} : qualifierColumns(grid, plan, ignore, spec);
  const qualify = qualifyFigures((r, c) => grid.fieldText(r, c), qualifiers, schema);
  // `目標 | 上期実績 | 下期実績`: the year's result is its parts, read together (not the first half alone)
  const resultParts = groups.length === 0 && !next && !o.transposed ? resultPartColumns(plan) : [];
  if (resultParts.length > 0) {
    // the parts are no duplicates of one another
    const kept = findings.filter((f) => !(f.code === "duplicate-column" && f.field === "result"));
    findings.splice(0, findings.length, ...kept);
  }
  const makerOf = (columns: readonly (readonly [KpiField, number])[]): ReturnType<typeof tableRecords> => {
    const plain = tableRecords(grid, columns, spans);
    const make: typeof plain = resultParts.length > 0 ? (row, over, at) => withResultParts(grid, resultParts, plain(row, over, at)) : plain;
    return qualify ? (row, over, at) => qualify(make(row, over, at)) : make;
  };
  const makers = {
    base: makerOf([...cols]),
    // an evaluation column outside the year groups (`… | 2024年度 実績 | 評価`) is the latest year's own
    groups: groups.map((g) => {
      const shared = g.year === latestYear ? [...cols] : [...cols].filter(([f]) => f !== "evaluation");
      return makerOf([...new Map([...shared, ...g.cols])]);
    }),
    next: next && makerOf([...new Map([...[...cols].filter(([f]) => f !== "target" && f !== "result" && f !== "evaluation"), ...next.cols])]),
  };
  const records: KpiRecord[] = [];
  const skippedRows: SkippedRow[] = [];
  // the last rows whose year, No and title cells held something: a blank or ditto cell below repeats them
  const yearFrom: KeyFrom | undefined = yearCol === undefined ? undefined : { col: yearCol };
  const keysFrom: (KeyFrom & { field: "no" | "title" })[] = [];
  for (const field of ["no", "title"] as const) {
    const col = cols.get(field);
    if (col !== undefined) keysFrom.push({ field, col });
  }
  let lastRow = headerRow;
  let yearless = 0;
  // next-target records and the rows' own (year, No): a row of the next year (新年度の準備) takes over the next target
  const nextRecords = new Map<KpiRecord, string>();
  const rowKeys = new Set<string>();
  const keyOf = (year: number | undefined, no: FieldCell | undefined) => `${year}|${normalizeText(no?.text ?? "")}`;
  let countKpis = 0;
  const groupHasContent = (g: YearGroup, row: number): boolean => {
    for (const [f, c] of g.cols) if (CONTENT.has(f) && grid.fieldText(row, c).trim() !== "") return true;
    return false;
  };
  const recordRow = (row: number): number => (o.transposed ? (cols.has("title") ? grid.fieldCell(row, cols.get("title")!).row : grid.fieldCell(row, plan.left).row) : row);

  // `1 | 早期更改率 | 自動車` then ` |  | 火災`: a row naming a component in the scope column right under a KPI row, its
  // No and title blank, is that KPI's too (the name written on its first row only)
  const scopeCol = cols.get("scope");
  let kpiAbove = -1;
  const continuesKpi = (row: number): boolean =>
    scopeCol !== undefined &&
    kpiAbove === row - 1 &&
    keysFrom.length > 0 &&
    keysFrom.every((k) => k.row !== undefined && grid.fieldText(row, k.col).trim() === "") &&
    grid.fieldText(row, scopeCol).trim() !== "";
  let gap = false;
  let lastWhy: SkipReason | undefined;
  let otherTable = false;
  // KPI rows staff typed right below an Excel Table that was not extended over them (no totals row, no blank row
  // between) are the table's too
  let last = end;
  if (inTable && !table.totalsRow) {
    while (last < grid.bottom && !isBlankRow(grid, last + 1, left, right, ignore) && classifyRow(ctx, last + 1) === undefined) last++;
  }
  for (let row = headerRow + 1; row <= last; row++) {
    let blank = true;
    for (let col = left; col <= right && blank; col++) blank = ignore.has(col) || grid.isBlank(row, col);
    if (blank) {
      gap = true;
      continue;
    }
    let why = classifyRow(ctx, row);
    // a second table below ours (`【参考】…`, then its own header `年度 | 回答数 | 満足度`, then its rows): skipped
    // from its header on, until our header comes again
    if (!why && records.length > 0 && (gap || lastWhy === "section") && isOtherHeader(ctx, row)) otherTable = true;
    if (why === "header") otherTable = false;
    else if (otherTable && (!why || why === "incomplete")) why = "second-table";
    gap = false;
    lastWhy = why;
    if (why) {
      const real = o.transposed ? grid.fieldCell(row, left).col : row;
      skippedRows.push({ row: real, why });
      if ((why === "section" || why === "second-table") && yearCol === undefined && groups.length === 0) {
        for (let col = left; col <= right; col++) {
          if (grid.isBlank(row, col)) continue;
          const text = grid.text(row, col);
          const found = text.length <= MAX_TITLE ? findFiscalYearIn(text, schema, o.startMonth) : undefined;
          if (found) {
            fixedYear = yearCell(found.year, text, row, col);
            break;
          }
        }
      }
      continue;
    }
    lastRow = row;
    const over: Partial<Record<KpiField, FieldCell>> = {};
    let overridden = false;
    if (yearFrom) {
      const text = grid.fieldText(row, yearFrom.col);
      const blank = text.trim() === "";
      if ((blank || isDitto(text)) && (yearFrom.row !== undefined || fixedYear)) {
        const from = yearFrom.row !== undefined ? grid.fieldCell(yearFrom.row, yearFrom.col) : fixedYear!;
        over.fiscalYear = { ...from, row, col: yearFrom.col };
        overridden = true;
      } else if (!blank) yearFrom.row = row;
    } else if (groups.length === 0 && fixedYear) {
      over.fiscalYear = fixedYear;
      overridden = true;
    }
    const continued = continuesKpi(row);
    kpiAbove = row;
    for (const key of keysFrom) {
      const text = grid.fieldText(row, key.col);
      if (key.row !== undefined && (isDitto(text) || (continued && text.trim() === ""))) {
        const at = grid.fieldCell(row, key.col);
        over[key.field] = { ...grid.fieldCell(key.row, key.col), row: at.row, col: at.col };
        overridden = true;
      } else if (text.trim() !== "") key.row = row;
    }
    if (o.transposed && !cols.has("no")) {
      // a transposed table numbers its KPIs by their order (a No row, when it has one, is read as such)
      const at = grid.fieldCell(row, cols.get("title") ?? left);
      const n = countKpis + 1;
      over.no = { text: String(n), value: n, numberFormat: "General", row: at.row, col: at.col };
      overridden = true;
    }
    countKpis++;
    const rec = recordRow(row);
    const extra = overridden ? over : undefined;
    if (groups.length > 0) {
      let made = 0;
      groups.forEach((g, i) => {
        if (!groupHasContent(g, row)) return;
        const fy = yearCell(g.year as number, `${g.year}年度`, g.yearRow ?? headerRow, g.yearCol ?? left);
        records.push(makers.groups[i](rec, { ...extra, fiscalYear: fy }, row));
        made++;
      });
      if (made === 0) {
        const g = groups[groups.length - 1];
        const fy = yearCell(g.year as number, `${g.year}年度`, g.yearRow ?? headerRow, g.yearCol ?? left);
        records.push(makers.groups[groups.length - 1](rec, { ...extra, fiscalYear: fy }, row));
      }
    } else {
      const base = makers.base(rec, extra, row);
      records.push(base);
      if (!base.fields.fiscalYear) yearless++;
      if (next && makers.next) {
        const baseYear = base.fields.fiscalYear;
        const year = baseYear ? parseFiscalYear(baseYear.value, baseYear.text, schema, o.startMonth) : undefined;
        rowKeys.add(keyOf(year, base.fields.no));
        if (groupHasContent(next, row)) {
          const nextOver: Partial<Record<KpiField, FieldCell>> = { ...extra };
          if (year !== undefined && baseYear) nextOver.fiscalYear = yearCell(year + 1, `${year + 1}年度`, baseYear.row, baseYear.col);
          else delete nextOver.fiscalYear;
          const made = makers.next(rec, nextOver, row);
          records.push(made);
          if (year !== undefined) nextRecords.set(made, keyOf(year + 1, made.fields.no));
        }
      }
    }
  }
  // `KPI | 目標 | 実績` without a No column, every KPI numbered in its title (`①アンケート回収数`): the number is its No
  if (!cols.has("no") && !o.transposed && records.length > 0 && groups.length + (next ? 1 : 0) <= 1) {
    const nos = records.map((r) => (r.fields.title ? noInTitle(r.fields.title) : undefined));
    if (nos.every((n) => n !== undefined)) {
      records.forEach((r, i) => (records[i] = { ...r, fields: { ...r.fields, no: nos[i] } }));
      const at = findings.findIndex((f) => f.code === "missing-column" && f.field === "no");
      if (at >= 0) findings.splice(at, 1);
    }
  }
  // `2024年度上期` and `2024年度下期` rows of one KPI: one KPI of the year
  if (yearCol !== undefined && groups.length === 0 && !next) {
    const partCol = yearPartColumn(grid, records, [...cols.values(), ...titleSpan], left, right, schema);
    const merged = mergeYearParts(records, schema, o.startMonth, partCol === undefined ? undefined : (r) => grid.fieldText(r.row, partCol));
    records.splice(0, records.length, ...merged.records);
    skippedRows.push(...merged.skipped);
    skippedRows.sort((a, b) => a.row - b.row);
  }
  // `前年度実績 | 目標 | 実績`: last year's result beside the year's figures, the baseline of `前年度以上`
  const previousCol =
    groups.length <= 1 && !next && !o.transposed
      ? (previousResultColumn(grid, plan, spec) ?? (lastYearResult && fixedYear?.value === (lastYearResult.year as number) + 1 ? lastYearResult.col : undefined))
      : undefined;
  if (previousCol !== undefined) {
    records.forEach((r, i) => {
      const cell = grid.fieldCell(r.row, previousCol);
      if (cell.text.trim() !== "") records[i] = { ...r, previousResult: cell };
    });
  }
  // `2024年度実績 | 2025年度目標 | 2025年度実績`: a year with results only, beside years with targets, expects none
  const resultsOnly = resultsOnlyYears(groups);
  if (resultsOnly.size > 0) {
    records.forEach((r, i) => {
      const year = r.fields.fiscalYear?.value;
      if (!r.fields.target && typeof year === "number" && resultsOnly.has(year)) records[i] = { ...r, resultsOnly: true };
    });
  }
  if (yearCol === undefined && groups.length === 0 && (yearless > 0 || (!fixedYear && records.length === 0))) {
    findings.push(finding("year-not-found", { row: findingRow, field: "fiscalYear" }, { count: yearless }));
  }

  let layout: Layout = "table";
  if (o.transposed) layout = "transposed";
  else if (groups.length > 0 && plan.rows.length === 2) layout = "two-row-header";
  else if (groups.length > 0) layout = "wide";
  else if (next) layout = "next-target";

  const where = (c: number): string => (o.transposed ? String(grid.fieldCell(plan.rows[0], c).row) : columnLetters(c));
  const fields: Partial<Record<KpiField, string[]>> = {};
  const addField = (f: KpiField, c: number) => {
    const list = (fields[f] ??= []);
    if (!list.includes(where(c))) list.push(where(c));
  };
  for (const [f, c] of cols) addField(f, c);
  // the columns the title spans are shown where a KPI's row has something in them (not a wide header over blanks)
  for (const c of titleSpan) if (records.some((r) => !grid.isBlank(r.row, c))) addField("title", c);
  for (const g of groups) for (const [f, c] of g.cols) addField(f, c);
  if (next) for (const [f, c] of next.cols) addField(f, c);
  const ordered: Partial<Record<KpiField, string[]>> = {};
  for (const f of schema.fields) if (fields[f.name]) ordered[f.name] = fields[f.name];

  const columns: Partial<Record<KpiField, number>> = {};
  for (const [f, c] of cols) columns[f] = c;
  for (const g of groups) for (const [f, c] of g.cols) columns[f] = Math.max(columns[f] ?? 0, c);
  if (next) for (const [f, c] of next.cols) columns[f] = Math.max(columns[f] ?? 0, c);

  const yearLines = groups.map((g) => ({ year: g.year as number, line: g.cols.get("result") ?? g.cols.get("target") ?? g.yearCol ?? left }));
  const top = inTable ? table.top : plan.rows[0];
  const bottom = inTable ? Math.max(table.bottom, lastRow) : lastRow;
  const l = inTable ? table.left : Math.min(left, cols.get("title") ?? left);
  const r = inTable ? table.right : right;
  const range = o.transposed
    ? rangeAddress(grid.fieldCell(top, l).row, grid.fieldCell(top, l).col, grid.fieldCell(bottom, r).row, grid.fieldCell(bottom, r).col)
    : rangeAddress(top, l, bottom, r);
  return {
    layout,
    records: nextRecords.size > 0 ? records.filter((r) => !rowKeys.has(nextRecords.get(r) ?? "")) : records,
    findings,
    range,
    header: o.transposed ? undefined : { row: headerRow, columns, ...(qualify ? { qualifiers } : {}) },
    headerRows: o.transposed ? [] : plan.rows,
    fields: ordered,
    skippedRows,
    yearLines: o.transposed
      ? yearLines.map((y) => ({ year: y.year, line: grid.fieldCell(plan.rows[0], y.line).row }))
      : yearLines,
  };
}

export { isTableHeader };
