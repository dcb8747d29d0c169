import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { copyHtmlSource, type CopyEnv, type CopyOutcome } from "../_lib/copyHtml";
import { downloadText, htmlDocument } from "../_lib/htmlDocument";
import { Section } from "./Section";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXS },
  frame: { width: "100%", height: "320px", border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: "#ffffff" },
  source: { marginBottom: tokens.spacingVerticalS },
  hint: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link HtmlSection}. */
export interface HtmlSectionProps {
  html: string;
  /** Open the source box with its text selected (copying failed: the user copies by hand). */
  sourceOpen?: boolean;
  /** The browser's clipboard and document (tests pass doubles). */
  copyEnv?: CopyEnv;
}

/**
 * The website HTML (**Copy HTML** sits at the top of the pane): **Copy HTML source** (the source as text, for an
 * HTML block or an editor's source view) with one line saying which copy to use where, a download of the `.html`
 * file, the source in a read-only box with "select all" — opened by itself when the clipboard refused or the host
 * cannot save files — and a preview in a sandboxed frame (no scripts), shown on request.
 *
 * @example <HtmlSection html={html} />
 */
export function HtmlSection({ html, sourceOpen = false, copyEnv }: HtmlSectionProps) {
  const { t, lang } = useUi();
  const s = useStyles();
  const [showSource, setShowSource] = useState(sourceOpen);
  const [showPreview, setShowPreview] = useState(false);
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  const [cannotDownload, setCannotDownload] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const page = htmlDocument(html, lang, t.htmlPreviewTitle);

  const selectAll = () => {
    box.current?.focus();
    box.current?.select();
  };
  const openSource = () => {
    setShowSource(true);
    setTimeout(selectAll, 0);
  };
  useEffect(() => {
    if (sourceOpen) openSource();
  }, [sourceOpen]);

  const onCopySource = async () => {
    const result = await copyHtmlSource(html, copyEnv);
    setCopied(result);
    if (result === "failed") openSource();
  };
  const onDownload = () => {
    // Excel on Windows and Mac cannot save files from the pane: offer the text box instead.
    if (downloadText(page, "kpi-disclosure.html", "text/html")) return;
    setCannotDownload(true);
    openSource();
  };

  return (
    <Section title={t.htmlSection}>
      <div className={s.actions}>
        <Button size="small" onClick={onCopySource}>
          {t.copyHtmlSource}
        </Button>
        <Button size="small" onClick={onDownload}>
          {t.download}
        </Button>
        <Button size="small" onClick={() => setShowSource((v) => !v)} aria-expanded={showSource}>
          {t.showSource}
        </Button>
        <Button size="small" onClick={() => setShowPreview((v) => !v)} aria-expanded={showPreview}>
          {t.showPreview}
        </Button>
      </div>
      <details className={s.hint}>
        <summary>{t.copyWhichSummary}</summary>
        {t.copyWhich}
      </details>
      <div aria-live="polite">
        {copied && (
          <MessageBar intent={copied === "failed" ? "warning" : "success"}>
            <MessageBarBody>{copied === "failed" ? t.copyFailed : t.copied}</MessageBarBody>
          </MessageBar>
        )}
        {cannotDownload && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.downloadUnavailable}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {showSource && (
        <div className={s.source}>
          <Field label={t.htmlSource}>
            <Textarea ref={box} readOnly value={html} resize="vertical" rows={8} />
          </Field>
          <Button size="small" onClick={selectAll}>
            {t.selectAll}
          </Button>
        </div>
      )}
      {showPreview && <iframe className={s.frame} title={t.htmlPreviewTitle} sandbox="" srcDoc={page} />}
    </Section>
  );
}
