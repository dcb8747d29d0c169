import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/CheckResult";
import { sheetsToCheckTogether } from "../../core/layout/sheetsToCheckTogether";
import type { WorkbookInfo } from "../../core/WorkbookPort";
import { useUi } from "./UiContext";

const useStyles = makeStyles({ root: { marginTop: tokens.spacingVerticalS } });

/** Props of {@link AllSheetsOffer}. */
export interface AllSheetsOfferProps {
  result: CheckResult;
  workbook: WorkbookInfo;
  fiscalYearStartMonth: number;
  /** Turns the all-sheets setting on and checks again. */
  onCheckAllSheets: () => void;
}

/**
 * After a one-sheet check, one line saying which other sheets (of other years) can be checked together, with the
 * button that does it: 「ほかの年度のシート（2022年度、2023年度）もまとめてチェックできます。」［まとめてチェック］. Nothing
 * when there are none (`sheetsToCheckTogether`).
 *
 * @example <AllSheetsOffer result={result} workbook={reading.workbook} fiscalYearStartMonth={4} onCheckAllSheets={checkAll} />
 */
export function AllSheetsOffer({ result, workbook, fiscalYearStartMonth, onCheckAllSheets }: AllSheetsOfferProps) {
  const { t } = useUi();
  const s = useStyles();
  const sheets = sheetsToCheckTogether(result, workbook, fiscalYearStartMonth);
  if (sheets.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" className={s.root} data-testid="other-year-sheets">
      <MessageBarBody>{t.otherYearSheets(sheets.join(t.listSeparator))}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onCheckAllSheets}>
          {t.checkAllSheets}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
