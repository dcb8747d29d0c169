import { CLI_MESSAGES } from "../../i18n/cliMessages";
import { inputErrorMessage } from "../../i18n/inputErrors";
import type { Lang } from "../../i18n/Lang";
import { isInputError } from "../../core/InputError";
import { previewStrings } from "../previewStrings";

/**
 * The message for a file the preview could not open or write, in the pane's words, and apart from it the
 * reader's own text (often an English library message) for a folded 詳細: an `InputError` in its own words
 * (corrupt, encrypted, old .xls, …), a `WorkbookWriteError` naming the kinds of parts that would be lost and their
 * paths, anything else the generic words.
 *
 * @example fileErrorMessage(new InputError("corrupt", { detail: "not a zip file" }), "ja") // { message: "Excelのブックとして読み取れません。…", detail: "not a zip file" }
 */
export function fileErrorMessage(error: unknown, lang: Lang): { message: string; detail?: string } {
  const p = previewStrings(lang);
  if (isInputError(error)) {
    const { detail, ...params } = error.params;
    return { message: inputErrorMessage({ code: error.code, params }, lang), detail: detail === undefined || detail === "" ? undefined : String(detail) };
  }
  const parts = (error as { parts?: { kind: string; path: string }[] } | null)?.parts;
  if (error instanceof Error && error.name === "WorkbookWriteError" && Array.isArray(parts)) {
    const names = CLI_MESSAGES[lang].partKinds as Record<string, string>;
    const kinds = [...new Set(parts.map((part) => names[part.kind] ?? part.kind))].join(lang === "ja" ? "、" : ", ");
    return { message: p.droppedParts(kinds), detail: parts.map((part) => part.path).join("\n") };
  }
  return { message: p.readFailed, detail: error instanceof Error ? error.message : String(error) };
}
