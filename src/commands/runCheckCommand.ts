import { KPI_STATUSES } from "../core/KpiStatus";
import type { WorkbookPort } from "../core/WorkbookPort";
import type { Lang } from "../i18n/Lang";
import { statusMarkLabel } from "../i18n/statusLabel";
import { uiStrings } from "../i18n/ui";
import { errorMessage } from "../app/errorMessage";
import type { KpiEngine } from "../app/pipeline/KpiEngine";
import { runKpiCheck } from "../app/pipeline/runKpiCheck";
import type { SettingsStore } from "../app/settings/CheckSettings";

/** What the ribbon command needs; `commands.ts` gives the Office ones, tests give doubles. */
export interface CommandDeps {
  port: WorkbookPort;
  engine: KpiEngine;
  store: SettingsStore;
  lang: Lang;
  today: () => string;
  /** Shows a short message to the user if the host can; must not throw. */
  notify: (message: string) => Promise<void>;
  /** A reason the add-in cannot run here (old Excel). */
  blocker?: string;
  /**
   * How long the check may take before the command gives up with a message, in ms (default 4 minutes): Office
   * ends a function command's runtime about five minutes after the click, without a word to the user.
   */
  timeoutMs?: number;
}

/** The part of an add-in command event the command uses. */
export interface CommandEvent {
  completed(): void;
}

/** Office ends a function command five minutes after the click; the command gives up a minute before. */
const COMMAND_TIMEOUT_MS = 4 * 60_000;

/**
 * The ribbon's one-click check (`ExecuteFunction`): the task pane's pipeline on the active sheet, with the
 * workbook's saved settings (all sheets together when they say so) but writing only the status column, then a short
 * summary such as 「KPIチェック: ◯ 達成 5 / × 未達成 12」 (「KPIチェック（4シート）: …」 for several sheets). Whatever
 * happens — no table, a protected sheet, a cell being edited, a bug, a check that outlasts the command's runtime —
 * the user gets a message and Office gets `event.completed()`.
 *
 * @example Office.actions.associate("runKpiCheck", (event) => runCheckCommand(event, deps));
 */
export async function runCheckCommand(event: CommandEvent, deps: CommandDeps): Promise<void> {
  const t = uiStrings(deps.lang);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timedOut = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(t.commandTimedOut), deps.timeoutMs ?? COMMAND_TIMEOUT_MS);
    });
    const message = await Promise.race([check(deps), timedOut]);
    clearTimeout(timer);
    await deps.notify(message).catch(() => undefined);
  } finally {
    clearTimeout(timer);
    event.completed();
  }
}

/** The check and its one-line outcome (never rejects). */
async function check(deps: CommandDeps): Promise<string> {
  const t = uiStrings(deps.lang);
  try {
    if (deps.blocker) return t.commandFailed(deps.blocker);
    const saved = deps.store.load();
    const settings = { ...saved, write: { statusColumn: true, disclosureSheet: false, findingsSheet: false, trendSheet: false } };
    const outcome = await runKpiCheck(deps.port, deps.engine, settings, { lang: deps.lang, today: deps.today() });
    const kpis = outcome.result.kpis;
    if (kpis.length === 0) return t.commandNoTable;
    const counts = KPI_STATUSES.map((s) => [s, kpis.filter((k) => k.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${statusMarkLabel(s, deps.lang)} ${n}`)
      .join(deps.lang === "ja" ? "、" : ", ");
    const sheets = outcome.result.sheets?.length ?? 0;
    const done = sheets > 1 ? t.commandDoneSheets(sheets, counts) : t.commandDone(counts);
    return outcome.notWritten ? `${done}${deps.lang === "ja" ? "。" : ". "}${t.notWritten(outcome.notWritten.join(t.listSeparator))}` : done;
  } catch (e) {
    return t.commandFailed(errorMessage(e, t).body);
  }
}
