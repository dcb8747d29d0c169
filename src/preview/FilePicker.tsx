import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { Lang } from "../i18n/Lang";
import { previewStrings } from "./previewStrings";

const useStyles = makeStyles({
  zone: {
    margin: `${tokens.spacingVerticalM} 0`,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  error: { marginTop: tokens.spacingVerticalS },
  input: { display: "none" },
});

/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  lang: Lang;
  /** The open file and its checked sheet, if any. */
  opened: { fileName: string; sheet: string } | null;
  busy: boolean;
  dragging: boolean;
  /** Why the last file could not be opened. */
  error: { message: string; detail?: string } | null;
  onFile: (file: File) => void;
  onSample: () => void;
}

/**
 * The preview's header: the notice that the pane runs outside Excel, the drop zone, **Open a file…** (the
 * browser's picker, .xlsx/.xlsm/.csv) and **Open the sample**, the open file's name and sheet, and why the last
 * file could not be opened.
 *
 * @example <FilePicker lang="ja" opened={null} busy={false} dragging={false} error={null} onFile={open} onSample={openSample} />
 */
export function FilePicker({ lang, opened, busy, dragging, error, onFile, onSample }: FilePickerProps) {
  const p = previewStrings(lang);
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{p.noticeTitle}</MessageBarTitle>
          {p.notice}
        </MessageBarBody>
      </MessageBar>
      <section className={mergeClasses(s.zone, dragging && s.dragging)} aria-label={p.fileSection} data-testid="drop-zone">
        <div className={s.buttons}>
          <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()} disabledFocusable={busy}>
            {p.open}
          </Button>
          <Button appearance="subtle" icon={<DocumentTableRegular />} onClick={onSample} disabledFocusable={busy}>
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
        <div role="status" aria-live="polite">
          {busy ? (
            <Spinner size="tiny" label={p.opening} labelPosition="after" />
          ) : opened ? (
            <span className={s.file}>{p.opened(opened.fileName, opened.sheet)}</span>
          ) : (
            <span className={s.hint}>{dragging ? p.dropActive : p.dropHere}</span>
          )}
        </div>
      </section>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert" className={s.error}>
          <MessageBarBody>
            <MessageBarTitle>{p.openFailed}</MessageBarTitle>
            {error.message}
            {error.detail && <div>{error.detail}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
