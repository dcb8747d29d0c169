/* Realistic variants of the six sheet layouts (kpi-rules.md §1) as an agency's staff make them — header wording,
   extra columns, merged titles, spacer rows and columns, notes, full-width digits, years written in several ways,
   totals and repeated headers, a second small table, a hidden old sheet — generated from options (fast-check), each
   with the statuses its KPIs must get, computed from how they were generated (never from the engine). Separate from
   tests/fixtures/layouts so that the reader is not tuned to those. Written for this project. */
import fc from "fast-check";
import type { KpiStatus } from "../../../../src/core/KpiStatus";
import type { CellValue, MergedRange, SheetSnapshot } from "../../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../../src/core/snapshotFromRows";

export const VARIANT_AS_OF = "2026-11-29";
/** The fiscal year in progress on {@link VARIANT_AS_OF} (April years): no result yet is pending; before it, missing. */
const CURRENT_YEAR = 2026;

export type Shape = "table" | "two-row-header" | "wide" | "next-target" | "transposed" | "blocks";
export const SHAPES: readonly Shape[] = ["table", "two-row-header", "wide", "next-target", "transposed", "blocks"];

/** One KPI's measure: its title, how the target and the result are written for figures n (target) and m (result). */
interface Metric {
  title: string;
  target: (n: number) => string;
  result: (m: number) => string;
  /** Met when the result is at least the target (else at most). */
  higher: boolean;
  /** The result as a percentage figure, for a result cell holding a number shown as `77.4%`. */
  percent?: (m: number) => number;
}
/** A cell whose shown text or number format differs from its value (a percentage, a date). */
interface Shown {
  value: number;
  text: string;
  format: string;
}
/** A generated cell. */
type Cell = CellValue | Shown;
const isShown = (c: Cell | undefined): c is Shown => typeof c === "object" && c !== null && "format" in c;
const isEmpty = (c: Cell): boolean => c === "" || c === null;

const METRICS: Metric[] = [
  { title: "お客様アンケートの回収", target: (n) => `回答数:${n * 10}件以上`, result: (m) => `回答数:${m * 10}件`, higher: true },
  { title: "対面募集の推進", target: (n) => `対面募集率:${n + 40}%以上`, result: (m) => `${m + 40}%`, higher: true, percent: (m) => m + 40 },
  { title: "事務ミスの削減", target: (n) => `事務ミス ${n}件以下`, result: (m) => `${m}件`, higher: false },
  { title: "NPSの向上", target: (n) => `NPS ${n}pt以上`, result: (m) => `${m}pt`, higher: true },
  { title: "勉強会の開催", target: (n) => `年${n}回以上`, result: (m) => `${m}回`, higher: true },
  { title: "早期更改の推進", target: (n) => `早期更改率 ${n + 50}%以上`, result: (m) => `${m + 50}%`, higher: true, percent: (m) => m + 50 },
  { title: "募集人研修の受講", target: (n) => `受講者${n * 2}名以上`, result: (m) => `${m * 2}名`, higher: true },
];

/** How a KPI of one year turns out. */
type Outcome = "met" | "not_met" | "no_result" | "no_target";

export interface KpiSpec {
  metric: number;
  n: number;
  delta: number;
  /** One outcome per year of the sheet (in year order). */
  outcomes: Outcome[];
}

