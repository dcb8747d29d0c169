import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../i18n/Lang";
import { App } from "../ui/components/App";
import type { RunOutcome } from "../app/pipeline/runKpiCheck";
import type { CheckSettings, SettingsStore } from "../app/settings/CheckSettings";
import { writeOptions } from "../app/settings/optionsFromSettings";
import { FilePicker } from "./FilePicker";
import type { OpenError } from "./FilePicker";
import type { DownloadOptions, OpenedFile } from "./openWorkbookFile";
import { previewStrings } from "./previewStrings";
import { checkedFileName, downloadBytes, nextYearFileName } from "./_lib/downloadBytes";
import type { NextYearRows } from "../core/nextYear/NextYearRows";
import type { CheckResult } from "../core/CheckResult";
import type { WriteNote } from "../xlsx/writeCheckedWorkbook";
import { fileErrorMessage } from "./_lib/fileErrorMessage";
import { writeNoteLine } from "./_lib/writeNoteLine";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Props of {@link PreviewApp}. */
export interface PreviewAppProps {
  lang: Lang;
  store: SettingsStore;
  /** Today as `YYYY-MM-DD`. */
  today: () => string;
  /** Where the bundled sample workbook is served. */
  sampleUrl: string;
  /** Downloads the checked copy (tests may record it instead). */
  save?: (bytes: Uint8Array, fileName: string, type: string) => void;
}

/**
 * The task pane outside Office: the same pane, engine and results on a file the user opens (picker, drag and
 * drop, or the bundled sample), read by exceljs in a chunk loaded only here; the write-back becomes a download of
 * the checked workbook (status column, disclosure sheet, findings sheet). A file that cannot be opened is a
 * message, and the pane keeps working for the next one.
 *
 * @example root.render(<PreviewApp lang="ja" store={localSettingsStore(localStorage)} today={() => localDate(new Date())} sampleUrl="assets/sample-kpi.xlsx" />)
 */
export function PreviewApp({ lang, store, today, sampleUrl, save = downloadBytes }: PreviewAppProps) {
  const p = previewStrings(lang);
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<OpenError | null>(null);

  const open = useCallback(
    async (name: string, read: () => Promise<Uint8Array>) => {
      setBusy(true);
      setError(null);
      // The file before goes at once: its name and results must not stand next to another file's outcome.
      setFile(null);
      try {
        const bytes = await read();
        const { openWorkbookFile } = await import(/* webpackChunkName: "xlsx" */ "./openWorkbookFile");
        setFile(await openWorkbookFile(bytes, name, { asOf: today() }));
      } catch (e) {
        setError({ fileName: name, ...fileErrorMessage(e, lang) });
      } finally {
        setBusy(false);
      }
    },
    [today, lang],
  );
  const openFile = useCallback((f: File) => open(f.name, async () => new Uint8Array(await f.arrayBuffer())), [open]);
  const openSample = useCallback(
    () =>
      open(sampleUrl.split("/").pop() ?? "sample.xlsx", async () => {
        const response = await fetch(sampleUrl);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${sampleUrl}`);
        return new Uint8Array(await response.arrayBuffer());
      }),
    [open, sampleUrl],
  );

  // A file dropped anywhere on the pane opens; the browser must not navigate away to it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const f = e.dataTransfer?.files?.[0];
      if (f) void openFile(f);
    };
    document.addEventListener("dragover", over);
    document.addEventListener("dragleave", leave);
    document.addEventListener("drop", drop);
    return () => {
      document.removeEventListener("dragover", over);
      document.removeEventListener("dragleave", leave);
      document.removeEventListener("drop", drop);
    };
  }, [openFile]);

  // a copy of the file as a download; what the copy lacks (the 推移 sheet's charts) is said in the pane, as the CLI
  // says it, and a failure becomes the pane's download error
  const saveCopy = useCallback(
    async (result: CheckResult, options: DownloadOptions, fileName: string): Promise<string | undefined> => {
      if (!file) return undefined;
      try {
        const notes: WriteNote[] = [];
        const bytes = await file.checkedWorkbook(result, options, (n) => notes.push(n));
        save(bytes, fileName, XLSX_TYPE);
        // what the copy lacks: the check before wrote nothing, so protection's notes are said here too
        return notes.map((n) => writeNoteLine(n, lang)).join(" ") || undefined;
      } catch (e) {
        // a write protection refuses whole (the next year's rows on a protected sheet) the pane says as in Excel
        if ((e as { kind?: unknown } | null)?.kind === "protected") throw e;
        const { message, detail } = fileErrorMessage(e, lang);
        throw Object.assign(new Error(detail ?? message), { kind: "download", body: detail ? p.downloadFailed : message, detail });
      }
    },
    [file, lang, save, p],
  );

  // Write to sheet, outside Excel: the checked copy of the file
  const download = useCallback(
    (outcome: RunOutcome, settings: CheckSettings) =>
      saveCopy(outcome.result, writeOptions(settings, lang), checkedFileName(file?.fileName ?? "")),
    [saveCopy, file, lang],
  );

  // 新年度の準備, outside Excel: the file with the next year's rows as a download (as the CLI's --next-year)
  const downloadNextYear = useCallback(
    (outcome: RunOutcome, settings: CheckSettings, plan: NextYearRows) =>
      saveCopy(
        outcome.result,
        { ...writeOptions(settings, lang), statusColumn: false, disclosureSheet: false, findingsSheet: false, nextYear: plan },
        nextYearFileName(file?.fileName ?? "", plan.fiscalYear),
      ),
    [saveCopy, file, lang],
  );

  return (
    <App
      lang={lang}
      overrides={p.pane}
      backend={file?.backend ?? null}
      store={store}
      today={today}
      onWrite={download}
      onNextYear={downloadNextYear}
      showCellsInPlace
      header={<FilePicker lang={lang} opened={file} busy={busy} dragging={dragging} error={error} onFile={openFile} onSample={openSample} />}
    />
  );
}
