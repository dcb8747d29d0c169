import type { StatusLineWrite } from "../WorkbookPatch";
import type { StatusLine } from "./statusConditionalFormat";

/**
 * The status line an entry of a plan's `statusLines` writes or gives up: its column, or its row — a released line
 * by the cells it held (one column or one row). The status rules reading that line are the add-in's own.
 *
 * @example statusLineOf({ kind: "release-line", sheet: "KPI", ownerName: "…", clear: { top: 1, left: 9, bottom: 25, right: 9 } }) // { col: 9 }
 */
export function statusLineOf(l: StatusLineWrite): StatusLine {
  if (l.kind === "owned-column") return { col: l.col };
  if (l.kind === "owned-row") return { row: l.row };
  return l.clear.left === l.clear.right ? { col: l.clear.left } : { row: l.clear.top };
}
