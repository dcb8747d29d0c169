import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/CheckResult";
import { yearSheetsLeftOut } from "../../core/layout/yearSheetsLeftOut";
import type { WorkbookInfo } from "../../core/WorkbookPort";
import { useUi } from "./UiContext";

const useStyles = makeStyles({ root: { marginTop: tokens.spacingVerticalS } });

/**
 * After a check of all sheets, one line when sheets named for a year were not checked (`yearSheetsLeftOut`): hidden
 * ones 「非表示のシート（2020年度）はチェックしていません。…」, visible ones without a KPI table read
 * 「年度のシート（R4）からKPIの表を読み取れないため、チェックしていません。」 — a year missing from the series is said, not
 * silent. Nothing otherwise.
 *
 * @example <SheetsLeftOut result={result} workbook={reading.workbook} />
 */
export function SheetsLeftOut({ result, workbook }: { result: CheckResult; workbook: WorkbookInfo }) {
  const { t, lang } = useUi();
  const s = useStyles();
  const { hidden, unread } = yearSheetsLeftOut(result, workbook);
  if (hidden.length === 0 && unread.length === 0) return null;
  const lines = [...(unread.length > 0 ? [t.yearSheetsUnread(unread.join(t.listSeparator))] : []), ...(hidden.length > 0 ? [t.yearSheetsHidden(hidden.join(t.listSeparator))] : [])];
  return (
    <MessageBar intent="info" layout="multiline" className={s.root} data-testid="year-sheets-left-out">
      <MessageBarBody>{lines.join(lang === "ja" ? "" : " ")}</MessageBarBody>
    </MessageBar>
  );
}