export interface VariantOptions {
  shape: Shape;
  firstYear: number;
  yearCount: number;
  kpis: KpiSpec[];
  yearStyle: number;
  noStyle: number;
  words: { year: number; no: number; title: number; target: number; result: number };
  /** Where the year of a one-year table comes from: a column, the sheet name, a title row. */
  yearSource: "column" | "sheet" | "title";
  /** In a year column, later rows of a year left blank or 〃. */
  carryDown: number;
  extraCols: number[];
  titleRows: number;
  spacerCol: boolean;
  spacerRowAfterHeader: boolean;
  notes: number;
  fullWidth: boolean;
  totals: boolean;
  repeatedHeader: boolean;
  section: boolean;
  unitsRow: boolean;
  secondTable: boolean;
  hiddenOldSheet: boolean;
  evaluation: number;
  /** A year column's cells: the year as written, a number, a period, a period with slashes, a date cell. */
  yearCellStyle: number;
  /** How a wide table's headers name the year: `2023年度目標`, `目標(2023)`, `目標（令和5年度）`, `目標⏎2023年度`. */
  wideHeader: number;
  /** Headers decorated: none, a line break and a note `（数値）`, spaced `目　標`, bracketed `【目標】`. */
  headerDecor: number;
  /** A percentage result typed as a number shown as `77.4%`. */
  percentAsNumber: boolean;
  /** The table is an Excel Table (ListObject), its totals row shown when there are totals. */
  listObject: boolean;
  /** The title merged over two columns on every row. */
  titleMerged: boolean;
  /** An empty column between the title and the target. */
  innerSpacerCol: boolean;
  /** Notes beside the table, right of an empty column. */
  sideNotes: boolean;
  /** Paragraphs of the agency's policy above the table (many agencies put the 方針 text first). */
  introRows: number;
  /** Blank rows between KPI rows. */
  gapRows: boolean;
  /** A table of several years without a year column: a heading row `■ 2023年度` above each year's rows. */
  yearSections: boolean;
  /** The Excel Table was not extended over the last KPI rows staff added below it. */
  tableShort: boolean;
  /** The result column before the target column. */
  resultFirst: boolean;
  /** A count typed as a number with its unit in the number format (`0"件"`, shown `12件`). */
  unitFormat: boolean;
  /** A cover sheet first, with a table of contents (`No | 項目 | 内容`) and no figures. */
  coverSheet: boolean;
  /** Blocks: plain headings, `【2024年度】`, `令和6年度 KPI`; results on their own row; blank rows between KPIs. */
  blockStyle: number;
}

const YEAR_WORDS = ["年度", "事業年度", "対象年度", "FY"];
const NO_WORDS = ["No", "No.", "NO", "番号", "項番", "№"];
const TITLE_WORDS = ["取組項目", "取組", "項目", "指標", "KPI項目", "取組方針", "評価指標"];
const TARGET_WORDS = ["目標", "目標値", "数値目標", "KPI目標"];
const RESULT_WORDS = ["結果", "実績", "実績値", "達成状況"];
const EXTRA_COLUMNS: [string, (i: number) => string][] = [
  ["担当部署", (i) => ["営業課", "業務課", "総務課"][i % 3]],
  ["備考", (i) => (i % 2 === 0 ? "" : "上期・下期で集計")],
  ["進捗", (i) => ["順調", "遅れ", "完了"][i % 3]],
  ["取組内容", (i) => `お客さまの声をもとに取組${i + 1}を進めます`],
];

/** A fiscal year as staff write it. */
export function yearText(year: number, style: number): string {
  switch (style % 5) {
    case 0:
      return `${year}年度`;
    case 1:
      return `令和${year - 2018}年度`;
    case 2:
      return `FY${year}`;
    case 3:
      return `R${year - 2018}年度`;
    default:
      return `${year}年度`;
  }
}

function noText(n: number, style: number): CellValue {
  switch (style % 5) {
    case 0:
      return n;
    case 1:
      return `No.${n}`;
    case 2:
      return `(${n})`;
    case 3:
      return "①②③④⑤⑥⑦⑧⑨"[n - 1];
    default:
      return `${n}.`;
  }
}

const FULL = "０１２３４５６７８９";
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => FULL[Number(d)]);

/** A KPI of one year: its texts and the status kpi-rules.md gives it. */
interface YearKpi {
  target: string;
  result: Cell;
  status: KpiStatus;
}

/** A result as typed: its text, or for a percentage maybe a number shown as one. */
function resultCell(metric: Metric, m: number, o: VariantOptions): Cell {
  if (o.percentAsNumber && metric.percent && !o.fullWidth) {
    const p = metric.percent(m);
    return { value: p / 100, text: `${p.toFixed(1)}%`, format: "0.0%" };
  }
  const text = metric.result(m);
  const unit = /^(\d+)(件|回|名)$/u.exec(text);
  if (o.unitFormat && unit && !o.fullWidth) return { value: Number(unit[1]), text, format: `0"${unit[2]}"` };
  return o.fullWidth ? fullWidth(text) : text;
}

