import { columnLetters, rangeAddress } from "../../cellAddress";
import { finding, type Finding } from "../../Finding";
import type { FieldCell, KpiField, KpiRecord } from "../../KpiRecord";
import type { KpiSchema } from "../../KpiSchema";
import { matchHeader } from "../matchHeader";
import type { ReadTable, SkippedRow } from "../ReadTable";
import { classifyRow, type RowContext } from "./classifyRow";
import type { Grid } from "./Grid";
import { headerSpec } from "./headerSpec";
import type { HeaderPlan } from "./planHeader";
import { qualifierColumns } from "./qualifierColumns";
import { qualifyFigures } from "./qualifyFigures";
import { tableRecords } from "./tableRecords";
import { yearCell } from "./yearCell";

/** Options of {@link readRowLabels}. */
export interface RowLabelsOptions {
  startMonth: number;
  /** The header's findings so far (`duplicate-column`), kept in the reading. */
  findings: Finding[];
}

/** The rows of one KPI: the row of its 目標 (its No and title), of its 実績, of its 評価. */
interface LabelledKpi {
  keyRow: number;
  target?: number;
  result?: number;
  evaluation?: number;
}

/** The fields a label row gives: its figures for each year column. */
type Labelled = "target" | "result" | "evaluation";
const LABELLED: ReadonlySet<string> = new Set<Labelled>(["target", "result", "evaluation"]);
/** How many rows below the header are looked at to find the label column. */
const LABEL_SEARCH_ROWS = 40;

/** The header's columns naming a fiscal year and no field (`2023年度`, `R6`, `FY2024`), with their year. */
function yearColumns(grid: Grid, plan: HeaderPlan, ignore: ReadonlySet<number>, schema: KpiSchema, startMonth: number): { col: number; year: number; row: number }[] {
  const found: { col: number; year: number; row: number }[] = [];
  for (let col = plan.left; col <= plan.right; col++) {
    if (ignore.has(col)) continue;
    for (const row of plan.rows) {
      const spec = headerSpec(grid.text(row, col), schema, startMonth);
      if (spec.year !== undefined && spec.field === undefined && !spec.previous && !spec.next) {
        found.push({ col, year: spec.year, row });
        break;
      }
    }
  }
  return found;
}

/** The field a label cell names (`目標`, `実績`, `計画`, `評価`), exactly: a label, never a text. */
function labelAt(grid: Grid, row: number, col: number, schema: KpiSchema): Labelled | undefined {
  const text = grid.text(row, col);
  if (text === "" || text.length > 12) return undefined;
  const field = matchHeader(text, schema, { affix: false });
  return field && LABELLED.has(field) ? (field as Labelled) : undefined;
}

/** The first column left of the years whose cells below the header label both a target row and a result row. */
function labelColumn(grid: Grid, plan: HeaderPlan, firstYearCol: number, ignore: ReadonlySet<number>, schema: KpiSchema): number | undefined {
  const headerRow = plan.rows[plan.rows.length - 1];
  const last = Math.min(grid.bottom, headerRow + LABEL_SEARCH_ROWS);
  for (let col = plan.left; col < firstYearCol; col++) {
    if (ignore.has(col)) continue;
    const seen = new Set<Labelled>();
    for (let row = headerRow + 1; row <= last; row++) {
      const field = labelAt(grid, row, col, schema);
      if (field) seen.add(field);
    }
    if (seen.has("target") && seen.has("result")) return col;
  }
  return undefined;
}

/**
 * Reads a wide table whose years are columns and whose KPIs take a row per figure (kpi-rules.md §1 "wide", as staff
 * keep it in Excel): `No | 指標 | 区分 | 2023年度 | 2024年度`, a `目標` row (the KPI's No and title, often merged over
 * its rows) and a `実績` row below it, maybe a `評価` row — the label in a column of its own. One record per KPI and
 * year column holding its target or result, at the KPI's 目標 row. Rows without a label are skipped (`classifyRow`,
 * else `incomplete`). Undefined unless the header names years without a field and a column labels both target and
 * result rows.
 *
 * @example readRowLabels(grid, BUILT_IN_SCHEMA, plan, cols, new Set(), { startMonth: 4, findings: [] })?.layout // "wide"
 */
