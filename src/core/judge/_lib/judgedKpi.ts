import type { JudgedKpi } from "../../JudgedKpi";
import type { KpiRecord } from "../../KpiRecord";
import type { JudgeContext } from "../JudgeContext";
import type { Verdict } from "./Verdict";

/**
 * The judged KPI, built once and complete: with the No as written (`noLabel`) and the staff's own evaluation
 * (`評価`, `判定`, as written, trimmed) where there are.
 *
 * @example judgedKpi(record, ctx, { status: "met", components }).status // "met"
 */
export function judgedKpi(record: KpiRecord, ctx: JudgeContext, verdict: Verdict): JudgedKpi {
  const { target, result, title } = record.fields;
  const kpi: JudgedKpi = {
    record,
    fiscalYear: ctx.fiscalYear,
    no: ctx.no,
    row: record.row,
    title: title?.text ?? "",
    target: target?.text ?? "",
    result: result?.text ?? "",
    status: verdict.status,
    components: verdict.components,
  };
  const evaluation = record.fields.evaluation?.text.trim() ?? "";
  if (ctx.noLabel === undefined && evaluation === "") return kpi;
  return {
    ...kpi,
    ...(ctx.noLabel !== undefined ? { noLabel: ctx.noLabel } : {}),
    ...(evaluation !== "" ? { evaluation } : {}),
  };
}
