import { addressOf } from "../cellAddress";
import { finding, type Finding } from "../Finding";
import type { JudgedKpi } from "../JudgedKpi";
import type { KpiStatus } from "../KpiStatus";
import { normalizeText } from "../normalizeText";

const MET = /^(?:〇|○|◯|◎|達成|達成済み?|目標達成|済|完了)$/u;
const NOT_MET = /^(?:×|✕|✖|x|未達|未達成|目標未達|未実施)$/iu;
const PARTIAL = /^(?:△|▲|一部達成|一部未達|概ね達成)$/u;

/**
 * The status a staff-typed evaluation names (〇 / 達成 → met, × / 未達 → not_met, △ / 一部達成 → partial), or
 * undefined for anything else (a comment, a blank).
 *
 * @example evaluationStatus("〇") // "met"
 */
function evaluationStatus(text: string): KpiStatus | undefined {
  const t = normalizeText(text).replace(/\s+/gu, "");
  if (MET.test(t)) return "met";
  if (NOT_MET.test(t)) return "not_met";
  if (PARTIAL.test(t)) return "partial";
  return undefined;
}

const JUDGED: ReadonlySet<KpiStatus> = new Set<KpiStatus>(["met", "partial", "not_met"]);

/**
 * The `evaluation-mismatch` warning (kpi-rules.md §1 "A typed evaluation column") when a KPI's evaluation cell
 * names another status than the figures gave; the figures decide. Undefined when they agree, when the KPI could
 * not be judged by its figures, or when the evaluation names no status.
 *
 * @example checkEvaluation(kpi)?.params // { evaluation: "〇", status: "not_met" }
 */
export function checkEvaluation(kpi: JudgedKpi): Finding | undefined {
  const cell = kpi.record.fields.evaluation;
  if (!cell || !JUDGED.has(kpi.status)) return undefined;
  const said = evaluationStatus(cell.text);
  if (said === undefined || said === kpi.status) return undefined;
  return finding(
    "evaluation-mismatch",
    { row: kpi.row, field: "evaluation", cell: addressOf(cell) },
    { evaluation: cell.text.trim(), status: kpi.status },
  );
}
