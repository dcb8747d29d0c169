import type { CheckOptions } from "../CheckResult";
import type { Finding } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import type { KpiRecord } from "../KpiRecord";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../KpiSchema";
import type { SheetSnapshot } from "../SheetSnapshot";
import { checkRecords } from "../checks/checkRecords";
import type { PreviousKpi } from "../judge/JudgeContext";
import { judgeKpi, type JudgeContext, type KpiReading } from "../judge/judgeKpi";
import type { ReadTable } from "../layout/ReadTable";
import { readKpiTable } from "../layout/readKpiTable";
import { targetMeasure, type TargetMeasure } from "../series/targetMeasure";
import { findOwnedLines } from "../writeback/ownership";
import { oneResultFigure } from "./oneResultFigure";

/**
 * A KPI whose target is relative to last year's result (`前年度実績以上`) and found no baseline in its own cells:
 * it waits for the previous year of its series. `index` is its place among its sheet's KPIs.
 */
export interface PendingKpi {
  readonly index: number;
  readonly ctx: JudgeContext;
  /** Its target and result as read: judging it again reads neither twice. */
  readonly reading: KpiReading;
}

/**
 * One sheet read, its records checked and its KPIs judged, before any series: what `checkSheet` (one sheet) and
 * `checkWorkbook` (series across the sheets) both build on. Local to one check.
 */
export interface SheetParts {
  readonly sheetName: string;
  readonly schema: KpiSchema;
  readonly fiscalYearStartMonth: number;
  readonly asOf: string;
  readonly table: ReadTable;
  /** The table's and the records' findings (`readKpiTable`, `checkRecords`). */
  readonly readFindings: readonly Finding[];
  /** The judged KPIs in sheet order; a pending one as judged without last year's KPI (unevaluable so far). */
  readonly kpis: readonly JudgedKpi[];
  /** Per KPI, its target's measure for the series (from the judge's reading), undefined where it was not read. */
  readonly measures: readonly (TargetMeasure | undefined)[];
  /** The findings of judging the KPIs that are not pending, in sheet order. */
  readonly judgeFindings: readonly Finding[];
  /** The label pairs the judge matched only by prefix, of the KPIs that are not pending. */
  readonly labelVariants: readonly (readonly [string, string])[];
  /** The KPIs relative to last year's result still to be judged against it, in sheet order. */
  readonly pending: readonly PendingKpi[];
}

/**
 * Last year's result as the row gives it (`前年度実績 | 目標 | 実績`): the previous year's KPI of the judge, so that a
 * target relative to it is judged at once. Empty when the row has none or it is not one figure.
 */
function rowsOwnPrevious(record: KpiRecord, fiscalYear: number | null, schema: KpiSchema): { previous?: PreviousKpi } {
  const cell = record.previousResult;
  const figure = cell && fiscalYear !== null ? oneResultFigure(cell.text, schema) : undefined;
  return figure ? { previous: { fiscalYear: fiscalYear! - 1, row: cell!.row, components: [], resultFigure: figure } } : {};
}

/**
 * Reads the KPI table of a sheet (either layout, the add-in's own lines left out), checks its records against the
 * schema and judges every KPI against the as-of date — but for a target relative to last year's result, which
 * stays pending (`judgePending`) until the series say which KPI was last year's.
 *
 * @example readAndJudge(snapshot, { asOf: "2026-11-29" }).pending.length // 1: 2024 No 1 `回答数:前年度実績以上`
 */
export function readAndJudge(snapshot: SheetSnapshot, options: CheckOptions): SheetParts {
  const schema = options.schema ?? BUILT_IN_SCHEMA;
  const fiscalYearStartMonth = options.fiscalYearStartMonth ?? schema.fiscalYear.startMonth;
  const owned = findOwnedLines(snapshot.sheetName, options.definedNames ?? {}, snapshot);
  const table = readKpiTable(snapshot, schema, {
    ignoreColumns: owned.columns,
    ignoreRows: owned.rows,
    layout: options.layout,
    fiscalYearStartMonth,
  });
  const absent = new Set(table.findings.flatMap((f) => (f.code === "missing-column" ? [f.params.field] : [])));
  const checked = checkRecords(table.records, schema, fiscalYearStartMonth, absent);
  const judgeFindings: Finding[] = [];
  const labelVariants: (readonly [string, string])[] = [];
  const pending: PendingKpi[] = [];
  const measures: (TargetMeasure | undefined)[] = [];
  const kpis = table.records.map((record, index) => {
    const no = checked.keys.nos[index];
    const sub = checked.keys.subNos[index];
    const fiscalYear = checked.keys.fiscalYears[index];
    const ctx: JudgeContext = {
      schema,
      asOf: options.asOf,
      fiscalYearStartMonth,
      fiscalYear,
      no,
      noLabel: sub === null ? undefined : `${no}-${sub}`,
      ...rowsOwnPrevious(record, fiscalYear, schema),
    };
    const judgement = judgeKpi(record, ctx);
    const { reading } = judgement;
    measures.push(reading && targetMeasure(reading.target));
    if (judgement.wantsPrevious && reading) {
      pending.push({ index, ctx, reading });
    } else {
      // loops, not push(...spread): a crafted cell can hold hundreds of thousands of components
      for (const f of judgement.findings) judgeFindings.push(f);
      for (const pair of judgement.labelVariants) labelVariants.push(pair);
    }
    return judgement.kpi;
  });
  return {
    sheetName: snapshot.sheetName,
    schema,
    fiscalYearStartMonth,
    asOf: options.asOf,
    table,
    readFindings: table.findings.concat(checked.findings),
    kpis,
    measures,
    judgeFindings,
    labelVariants,
    pending,
  };
}
