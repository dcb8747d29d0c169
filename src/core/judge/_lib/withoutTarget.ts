import type { Expression } from "../../Expression";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/**
 * A row without a target: a policy without a KPI (`no_target`, `target-missing`), a result there
 * `result-without-target`. A year the table gives results only for (`resultsOnly`: a wide table's `2024年度実績`
 * beside `2025年度目標`) expects no target: `no_target` without either finding.
 *
 * @example withoutTarget(parse("実施"), notes).status // "no_target"
 */
export function withoutTarget(result: Expression, notes: KpiNotes, resultsOnly = false): Verdict {
  if (resultsOnly) return { status: "no_target", components: [] };
  notes.onTarget("target-missing", {});
  if (result.kind !== "empty") notes.onResult("result-without-target", { result: result.normalized });
  return { status: "no_target", components: [] };
}
