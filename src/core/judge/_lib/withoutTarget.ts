import type { Expression } from "../../Expression";
import type { KpiNotes } from "./KpiNotes";
import type { Verdict } from "./Verdict";

/**
 * A row without a target: a policy without a KPI (`no_target`, `target-missing`), a result there
 * `result-without-target`.
 *
 * @example withoutTarget(parse("実施"), notes).status // "no_target"
 */
export function withoutTarget(result: Expression, notes: KpiNotes): Verdict {
  notes.onTarget("target-missing", {});
  if (result.kind !== "empty") notes.onResult("result-without-target", { result: result.normalized });
  return { status: "no_target", components: [] };
}
