import type { StatusLineWrite } from "../../core/WorkbookPatch";
import { isStatusRuleFormula } from "../../core/writeback/statusConditionalFormat";
import { statusLineOf } from "../../core/writeback/statusLineOf";
import type { PatchOp } from "./PatchOp";
import type { SheetRules } from "./SheetRules";

/**
 * The steps that put the add-in's status conditional formats on the KPI sheet (disclosure-output.md §1): delete
 * the rules an earlier run added — recognised, as the xlsx adapter does, by their formula over a status line the
 * plan writes or gives up (`isStatusRuleFormula`) — and add every rule the plan carries, whatever the layout (one
 * per status column, status row or blocks sheet), each after all other rules in priority so that the user's own
 * rules keep precedence. The user's rules are neither read further nor touched. Only lines on the sheet whose rules
 * were read get steps: without the read, adding would duplicate.
 *
 * @example
 * statusFormatOps(patch.statusLines, rules)
 * // { remove: [{ kind: "delete-conditional-format", sheet: "KPI", id: "…" }], add: [{ kind: "add-conditional-format", … }] }
 */
export function statusFormatOps(lines: StatusLineWrite[], rules: SheetRules): { remove: PatchOp[]; add: PatchOp[] } {
  const onSheet = lines.filter((l) => l.sheet.toLowerCase() === rules.sheet.toLowerCase());
  const read = onSheet.map(statusLineOf);
  const ours = rules.custom.filter((r) => read.some((line) => isStatusRuleFormula(r.formula, line)));
  const remove: PatchOp[] = ours.map((r) => ({ kind: "delete-conditional-format", sheet: rules.sheet, id: r.id }));
  const add: PatchOp[] = [];
  let priority = rules.count - ours.length;
  for (const l of onSheet) {
    const f = l.kind === "release-line" ? undefined : l.resultFormat;
    if (!f) continue;
    // OOXML's sqref separates areas by spaces; Office.js takes them comma-separated (RangeAreas).
    const address = f.ref.trim().split(/\s+/).join(", ");
    for (const r of f.rules) {
      const formula = r.formula.startsWith("=") ? r.formula : `=${r.formula}`;
      add.push({ kind: "add-conditional-format", sheet: l.sheet, address, formula, fill: r.fill, priority: priority++ });
    }
  }
  return { remove, add };
}