export function readRowLabels(
  grid: Grid,
  schema: KpiSchema,
  plan: HeaderPlan,
  cols: ReadonlyMap<KpiField, number>,
  ignore: ReadonlySet<number>,
  o: RowLabelsOptions,
): ReadTable | undefined {
  const years = yearColumns(grid, plan, ignore, schema, o.startMonth);
  if (years.length === 0) return undefined;
  const labelCol = labelColumn(grid, plan, years[0].col, ignore, schema);
  if (labelCol === undefined) return undefined;
  const headerRow = plan.rows[plan.rows.length - 1];
  const keyCols = (["no", "title"] as const).map((f) => cols.get(f)).filter((c): c is number => c !== undefined);
  const ctx: RowContext = {
    grid,
    left: plan.left,
    right: plan.right,
    ignore: new Set(ignore),
    fieldAt: new Map(plan.columns.map((c) => [c.col, c.field])),
    keyCols,
    contentCols: years.map((y) => y.col),
    spec: (t) => headerSpec(t, schema, o.startMonth),
  };

  const kpis: LabelledKpi[] = [];
  const skippedRows: SkippedRow[] = [];
  let lastRow = headerRow;
  for (let row = headerRow + 1; row <= grid.bottom; row++) {
    let blank = true;
    for (let col = plan.left; col <= plan.right && blank; col++) blank = ignore.has(col) || grid.isBlank(row, col);
    if (blank) continue;
    const label = labelAt(grid, row, labelCol, schema);
    const current = kpis[kpis.length - 1];
    if (label === "target" || (label !== undefined && (current === undefined || current[label] !== undefined))) {
      kpis.push({ keyRow: row, [label]: row });
    } else if (label !== undefined) {
      current[label] = row;
    } else {
      skippedRows.push({ row, why: classifyRow(ctx, row) ?? "incomplete" });
      continue;
    }
    lastRow = row;
  }
  if (kpis.length === 0) return undefined;

  const plain = tableRecords(grid, [...cols]);
  // `単位` and `判定基準` columns beside the labels: on the KPI's 目標 row (merged over its rows, or repeated)
  const qualify = qualifyFigures((r, c) => grid.fieldText(r, c), qualifierColumns(grid, plan, ignore, ctx.spec), schema);
  const make: typeof plain = qualify ? (row, over) => qualify(plain(row, over)) : plain;
  const records: KpiRecord[] = [];
  const cellOf = (row: number | undefined, col: number): FieldCell | undefined => (row === undefined ? undefined : grid.fieldCell(row, col));
  for (const kpi of kpis) {
    let made = 0;
    years.forEach((y, i) => {
      const target = cellOf(kpi.target, y.col);
      const result = cellOf(kpi.result, y.col);
      const evaluation = cellOf(kpi.evaluation, y.col);
      const any = [target, result].some((c) => c !== undefined && c.text.trim() !== "");
      if (!any && !(made === 0 && i === years.length - 1)) return;
      const over = { fiscalYear: yearCell(y.year, `${y.year}年度`, y.row, y.col), target, result, evaluation };
      records.push(make(kpi.keyRow, over));
      made++;
    });
  }

  const findings = [...o.findings];
  const findingRow = grid.fieldCell(headerRow, plan.left).row;
  for (const f of schema.fields) {
    if (f.constraints?.required && f.name !== "fiscalYear" && !cols.has(f.name)) {
      findings.push(finding("missing-column", { row: findingRow, field: f.name }, { field: f.name }));
    }
  }
  const fields: Partial<Record<KpiField, string[]>> = {};
  for (const f of schema.fields) {
    const col = cols.get(f.name);
    if (col !== undefined) fields[f.name] = [columnLetters(col)];
    else if (f.name === "target" || f.name === "result") fields[f.name] = years.map((y) => columnLetters(y.col));
  }
  const lastYear = years[years.length - 1].col;
  return {
    layout: "wide",
    records,
    findings,
    range: rangeAddress(plan.rows[0], plan.left, lastRow, plan.right),
    header: { row: headerRow, columns: { ...Object.fromEntries(cols), target: lastYear, result: lastYear } },
    headerRows: plan.rows,
    fields,
    skippedRows,
    yearLines: years.map((y) => ({ year: y.year, line: y.col })),
  };
}