/** A year column's cell for fiscal year `year` (April years). */
function yearCell(year: number, o: VariantOptions): Cell {
  switch (o.yearCellStyle % 5) {
    case 1:
      return year;
    case 2:
      return `${year}年4月～${year + 1}年3月`;
    case 3:
      return `${year}/04-${year + 1}/03`;
    case 4:
      // a date inside the fiscal year (its last day), as Excel keeps it: a serial number shown as a date
      return { value: (Date.UTC(year + 1, 2, 31) - Date.UTC(1899, 11, 30)) / 86_400_000, text: `${year + 1}/3/31`, format: "yyyy/m/d" };
    default:
      return yearText(year, o.yearStyle);
  }
}

/** A header word as staff decorate it. */
function decorate(word: string, o: VariantOptions): string {
  switch (o.headerDecor % 4) {
    case 1:
      return `${word}\n（数値）`;
    case 2:
      return word.length === 2 ? `${word[0]}　${word[1]}` : word;
    case 3:
      return `【${word}】`;
    default:
      return word;
  }
}

function yearKpi(k: KpiSpec, year: number, yearIndex: number, o: VariantOptions): YearKpi {
  const metric = METRICS[k.metric % METRICS.length];
  const outcome = k.outcomes[yearIndex] ?? "met";
  const fw = (s: string) => (o.fullWidth ? fullWidth(s) : s);
  const target = metric.target(k.n + yearIndex);
  const good = metric.higher ? k.n + yearIndex + k.delta : Math.max(0, k.n + yearIndex - k.delta);
  const bad = metric.higher ? k.n + yearIndex - 1 - k.delta : k.n + yearIndex + 1 + k.delta;
  switch (outcome) {
    case "met":
      return { target: fw(target), result: resultCell(metric, good, o), status: "met" };
    case "not_met":
      return { target: fw(target), result: resultCell(metric, bad, o), status: "not_met" };
    case "no_result":
      return { target: fw(target), result: "", status: year >= CURRENT_YEAR ? "pending" : "missing_result" };
    default:
      // a policy without a KPI: no target, what was done as its result (a row needs some content to be a KPI)
      return { target: "", result: "実施", status: "no_target" };
  }
}

/** One expected KPI: fiscal year, No and status. */
export type ExpectedKpi = [number, number, KpiStatus];

export interface Variant {
  options: VariantOptions;
  /** The workbook's sheets in workbook order (maybe a hidden old sheet first). */
  sheets: SheetSnapshot[];
  /** The sheet holding the KPIs to check. */
  sheet: string;
  expected: ExpectedKpi[];
}

interface Built {
  rows: Cell[][];
  merges: MergedRange[];
  /** An Excel Table over the sheet's rows (1-based), when the variant has one. */
  table?: { top: number; bottom: number; left: number; right: number; totalsRow: boolean };
  sheetName: string;
  expected: ExpectedKpi[];
}

/** The header word of a field, by the chosen variant. */
function words(o: VariantOptions) {
  return {
    year: YEAR_WORDS[o.words.year % YEAR_WORDS.length],
    no: NO_WORDS[o.words.no % NO_WORDS.length],
    title: TITLE_WORDS[o.words.title % TITLE_WORDS.length],
    target: decorate(TARGET_WORDS[o.words.target % TARGET_WORDS.length], o),
    result: decorate(RESULT_WORDS[o.words.result % RESULT_WORDS.length], o),
  };
}

const years = (o: VariantOptions, atLeast = 1): number[] => Array.from({ length: Math.max(atLeast, o.yearCount) }, (_, i) => o.firstYear + i);
const EVALUATION = ["評価", "達成状況", "判定"];
const mark = (s: KpiStatus): string => (s === "met" ? "〇" : s === "not_met" ? "×" : "");

