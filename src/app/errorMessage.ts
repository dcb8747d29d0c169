import type { WorkbookErrorKind } from "../core/WorkbookPort";
import type { UiStrings } from "../i18n/ui";

/**
 * The message to show for anything a run threw: the port's typed errors get their own words; an error that
 * carries a `body` already in the pane's words (the preview's download) shows it; anything else the generic
 * words. The error's own text (a host's or a library's, often English) is never the message, only its detail.
 *
 * A protected sheet is named (「シート「2024年度」は保護されているため…」), and a protected structure said as such.
 *
 * @example errorMessage(workbookError("protected"), uiStrings("ja")).body // "シートまたはブックが保護されているため…"
 */
export function errorMessage(error: unknown, t: UiStrings): { body: string; detail?: string } {
  const e = typeof error === "object" && error !== null ? (error as { kind?: unknown; body?: unknown; detail?: unknown; sheet?: unknown; structure?: unknown }) : {};
  const kind = String(e.kind ?? "");
  const detail = typeof e.detail === "string" ? e.detail : error instanceof Error ? error.message : String(error);
  if (typeof e.body === "string") return { body: e.body, detail: typeof e.detail === "string" ? e.detail : undefined };
  // the port's kinds are the keys of the pane's error words (a kind without words does not compile)
  if (Object.hasOwn(t.errors, kind)) {
    const k = kind as WorkbookErrorKind;
    if (k === "protected") return { body: protectedMessage(e, t) };
    return k === "unknown" ? { body: t.errors.unknown, detail } : { body: t.errors[k] };
  }
  return { body: t.errors.unknown, detail };
}

/** The words for a write refused by protection: the sheet named when the port knows it, the structure when that was it. */
function protectedMessage(e: { sheet?: unknown; structure?: unknown }, t: UiStrings): string {
  if (typeof e.sheet === "string" && e.sheet !== "") return t.protectedSheet(e.sheet);
  return e.structure === true ? t.protectedStructure : t.errors.protected;
}
