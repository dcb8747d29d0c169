import type { WorkbookErrorKind } from "../core/WorkbookPort";
import type { UiStrings } from "../i18n/ui";

const KINDS: ReadonlySet<string> = new Set<WorkbookErrorKind>(["cell-edit-mode", "protected", "too-large", "unsupported", "sheet-not-found", "changed", "unknown"]);

/**
 * The message to show for anything a run threw: the port's typed errors get their own words; an error that
 * carries a `body` already in the pane's words (the preview's download) shows it; anything else the generic
 * words. The error's own text (a host's or a library's, often English) is never the message, only its detail.
 *
 * @example errorMessage(workbookError("protected"), uiStrings("ja")).body // "シートまたはブックが保護されているため…"
 */
export function errorMessage(error: unknown, t: UiStrings): { body: string; detail?: string } {
  const e = typeof error === "object" && error !== null ? (error as { kind?: unknown; body?: unknown; detail?: unknown }) : {};
  const kind = String(e.kind ?? "");
  const detail = typeof e.detail === "string" ? e.detail : error instanceof Error ? error.message : String(error);
  if (typeof e.body === "string") return { body: e.body, detail: typeof e.detail === "string" ? e.detail : undefined };
  if (KINDS.has(kind)) {
    const k = kind as WorkbookErrorKind;
    return k === "unknown" ? { body: t.errors.unknown, detail } : { body: t.errors[k] };
  }
  return { body: t.errors.unknown, detail };
}