/** Rows of a one-row-per-KPI table: the header, the KPI rows; with the staff's additions. */
function tableLike(
  o: VariantOptions,
  header: Cell[],
  kpiRows: Cell[][],
  width: number,
  span?: number,
): { rows: Cell[][]; merges: MergedRange[]; table?: Built["table"] } {
  const rows: Cell[][] = [];
  const merges: MergedRange[] = [];
  const title = ["お客さま本位の業務運営方針と重要業績評価指数(KPI)", "KPI管理表", "お客さま本位の業務運営に関する取組状況"][o.titleRows % 3];
  for (let i = 0; i < o.introRows; i++) {
    rows.push([i % 4 === 0 ? `方針${i / 4 + 1}．お客さまの最善の利益の追求` : `当社は、お客さまの立場に立った業務運営を行い、その取組状況を定期的に公表します。（${i}）`]);
  }
  if (o.titleRows > 0) {
    rows.push([title]);
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: width });
    if (o.titleRows > 1) rows.push(["作成：2025年5月 営業推進課"]);
    rows.push([]);
  }
  rows.push(header);
  const headerRow = rows.length;
  const spanned: number[] = [headerRow];
  if (o.unitsRow) rows.push(header.map((h, i) => (i === 0 ? null : typeof h === "string" && /目標|実績|結果/.test(h) ? "(件・%)" : null)));
  if (o.spacerRowAfterHeader) rows.push([]);
  kpiRows.forEach((r, i) => {
    if (o.section && i === 0) rows.push(["■ お客さま満足の向上"]);
    if (o.repeatedHeader && i === Math.ceil(kpiRows.length / 2) && kpiRows.length > 2) {
      rows.push([...header]);
      spanned.push(rows.length);
    }
    if (o.gapRows && i > 0) rows.push([]);
    rows.push(r);
    spanned.push(rows.length);
  });
  if (o.totals) rows.push(["合計", ...Array.from({ length: width - 1 }, () => null)]);
  const last = rows.length;
  if (span !== undefined) for (const row of spanned) merges.push({ top: row, bottom: row, left: span + 1, right: span + 2 });
  // staff added the last KPI rows below an Excel Table without extending it (no totals row then)
  const short = o.tableShort && !o.totals && !o.gapRows && kpiRows.length > 2 ? 1 : 0;
  const table = o.listObject ? { top: headerRow, bottom: last - short, left: 1, right: width, totalsRow: o.totals } : undefined;
  if (o.notes > 0) rows.push([], ["※ 実績は各年度末時点の数値です。"]);
  if (o.notes > 1) rows.push(["注1：事務ミスは社内基準による件数です。"]);
  if (o.secondTable) rows.push([], ["【参考】お客様アンケート結果の推移"], ["年度", "回答数", "総合満足度"], ["2022年度", "196件", "8.6pt"], ["2023年度", "208件", "8.8pt"]);
  return { rows, merges, table };
}

/** Extra columns a staff member adds (担当部署, 備考 …): header cells and a row's cells. */
function extras(o: VariantOptions): { header: string[]; cells: (i: number) => string[] } {
  const chosen = [...new Set(o.extraCols.map((c) => c % EXTRA_COLUMNS.length))];
  return { header: chosen.map((c) => EXTRA_COLUMNS[c][0]), cells: (i) => chosen.map((c) => EXTRA_COLUMNS[c][1](i)) };
}

function buildTable(o: VariantOptions): Built {
  const w = words(o);
  const [year] = years(o);
  const x = extras(o);
  const evalCol = o.evaluation % 3 === 1;
  const withYearCol = o.yearSource === "column";
  // the title's own column(s): merged over two, or followed by an empty spacer column
  const titleTail = (): Cell[] => (o.titleMerged || o.innerSpacerCol ? [null] : []);
  const pair = <T>(target: T, result: T): T[] => (o.resultFirst ? [result, target] : [target, result]);
  const header: Cell[] = [...(withYearCol ? [w.year] : []), w.no, w.title, ...titleTail(), ...pair<Cell>(w.target, w.result), ...(evalCol ? [EVALUATION[o.evaluation % 3]] : []), ...x.header];
  const expected: ExpectedKpi[] = [];
  const sections = o.yearSections && !withYearCol;
  const kpiRow = (k: KpiSpec, i: number, year: number, yi: number): Cell[] => {
    const y = yearKpi(k, year, yi, o);
    expected.push([year, i + 1, y.status]);
    const yc = i > 0 && o.carryDown % 3 === 1 ? null : i > 0 && o.carryDown % 3 === 2 ? ["〃", "同上"][i % 2] : yearCell(year, o);
    const row: Cell[] = [...(withYearCol ? [yc] : []), noText(i + 1, o.noStyle), METRICS[k.metric % METRICS.length].title, ...titleTail(), ...pair<Cell>(y.target, y.result), ...(evalCol ? [mark(y.status)] : []), ...x.cells(i)];
    if (o.sideNotes && i % 2 === 0) row.push(null, "※ 前年度から継続");
    return row;
  };
  // several years, each under its heading row (`■ 2023年度`), or the one year
  const kpiRows = sections
    ? years(o, 2).flatMap((y, yi) => [[`■ ${yearText(y, o.yearStyle)}`] as Cell[], ...o.kpis.map((k, i) => kpiRow(k, i, y, yi))])
    : o.kpis.map((k, i) => kpiRow(k, i, year, 0));
  const span = o.titleMerged ? (withYearCol ? 2 : 1) : undefined;
  const inTitle = o.yearSource === "title" && !sections;
  const t = tableLike({ ...o, titleRows: inTitle ? Math.max(1, o.titleRows) : o.titleRows, repeatedHeader: o.repeatedHeader && !sections }, header, kpiRows, header.length, span);
  if (inTitle) t.rows[o.introRows] = [`${yearText(year, o.yearStyle)} お客さま本位の業務運営 KPI`];
  const sheetName = o.yearSource === "sheet" && !sections ? yearText(year, o.yearStyle) : "KPI";
  return { ...t, sheetName, expected };
}

