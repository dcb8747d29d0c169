import { ExcelWorkbookPort } from "../excel/ExcelWorkbookPort";
import { missingExcelApi, officeExcelRun, supportsDelayForCellEdit, supportsMergedAreas } from "../excel/excelSupport";
import { officeSettingsStore } from "../app/settings/officeSettingsStore";
import { langFromLocale } from "../i18n/Lang";
import { uiStrings } from "../i18n/ui";
import { ENGINE } from "../app/pipeline/engine";
import { localDate } from "../app/settings/localDate";
import { notifyByDialog } from "./notifyByDialog";
import { runCheckCommand } from "./runCheckCommand";

/* global Office, window */

/**
 * The ribbon button 「KPIチェックを実行」: runs the check on the active sheet and writes the status column.
 *
 * @example // manifest.xml: <Action xsi:type="ExecuteFunction"><FunctionName>runKpiCheck</FunctionName></Action>
 */
export function runKpiCheck(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromLocale(Office.context.displayLanguage);
  const missing = missingExcelApi(Office.context.requirements);
  const noticeUrl = new URL("notice.html", window.location.href).href;
  return runCheckCommand(event, {
    port: new ExcelWorkbookPort(officeExcelRun, {
      mergedAreas: supportsMergedAreas(Office.context.requirements),
      // A click on the ribbon while a cell is being edited waits for the edit to end rather than failing.
      delayForCellEdit: supportsDelayForCellEdit(Office.context.requirements),
    }),
    engine: ENGINE,
    store: officeSettingsStore(Office.context.document.settings),
    lang,
    today: () => localDate(new Date()),
    notify: (message) => notifyByDialog(Office.context.ui, noticeUrl, message),
    blocker: missing ? uiStrings(lang).unsupported(missing) : undefined,
  });
}

Office.onReady(() => {
  Office.actions.associate("runKpiCheck", runKpiCheck);
});
