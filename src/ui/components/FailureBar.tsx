import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  bar: { marginTop: tokens.spacingVerticalS },
  details: { marginTop: tokens.spacingVerticalXS, "& > summary": { cursor: "pointer" } },
  detailText: { whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link FailureBar}. */
export interface FailureBarProps {
  title: string;
  /** The sentence in the pane's words: what happened and what to do. */
  body: string;
  /** The host's or the library's own text (often English), folded under 詳細; never in place of the sentence. */
  detail?: string;
}

/**
 * An error as the pane shows it: a title, the sentence, and the raw detail folded under 詳細, announced at once.
 *
 * @example <FailureBar title="エラーが発生しました" body={failure.body} detail={failure.detail} />
 */
export function FailureBar({ title, body, detail }: FailureBarProps) {
  const { t } = useUi();
  const s = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" className={s.bar}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
        {detail && (
          <details className={s.details}>
            <summary>{t.details}</summary>
            <div className={s.detailText}>{detail}</div>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
