import type { WorkbookErrorKind } from "../core/WorkbookPort";
import type { UiStrings } from "../i18n/ui";

const KINDS: ReadonlySet<string> = new Set<WorkbookErrorKind>(["cell-edit-mode", "protected", "too-large", "unsupported", "sheet-not-found", "changed", "unknown"]);

/**
 * The message to show for anything a run threw: the port's typed errors get their own words, anything else
 * the generic one with its text as detail (never a blank pane).
 *
 * @example errorMessage(workbookError("protected"), uiStrings("ja")).body // "シートまたはブックが保護されているため…"
 */
export function errorMessage(error: unknown, t: UiStrings): { body: string; detail?: string } {
  const kind = typeof error === "object" && error !== null && "kind" in error ? String((error as { kind: unknown }).kind) : "";
  const detail = error instanceof Error ? ((error as { detail?: string }).detail ?? error.message) : String(error);
  if (KINDS.has(kind)) {
    const k = kind as WorkbookErrorKind;
    return k === "unknown" ? { body: t.errors.unknown, detail } : { body: t.errors[k] };
  }
  return { body: t.errors.unknown, detail };
}
