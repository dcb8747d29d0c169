import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang } from "../i18n/Lang";
import { previewStrings } from "./previewStrings";

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%" },
});

/** Props of {@link DownloadButton}. */
export interface DownloadButtonProps {
  lang: Lang;
  /** Makes and offers the file; rejects with the reason it could not (a message already in the pane's words). */
  onDownload: () => Promise<void>;
}

/**
 * The preview's write-back: **Download the checked workbook**, busy while the copy is being made, and a message
 * when it cannot be (a workbook with parts the writer would lose).
 *
 * @example <DownloadButton lang="ja" onDownload={() => save(outcome)} />
 */
export function DownloadButton({ lang, onDownload }: DownloadButtonProps) {
  const p = previewStrings(lang);
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      await onDownload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={s.root}>
      <Button className={s.button} icon={<ArrowDownloadRegular />} onClick={click} disabledFocusable={busy}>
        {busy ? p.downloading : p.download}
      </Button>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
