import { Button, Field, Link, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { copyHtml, copyHtmlSource, type CopyEnv, type CopyOutcome } from "../_lib/copyHtml";
import { downloadText, htmlDocument } from "../_lib/htmlDocument";
import type { Finding } from "../../core/Finding";
import { renderFinding } from "../../i18n/renderFinding";
import { Section } from "./Section";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  frame: { width: "100%", height: "320px", border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: "#ffffff" },
  source: { marginTop: tokens.spacingVerticalS },
  check: { marginBottom: tokens.spacingVerticalS },
  checkList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  hint: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link HtmlSection}. */
export interface HtmlSectionProps {
  html: string;
  text: string;
  /** The browser's clipboard and document (tests pass doubles). */
  copyEnv?: CopyEnv;
  /** The publish check: findings that would put something wrong on the page, shown before the copy buttons. */
  check?: readonly Finding[];
  /** Selects a finding's cell. */
  onSelect?: (cell: string) => void;
}

/**
 * The website HTML: a preview in a sandboxed frame (no scripts), **Copy HTML** (clipboard with `text/html` and
 * `text/plain`, falling back to `execCommand("copy")`) for pasting into an editor, **Copy HTML source** (the
 * source as text) for an HTML block or source view, one line saying which to use where, a download of the `.html` file, and the source in a
 * read-only box with "select all" — opened by itself when the clipboard refused.
 *
 * @example <HtmlSection html={html} text={text} />
 */
export function HtmlSection({ html, text, copyEnv, check = [], onSelect }: HtmlSectionProps) {
  const { t, lang } = useUi();
  const s = useStyles();
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const [showSource, setShowSource] = useState(false);
  const [cannotDownload, setCannotDownload] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const page = htmlDocument(html, lang, t.htmlPreviewTitle);

  const selectAll = () => {
    box.current?.focus();
    box.current?.select();
  };
  const onCopy = async (source: boolean) => {
    const result = source ? await copyHtmlSource(html, copyEnv) : await copyHtml(html, text, copyEnv);
    setOutcome(result);
    if (result === "failed") {
      setShowSource(true);
      setTimeout(selectAll, 0);
    }
  };

  const onDownload = () => {
    // Excel on Windows and Mac cannot save files from the pane: offer the text box instead.
    if (downloadText(page, "kpi-disclosure.html", "text/html")) return;
    setCannotDownload(true);
    setShowSource(true);
    setTimeout(selectAll, 0);
  };

  return (
    <Section title={t.htmlSection}>
      {check.length > 0 && (
        <MessageBar intent="warning" layout="multiline" className={s.check}>
          <MessageBarBody>
            {t.publishCheck(check.length)}
            <ul className={s.checkList}>
              {check.map((f, i) => (
                <li key={`${f.code}-${f.cell ?? ""}-${i}`} data-code={f.code}>
                  {f.cell && onSelect ? (
                    <Link onClick={() => onSelect(f.cell!)} title={t.selectCell(f.cell)}>
                      {f.cell}
                    </Link>
                  ) : (
                    f.cell
                  )}{" "}
                  {renderFinding(f, lang)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => onCopy(false)}>
          {t.copyHtml}
        </Button>
        <Button onClick={() => onCopy(true)}>{t.copyHtmlSource}</Button>
        <Button onClick={onDownload}>{t.download}</Button>
        <Button onClick={() => setShowSource((v) => !v)} aria-expanded={showSource}>
          {t.htmlSource}
        </Button>
      </div>
      <p className={s.hint}>{t.copyWhich}</p>
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome === "failed" ? "warning" : "success"}>
            <MessageBarBody>{outcome === "failed" ? t.copyFailed : t.copied}</MessageBarBody>
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
      <iframe className={s.frame} title={t.htmlPreviewTitle} sandbox="" srcDoc={page} />
    </Section>
  );
}
