import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { Lang } from "../i18n/Lang";
import { FailureBar } from "../ui/components/FailureBar";
import { previewStrings } from "./previewStrings";

const useStyles = makeStyles({
  zone: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  compact: { padding: tokens.spacingHorizontalS, flexDirection: "row", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between" },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  input: { display: "none" },
});

/** Why a file could not be opened: its name, the message in the pane's words and the reader's own text. */
export interface OpenError {
  fileName: string;
  message: string;
  detail?: string;
}

/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  lang: Lang;
  /** The open file and its checked sheet, if any. */
  opened: { fileName: string; sheet: string } | null;
  busy: boolean;
  dragging: boolean;
  /** Why the last file could not be opened. */
  error: OpenError | null;
  onFile: (file: File) => void;
  onSample: () => void;
}

/**
 * The preview's file area: the notice that the pane runs outside Excel (until a file is open), the drop zone,
 * **Open a file…** (the browser's picker, .xlsx/.xlsm/.csv) and **Open the sample**, the open file's name, and —
 * naming the file — why the last one could not be opened, the reader's own text folded under 詳細.
 *
 * @example <FilePicker lang="ja" opened={null} busy={false} dragging={false} error={null} onFile={open} onSample={openSample} />
 */
export function FilePicker({ lang, opened, busy, dragging, error, onFile, onSample }: FilePickerProps) {
  const p = previewStrings(lang);
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {!opened && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{p.noticeTitle}</MessageBarTitle>
            {p.notice}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={mergeClasses(s.zone, opened ? s.compact : undefined, dragging && s.dragging)} aria-label={p.fileSection} data-testid="drop-zone">
        <div role="status" aria-live="polite">
          {busy ? (
            <Spinner size="tiny" label={p.opening} labelPosition="after" />
          ) : opened ? (
            <span className={s.file}>{p.opened(opened.fileName)}</span>
          ) : (
            <span className={s.hint}>{dragging ? p.dropActive : p.dropHere}</span>
          )}
        </div>
        <div className={s.buttons}>
          <Button size={opened ? "small" : "medium"} icon={<FolderOpenRegular />} onClick={() => input.current?.click()} disabledFocusable={busy}>
            {p.open}
          </Button>
          <Button size={opened ? "small" : "medium"} icon={<DocumentTableRegular />} onClick={onSample} disabledFocusable={busy}>
            {p.openSample}
          </Button>
        </div>
        <input
          ref={input}
          className={s.input}
          type="file"
          accept=".xlsx,.xlsm,.csv,.tsv,.txt"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) onFile(file);
          }}
        />
      </section>
      {error && <FailureBar title={p.openFailed(error.fileName)} body={error.message} detail={error.detail} />}
    </>
  );
}