function buildWide(o: VariantOptions, twoRow: boolean): Built {
  const w = words(o);
  const ys = years(o, 2);
  const x = extras(o);
  const expected: ExpectedKpi[] = [];
  const perYear = o.kpis.map((k) => ys.map((y, yi) => yearKpi(k, y, yi, o)));
  const rows: Cell[][] = [];
  let header: Cell[][];
  const merges: MergedRange[] = [];
  const base = 2;
  if (!twoRow) {
    const named = (word: string, y: number): string =>
      [`${yearText(y, o.yearStyle)}${word}`, `${word}(${y})`, `${word}（${yearText(y, o.yearStyle)}）`, `${word}\n${yearText(y, o.yearStyle)}`][o.wideHeader % 4];
    header = [[w.no, w.title, ...ys.flatMap((y) => [named(w.target, y), named(w.result, y)]), ...x.header]];
  } else if (o.evaluation % 2 === 0) {
    // the year merged over 目標 | 結果
    header = [
      [w.no, w.title, ...ys.flatMap((y) => [yearText(y, o.yearStyle), null]), ...x.header],
      [null, null, ...ys.flatMap(() => [w.target, w.result]), ...x.header.map(() => null)],
    ];
    ys.forEach((_, i) => merges.push({ top: 0, left: base + 1 + i * 2, bottom: 0, right: base + 2 + i * 2 }));
  } else {
    // 目標 / 結果 merged over the years
    header = [
      [w.no, w.title, w.target, ...ys.slice(1).map(() => null), w.result, ...ys.slice(1).map(() => null), ...x.header],
      [null, null, ...ys.map((y) => yearText(y, o.yearStyle)), ...ys.map((y) => yearText(y, o.yearStyle)), ...x.header.map(() => null)],
    ];
    merges.push({ top: 0, left: base + 1, bottom: 0, right: base + ys.length }, { top: 0, left: base + 1 + ys.length, bottom: 0, right: base + 2 * ys.length });
  }
  if (twoRow) [0, 1].forEach((c) => merges.push({ top: 0, left: c + 1, bottom: 1, right: c + 1 }));
  perYear.forEach((list, i) => list.forEach((y, yi) => expected.push([ys[yi], i + 1, y.status])));
  const kpiRows = o.kpis.map((k, i) => {
    const title = METRICS[k.metric % METRICS.length].title;
    const list = perYear[i];
    const figures = twoRow && o.evaluation % 2 === 1 ? [...list.map((y) => y.target), ...list.map((y) => y.result)] : list.flatMap((y) => [y.target, y.result]);
    return [noText(i + 1, o.noStyle), title, ...figures, ...x.cells(i)];
  });
  const width = header[0].length;
  const t = tableLike({ ...o, unitsRow: false, spacerRowAfterHeader: false, section: false }, header[0], [], width);
  // put the header rows, then the KPI rows, after the title rows tableLike wrote
  const titleEnd = t.rows.indexOf(header[0]);
  const top = t.rows.slice(0, titleEnd);
  const tail = t.rows.slice(titleEnd + 1);
  rows.push(...top, ...header, ...(o.spacerRowAfterHeader ? [[]] : []), ...kpiRows, ...tail);
  const shift = top.length + 1;
  const shifted = merges.map((m) => (m.top === 0 ? { ...m, top: m.top + shift, bottom: m.bottom + shift } : m));
  return { rows, merges: [...t.merges, ...shifted], sheetName: "KPI", expected };
}

