import { CLI_MESSAGES } from "../../i18n/cliMessages";
import { inputErrorMessage } from "../../i18n/inputErrors";
import type { Lang } from "../../i18n/Lang";
import { isInputError } from "../../core/InputError";
import { previewStrings } from "../previewStrings";

/**
 * The message for a file the preview could not open or write: an `InputError` in its own words (corrupt,
 * encrypted, old .xls, …), a `WorkbookWriteError` naming the kinds of parts that would be lost and their paths,
 * anything else the generic words with the error's text as detail.
 *
 * @example fileErrorMessage(new InputError("legacy-xls"), "ja").message // "古い Excel 97-2003 形式（.xls）のファイルです。…"
 */
export function fileErrorMessage(error: unknown, lang: Lang): { message: string; detail?: string } {
  const p = previewStrings(lang);
  if (isInputError(error)) return { message: inputErrorMessage(error, lang) };
  const parts = (error as { parts?: { kind: string; path: string }[] } | null)?.parts;
  if (error instanceof Error && error.name === "WorkbookWriteError" && Array.isArray(parts)) {
    const names = CLI_MESSAGES[lang].partKinds as Record<string, string>;
    const kinds = [...new Set(parts.map((part) => names[part.kind] ?? part.kind))].join(lang === "ja" ? "、" : ", ");
    return { message: p.droppedParts(`${kinds} (${parts.map((part) => part.path).join(", ")})`) };
  }
  return { message: p.readFailed, detail: error instanceof Error ? error.message : String(error) };
}
