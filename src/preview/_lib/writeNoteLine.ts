import type { Lang } from "../../i18n/Lang";
import { uiStrings } from "../../i18n/ui";
import type { WriteNote } from "../../xlsx/writeCheckedWorkbook";
import { previewStrings } from "../previewStrings";

/**
 * The sentence the pane says after a download for one of the writer's notes: the 推移 sheet without charts, the
 * protected sheets left without their status, the add-in's sheets a protected structure kept out. The download is
 * the preview's write (the check before it wrote nothing), so this is where the user learns what the copy lacks.
 *
 * @example writeNoteLine({ kind: "protected-not-written", sheets: ["KPI"] }, "ja") // "保護されているシート（KPI）には達成状況を書き込んでいません。…"
 */
export function writeNoteLine(note: WriteNote, lang: Lang): string {
  const p = previewStrings(lang);
  const t = uiStrings(lang);
  if (note.kind === "protected-not-written") return (p.pane.notWritten ?? t.notWritten)(note.sheets.join(t.listSeparator));
  if (note.kind === "structure-not-added") return (p.pane.notAdded ?? t.notAdded)(note.sheets.join(t.listSeparator));
  return p.trendWithoutCharts(note.sheet, note.droppedCharts);
}