function buildNextTarget(o: VariantOptions): Built {
  const w = words(o);
  const [year] = years(o);
  const x = extras(o);
  const header: Cell[] = [w.year, w.no, w.title, w.target, w.result, ["次期目標", "来期目標", "次年度目標"][o.evaluation % 3], ...x.header];
  const expected: ExpectedKpi[] = [];
  const kpiRows = o.kpis.map((k, i) => {
    const y = yearKpi(k, year, 0, o);
    const next = yearKpi({ ...k, outcomes: ["met", "no_result"] }, year + 1, 1, o);
    expected.push([year, i + 1, y.status]);
    if (next.target !== "") expected.push([year + 1, i + 1, next.status]);
    return [yearCell(year, o), noText(i + 1, o.noStyle), METRICS[k.metric % METRICS.length].title, y.target, y.result, next.target, ...x.cells(i)];
  });
  const t = tableLike({ ...o, repeatedHeader: false }, header, kpiRows, header.length);
  return { ...t, sheetName: "KPI", expected };
}

function buildTransposed(o: VariantOptions): Built {
  const ys = years(o, 2);
  const w = words(o);
  const expected: ExpectedKpi[] = [];
  const perKpi = o.kpis.map((k) => ys.map((y, yi) => yearKpi(k, y, yi, o)));
  const rows: Cell[][] = [];
  if (o.titleRows > 0) rows.push(["KPIの推移（年度別）"], []);
  rows.push([w.title, ...o.kpis.map((k) => METRICS[k.metric % METRICS.length].title)]);
  ys.forEach((y, yi) => {
    rows.push([`${yearText(y, o.yearStyle)}${w.target}`, ...perKpi.map((p) => p[yi].target)]);
    rows.push([`${yearText(y, o.yearStyle)}${w.result}`, ...perKpi.map((p) => p[yi].result)]);
  });
  perKpi.forEach((p, i) => p.forEach((y, yi) => expected.push([ys[yi], i + 1, y.status])));
  if (o.notes > 0) rows.push([], ["※ 実績は各年度末時点の数値です。"]);
  return { rows, merges: [], sheetName: "KPI推移", expected };
}

function buildBlocks(o: VariantOptions): Built {
  const ys = years(o);
  const rows: Cell[][] = [];
  const expected: ExpectedKpi[] = [];
  const style = o.blockStyle % 4;
  if (o.titleRows > 0) rows.push(["お客さま本位の業務運営方針と重要業績評価指数(KPI)"], []);
  for (const [yi, y] of [...ys.entries()].reverse()) {
    const heading = style === 1 ? `【${yearText(y, o.yearStyle)}】` : style === 2 ? `${yearText(y, o.yearStyle)} KPI` : yearText(y, o.yearStyle);
    rows.push([heading]);
    o.kpis.forEach((k, i) => {
      const kpi = yearKpi(k, y, yi, o);
      const metric = METRICS[k.metric % METRICS.length];
      rows.push([noText(i + 1, 0), metric.title]);
      rows.push([`お客さまの声をもとに${metric.title}に取り組みます。`]);
      if (style === 3) {
        // the result on its own row
        rows.push(["目標", kpi.target]);
        if (!isEmpty(kpi.result)) rows.push([`結果(${y}年度)`, kpi.result]);
      } else if (kpi.target !== "" || !isEmpty(kpi.result)) rows.push(["目標", kpi.target, `結果(${y}年度)`, kpi.result]);
      rows.push(["お客さま本位の業務運営を徹底します。"]);
      if (o.spacerRowAfterHeader) rows.push([]);
      expected.push([y, i + 1, kpi.status]);
    });
    rows.push([]);
  }
  if (o.notes > 0) rows.push(["※ 実績は各年度末時点の数値です。"]);
  return { rows, merges: [], sheetName: "Webサイト貼付", expected };
}

/** Shifts a sheet one column right (a spacer column A), merges too; merges use 1-based rows. */
function withSpacer(b: Built): Built {
  return {
    ...b,
    rows: b.rows.map((r) => [null, ...r]),
    merges: b.merges.map((m) => ({ ...m, left: m.left + 1, right: m.right + 1 })),
    table: b.table && { ...b.table, left: b.table.left + 1, right: b.table.right + 1 },
  };
}

