import { Toast, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../i18n/Lang";
import { App } from "../ui/components/App";
import type { RunOutcome } from "../app/pipeline/runKpiCheck";
import type { CheckSettings, SettingsStore } from "../app/settings/CheckSettings";
import { writeOptions } from "../app/settings/optionsFromSettings";
import { DownloadButton } from "./DownloadButton";
import { FilePicker } from "./FilePicker";
import type { OpenedFile } from "./openWorkbookFile";
import { previewStrings } from "./previewStrings";
import { checkedFileName, downloadBytes } from "./_lib/downloadBytes";
import { fileErrorMessage } from "./_lib/fileErrorMessage";

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

/** The toast that stands in for selecting a cell: there is no grid in the preview. */
function useSelectionToast(lang: Lang) {
  const toasterId = useId("selection");
  const { dispatchToast } = useToastController(toasterId);
  const show = useCallback(
    (sheet: string, cell: string) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{previewStrings(lang).selected(sheet, cell)}</ToastTitle>
        </Toast>,
        { intent: "info", timeout: 4000 },
      ),
    [dispatchToast, lang],
  );
  return { toasterId, show };
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
  const [error, setError] = useState<{ message: string; detail?: string } | null>(null);
  const toast = useSelectionToast(lang);
  const { show } = toast;

  const open = useCallback(
    async (read: () => Promise<{ bytes: Uint8Array; name: string }>) => {
      setBusy(true);
      setError(null);
      try {
        const { bytes, name } = await read();
        const { openWorkbookFile } = await import(/* webpackChunkName: "xlsx" */ "./openWorkbookFile");
        setFile(await openWorkbookFile(bytes, name, { asOf: today(), onSelect: show }));
      } catch (e) {
        setError(fileErrorMessage(e, lang));
      } finally {
        setBusy(false);
      }
    },
    [today, show, lang],
  );
  const openFile = useCallback((f: File) => open(async () => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name })), [open]);
  const openSample = useCallback(
    () =>
      open(async () => {
        const response = await fetch(sampleUrl);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${sampleUrl}`);
        return { bytes: new Uint8Array(await response.arrayBuffer()), name: sampleUrl.split("/").pop() ?? "sample.xlsx" };
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

  const actions = useCallback(
    (outcome: RunOutcome, settings: CheckSettings) =>
      file && (
        <DownloadButton
          lang={lang}
          onDownload={async () => {
            try {
              const bytes = await file.checkedWorkbook(outcome.result, writeOptions(settings, lang));
              save(bytes, checkedFileName(file.fileName), XLSX_TYPE);
            } catch (e) {
              const { message, detail } = fileErrorMessage(e, lang);
              throw new Error(detail ? `${p.downloadFailed} ${detail}` : message);
            }
          }}
        />
      ),
    [file, lang, save, p.downloadFailed],
  );

  return (
    <App
      lang={lang}
      overrides={p.pane}
      backend={file?.backend ?? null}
      store={store}
      today={today}
      actions={actions}
      header={
        <>
          <FilePicker lang={lang} opened={file} busy={busy} dragging={dragging} error={error} onFile={openFile} onSample={openSample} />
          <Toaster toasterId={toast.toasterId} position="bottom" />
        </>
      }
    />
  );
}
