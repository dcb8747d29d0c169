import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { copyHtml, type CopyEnv, type CopyOutcome } from "../_lib/copyHtml";
import { errorMessage } from "../../app/errorMessage";
import type { Backend } from "../Backend";
import type { NextYearRows } from "../../core/nextYear/NextYearRows";
import type { RunOutcome, RunStep } from "../../app/pipeline/runKpiCheck";
import type { CheckSettings, SettingsStore } from "../../app/settings/CheckSettings";
import type { Layout } from "../../core/KpiRecord";
import type { CheckRunner } from "../_lib/checkRunner";
import { loadCheckRunner } from "../_lib/loadCheckRunner";
import { FailureBar } from "./FailureBar";
import { useUi } from "./UiContext";

// The settings form (Fluent's inputs, selects and checkboxes) is not needed to press the button: it comes as a
// chunk of its own and appears when it has arrived.
const SettingsSection = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsSection").then((m) => ({ default: m.SettingsSection })));

const useStyles = makeStyles({
  root: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  // The verdict and the three actions stay on screen however far the lists below are scrolled.
  top: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  body: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  verdict: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  fix: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ready: { color: tokens.colorPaletteGreenForeground1 },
  pending: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  run: { gridColumn: "1 / span 2" },
  status: { minHeight: "20px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { marginTop: tokens.spacingVerticalS },
});

/** Props of {@link Pane}. */
export interface PaneProps {
  /**
   * The workbook port (Office.js in Excel, exceljs in a browser preview), the engine and the results view — or
   * a loader for them, started as the pane mounts; null while there is nothing to check (the preview before a
   * file is open): the buttons are left out.
   */
  backend: Backend | (() => Promise<Backend>) | null;
  store: SettingsStore;
  /** Today as `YYYY-MM-DD` (the as-of date when the settings leave it empty). */
  today: () => string;
  /** A reason the add-in cannot run here (old Excel); shown instead of the buttons. */
  blocker?: string;
  copyEnv?: CopyEnv;
  /** Shown under the actions (the browser preview's notice and file picker). */
  header?: ReactNode;
  /**
   * What **Write to sheet** does instead of writing through the port (the browser preview offers the checked
   * workbook as a download); rejects with an error whose message is already in the pane's words, and may resolve
   * to one line the pane shows after it (what the download lacks, in the pane's words).
   */
  onWrite?: (outcome: RunOutcome, settings: CheckSettings) => Promise<string | void>;
  /** What 新年度の準備 does instead of writing through the port (the browser preview: a download). */
  onNextYear?: (outcome: RunOutcome, settings: CheckSettings, plan: NextYearRows) => Promise<string | void>;
  /** The port cannot select a cell (the browser preview): clicking a finding shows the cell's content in place. */
  showCellsInPlace?: boolean;
}

type Busy = "check" | "write" | null;

/**
 * The task pane in one narrow column. On top, always on screen: the verdict in one line (「公開前に直す箇所：3件」
 * or 「公開できます」) and the actions **Check** (read and judge), **Copy HTML** and **Write to sheet**. Below: what
 * to fix (errors and warnings by KPI, information folded), the KPIs by year with target → result, the table
 * read and the sheet to check, the website HTML and the settings. Progress and results are announced to screen
 * readers; every failure is a message, never a blank pane.
 *
 * @example <Pane backend={() => import("../../taskpane/excelBackend").then((m) => m.excelBackend({ mergedAreas: true }))} store={store} today={() => localDate(new Date())} />
 */
export function Pane({ backend: source, store, today, blocker, copyEnv, header, onWrite, onNextYear, showCellsInPlace }: PaneProps) {
  const { t, lang } = useUi();
  const s = useStyles();
  const loading = useRef<{ source: PaneProps["backend"]; backend: Promise<Backend> } | null>(null);
  const [backend, setBackend] = useState<Backend | null>(typeof source === "function" ? null : source);
  const load = useCallback((): Promise<Backend> => {
    if (loading.current?.source !== source) {
      const next = typeof source === "function" ? source() : source ? Promise.resolve(source) : Promise.reject(new Error("no workbook"));
      loading.current = { source, backend: next };
    }
    return loading.current.backend;
  }, [source]);
  // The pipeline comes as a chunk of its own, fetched as the pane mounts (not needed to paint it).
  const [runner, setRunner] = useState<CheckRunner | null>(null);
  useEffect(() => {
    loadCheckRunner().then(setRunner, () => undefined);
  }, []);
  const [settings, setSettings] = useState<CheckSettings>(() => store.load());
  const [busy, setBusy] = useState<Busy>(null);
  const [step, setStep] = useState<RunStep | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  // a line said after the count until the next action: what the preview's download lacks, or 新年度の準備 done
  const [note, setNote] = useState<string | null>(null);
  // Another backend (the preview opened another file, or failed to) starts afresh: the old file's results go.
  const shown = useRef(source);
  useEffect(() => {
    if (shown.current !== source) {
      shown.current = source;
      setBackend(typeof source === "function" ? null : source);
      setOutcome(null);
      setError(null);
      setCopied(null);
      setNote(null);
    }
    if (source) load().then(setBackend, () => undefined);
  }, [load, source]);
  const [saveError, setSaveError] = useState(false);

  const check = useCallback(
    async (options: { sheet?: string; write?: boolean; settings?: CheckSettings } = {}) => {
      setError(null);
      setCopied(null);
      setNote(null);
      setBusy(options.write ? "write" : "check");
      setStep("read");
      try {
        const [{ port, engine }, loaded] = await Promise.all([load(), loadCheckRunner()]);
        // the chunk may have failed to load as the pane mounted and loaded only now: the HTML needs it too
        setRunner(loaded);
        const { runKpiCheck } = loaded;
        setOutcome(await runKpiCheck(port, engine, options.settings ?? settings, { lang, today: today(), onStep: setStep, sheet: options.sheet, write: options.write === true }));
      } catch (e) {
        setError(e);
      } finally {
        setStep(null);
        setBusy(null);
      }
    },
    [load, settings, lang, today],
  );
  const run = useCallback(() => check({ sheet: outcome?.result.sheetName }), [check, outcome]);

  const write = useCallback(async () => {
    if (!outcome) return;
    if (!onWrite) return check({ sheet: outcome.result.sheetName, write: true });
    setError(null);
    setCopied(null);
    setNote(null);
    setBusy("write");
    try {
      setNote((await onWrite(outcome, settings)) || null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }, [check, onWrite, outcome, settings]);

  // 新年度の準備 added rows in Excel: the sheet is checked again at once, and the pane says what was added.
  const nextYearApplied = useCallback(
    async (said: string) => {
      await check({ sheet: outcome?.result.sheetName });
      setNote(said);
    },
    [check, outcome],
  );

  const select = useCallback(
    (cell: string, sheet?: string) => {
      if (!outcome || !backend) return;
      backend.port.selectCell(sheet ?? outcome.result.sheetName, cell).catch(setError);
    },
    [backend, outcome],
  );

  const changeSettings = useCallback(
    (next: CheckSettings) => {
      setSettings(next);
      store.save(next).then(
        () => setSaveError(false),
        () => setSaveError(true),
      );
    },
    [store],
  );
  // One sheet chosen is checked alone: after a check of all sheets, the setting goes back to one sheet.
  const chooseSheet = useCallback(
    (sheet: string) => {
      if (!settings.allSheets) return check({ sheet });
      const next = { ...settings, allSheets: false };
      changeSettings(next);
      return check({ sheet, settings: next });
    },
    [changeSettings, check, settings],
  );
  // The offer after a one-sheet check: all sheets kept in the settings and checked at once, from the sheet shown.
  const checkAllSheets = useCallback(() => {
    const next = { ...settings, allSheets: true };
    changeSettings(next);
    return check({ sheet: outcome?.result.sheetName, settings: next });
  }, [changeSettings, check, outcome, settings]);
  // Another layout (or detection again) is kept in the settings and read at once, on the sheet shown.
  const chooseLayout = useCallback(
    (layout: Layout | null) => {
      const next = { ...settings, layout };
      changeSettings(next);
      return check({ sheet: outcome?.result.sheetName, settings: next });
    },
    [changeSettings, check, outcome, settings],
  );

  // The HTML follows the HTML settings at once, without another round trip to Excel.
  const html = useMemo(() => {
    if (!outcome || !backend || !runner || outcome.result.kpis.length === 0) return null;
    const { engine } = backend;
    const options = runner.htmlOptions(settings, lang, outcome.result.asOf);
    return { html: engine.renderDisclosureHtml(outcome.result.kpis, options), text: engine.renderDisclosureText(outcome.result.kpis, options) };
  }, [outcome, backend, runner, lang, settings]);

  const copy = useCallback(async () => {
    if (!html) return;
    setCopied(await copyHtml(html.html, html.text, copyEnv));
  }, [html, copyEnv]);

  const years = useMemo(
    () => [...new Set((outcome?.result.kpis ?? []).map((k) => k.fiscalYear).filter((y): y is number => y !== null))].sort((a, b) => b - a),
    [outcome],
  );

  const result = outcome?.result;
  const noTable = result !== undefined && result.kpis.length === 0;
  const failure = error === null ? null : errorMessage(error, t);
  // The verdict: what would put something wrong on the page for the years published (the engine's publish check).
  const mustFix = useMemo(() => (result && backend ? backend.engine.publishCheck(result, settings.years ?? undefined) : []), [result, backend, settings.years]);
  const toFix = mustFix.length;
  // KPIs of the years published whose results are still being compiled: the page says 集計中, which staff should know.
  const pending = useMemo(
    () => (result?.kpis ?? []).filter((k) => k.status === "pending" && (!settings.years || (k.fiscalYear !== null && settings.years.includes(k.fiscalYear)))).length,
    [result, settings.years],
  );

  return (
    <main className={s.root}>
      <div className={s.top}>
        <h1 className={s.title}>{t.appTitle}</h1>
        {/* The answer of a check is spoken as it appears: the live region is there before it, empty. */}
        <div aria-live="polite" aria-atomic="true" data-testid="verdict-live">
          {result && busy !== "check" && (
            <p className={mergeClasses(s.verdict, noTable || toFix > 0 ? s.fix : s.ready)} data-testid="verdict">
              {noTable ? t.verdictNoTable : toFix > 0 ? t.verdictFix(toFix) : t.verdictReady}
            </p>
          )}
          {result && busy !== "check" && pending > 0 && (
            <p className={s.pending} data-testid="verdict-pending">
              {t.verdictPending(pending)}
            </p>
          )}
        </div>
        {!blocker && source !== null && (
          <>
            <div className={s.actions}>
              <Button appearance="primary" className={s.run} onClick={run} disabledFocusable={busy !== null}>
                {busy === "check" ? t.running : t.run}
              </Button>
              <Button onClick={copy} disabledFocusable={busy !== null || !html}>
                {t.copyHtml}
              </Button>
              <Button onClick={write} disabledFocusable={busy !== null || !outcome || noTable}>
                {busy === "write" ? t.writing : t.write}
              </Button>
            </div>
            <div className={s.status} role="status" aria-live="polite">
              {step !== null ? (
                <Spinner size="extra-tiny" label={t.steps[step]} />
              ) : copied ? (
                <span>{copied === "failed" ? t.copyFailed : t.copied}</span>
              ) : result && !noTable ? (
                <span>
                  {t.checked(result.kpis.length, result.findings.length)}
                  {outcome?.applied ? t.wrote(outcome.applied.sheets, (outcome.patch?.statusLines ?? []).length > 0) : ""}
                  {note && (
                    <>
                      <br />
                      {note}
                    </>
                  )}
                </span>
              ) : !outcome ? (
                <span>{t.intro}</span>
              ) : null}
            </div>
          </>
        )}
      </div>
      <div className={s.body}>
        {header}
        {blocker && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{blocker}</MessageBarBody>
          </MessageBar>
        )}
        {failure && <FailureBar title={t.errorTitle} body={failure.body} detail={failure.detail} />}
        {saveError && (
          <MessageBar intent="warning" className={s.message}>
            <MessageBarBody>{t.saveFailed}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.notWritten && busy !== "check" && (
          <MessageBar intent="warning" layout="multiline" className={s.message} data-testid="not-written">
            <MessageBarBody>{t.notWritten(outcome.notWritten.join(t.listSeparator))}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.notAdded && busy !== "check" && (
          <MessageBar intent="warning" layout="multiline" className={s.message} data-testid="not-added">
            <MessageBarBody>{t.notAdded(outcome.notAdded.join(t.listSeparator))}</MessageBarBody>
          </MessageBar>
        )}
        {noTable && (
          <MessageBar intent="warning" layout="multiline" className={s.message}>
            <MessageBarBody>
              <MessageBarTitle>{t.noTableTitle}</MessageBarTitle>
              {t.noTableHint}
            </MessageBarBody>
          </MessageBar>
        )}
        {result && outcome && backend && busy !== "check" && (
          <backend.Results
            outcome={outcome}
            html={html}
            onSelect={select}
            showCellsInPlace={showCellsInPlace === true}
            onChooseSheet={chooseSheet}
            fiscalYearStartMonth={settings.fiscalYearStartMonth}
            onCheckAllSheets={settings.allSheets ? undefined : () => void checkAllSheets()}
            layout={settings.layout}
            onChooseLayout={chooseLayout}
            sourceOpen={copied === "failed"}
            mustFix={mustFix}
            copyEnv={copyEnv}
            port={backend.port}
            onNextYear={onNextYear && ((plan) => onNextYear(outcome, settings, plan))}
            onNextYearApplied={(said) => void nextYearApplied(said)}
          />
        )}
        <Suspense fallback={null}>
          <SettingsSection settings={settings} years={years} onChange={changeSettings} />
        </Suspense>
      </div>
    </main>
  );
}