/** Makes the variant the options describe. */
export function buildVariant(o: VariantOptions): Variant {
  let b: Built;
  switch (o.shape) {
    case "table":
      b = buildTable(o);
      break;
    case "two-row-header":
      b = buildWide(o, true);
      break;
    case "wide":
      b = buildWide(o, false);
      break;
    case "next-target":
      b = buildNextTarget(o);
      break;
    case "transposed":
      b = buildTransposed(o);
      break;
    default:
      b = buildBlocks(o);
  }
  if (o.spacerCol) b = withSpacer(b);
  const width = b.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const grid = (pick: (c: Cell) => CellValue | string | undefined) => b.rows.map((r) => Array.from({ length: width }, (_, i) => pick(r[i] ?? null)));
  const table = b.table && (o.shape === "table" || o.shape === "next-target") ? { name: "KPI表", ...b.table } : undefined;
  const sheet = snapshotFromRows(b.sheetName, grid((c) => (isShown(c) ? c.value : c)) as CellValue[][], {
    texts: grid((c) => (isShown(c) ? c.text : undefined)) as (string | undefined)[][],
    numberFormats: grid((c) => (isShown(c) ? c.format : undefined)) as (string | undefined)[][],
    merges: b.merges.filter((m) => m.top >= 1),
    table,
  });
  const sheets: SheetSnapshot[] = [];
  if (o.hiddenOldSheet) {
    const old = snapshotFromRows("旧KPI", [["年度", "No", "取組項目", "目標", "結果"], ["2021年度", 1, "旧取組", "10件以上", "12件"]]);
    sheets.push({ ...old, visibility: "hidden" });
  }
  if (o.coverSheet) {
    sheets.push(
      snapshotFromRows("表紙", [
        ["お客さま本位の業務運営に関する取組状況"],
        [],
        ["No", "項目", "内容"],
        [1, "方針", "お客さま本位の業務運営方針"],
        [2, "KPI", "重要業績評価指数の目標と実績"],
        [3, "推移", "過去の実績の推移"],
      ]),
    );
  }
  sheets.push(sheet);
  return { options: o, sheets, sheet: b.sheetName, expected: b.expected };
}

const outcome = fc.constantFrom<Outcome>("met", "met", "not_met", "not_met", "no_result", "no_target");

/** The options of a variant: every choice a staff member makes. */
export const variantOptions: fc.Arbitrary<VariantOptions> = fc.record({
  shape: fc.constantFrom(...SHAPES),
  firstYear: fc.integer({ min: 2021, max: 2025 }),
  yearCount: fc.integer({ min: 1, max: 3 }),
  kpis: fc.array(
    fc.record({ metric: fc.nat(20), n: fc.integer({ min: 3, max: 30 }), delta: fc.integer({ min: 0, max: 2 }), outcomes: fc.array(outcome, { minLength: 3, maxLength: 3 }) }),
    { minLength: 2, maxLength: 6 },
  ),
  yearStyle: fc.nat(4),
  noStyle: fc.nat(4),
  words: fc.record({ year: fc.nat(9), no: fc.nat(9), title: fc.nat(9), target: fc.nat(9), result: fc.nat(9) }),
  yearSource: fc.constantFrom("column", "sheet", "title"),
  carryDown: fc.nat(2),
  extraCols: fc.array(fc.nat(3), { maxLength: 2 }),
  titleRows: fc.nat(2),
  spacerCol: fc.boolean(),
  spacerRowAfterHeader: fc.boolean(),
  notes: fc.nat(2),
  fullWidth: fc.boolean(),
  totals: fc.boolean(),
  repeatedHeader: fc.boolean(),
  section: fc.boolean(),
  unitsRow: fc.boolean(),
  secondTable: fc.boolean(),
  hiddenOldSheet: fc.boolean(),
  evaluation: fc.nat(5),
  yearCellStyle: fc.nat(4),
  wideHeader: fc.nat(3),
  headerDecor: fc.nat(3),
  percentAsNumber: fc.boolean(),
  listObject: fc.boolean(),
  titleMerged: fc.boolean(),
  innerSpacerCol: fc.boolean(),
  sideNotes: fc.boolean(),
  introRows: fc.constantFrom(0, 0, 3, 12, 25),
  gapRows: fc.boolean(),
  yearSections: fc.boolean(),
  tableShort: fc.boolean(),
  resultFirst: fc.boolean(),
  unitFormat: fc.boolean(),
  coverSheet: fc.boolean(),
  blockStyle: fc.nat(3),
});
