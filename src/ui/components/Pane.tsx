import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CopyEnv } from "../_lib/copyHtml";
import { errorMessage } from "../../app/errorMessage";
import type { Backend } from "../Backend";
import { runKpiCheck, type RunOutcome, type RunStep } from "../../app/pipeline/runKpiCheck";
import type { CheckSettings, SettingsStore } from "../../app/settings/CheckSettings";
import { htmlOptions } from "../../app/settings/optionsFromSettings";
import { useUi } from "./UiContext";

// The settings form (Fluent's inputs, selects and checkboxes) is not needed to press the button: it comes as a
// chunk of its own and appears when it has arrived.
const SettingsSection = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsSection").then((m) => ({ default: m.SettingsSection })));

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  run: { width: "100%" },
  status: { minHeight: "24px", marginTop: tokens.spacingVerticalS },
});

/** Props of {@link Pane}. */
export interface PaneProps {
  /**
   * The workbook port (Office.js in Excel, exceljs in a browser preview), the engine and the results view — or
   * a loader for them, started as the pane mounts; null while there is nothing to check (the preview before a
   * file is open): the button is left out.
   */
  backend: Backend | (() => Promise<Backend>) | null;
  store: SettingsStore;
  /** Today as `YYYY-MM-DD` (the as-of date when the settings leave it empty). */
  today: () => string;
  /** A reason the add-in cannot run here (old Excel); shown instead of the button. */
  blocker?: string;
  copyEnv?: CopyEnv;
  /** Shown under the title (the browser preview's notice and file picker). */
  header?: ReactNode;
  /** Shown under the status after a check (the browser preview's download). */
  actions?: (outcome: RunOutcome, settings: CheckSettings) => ReactNode;
}

/**
 * The task pane: one primary button that reads the active sheet, judges it and writes everything back in one
 * click; then the table found, the summary by status, the findings (each selecting its cell), the KPIs by fiscal
 * year, the website HTML and the settings. Progress and results are announced to screen readers; every failure
 * is a message, never a blank pane.
 *
 * @example <Pane backend={() => import("../../taskpane/excelBackend").then((m) => m.excelBackend({ mergedAreas: true }))} store={store} today={() => localDate(new Date())} />
 */
export function Pane({ backend: source, store, today, blocker, copyEnv, header, actions }: PaneProps) {
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
  const [settings, setSettings] = useState<CheckSettings>(() => store.load());
  const [step, setStep] = useState<RunStep | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Another backend (the preview opened another file) starts afresh: the old file's results go.
  const shown = useRef(source);
  useEffect(() => {
    if (shown.current !== source) {
      shown.current = source;
      setBackend(typeof source === "function" ? null : source);
      setOutcome(null);
      setError(null);
    }
    if (source) load().then(setBackend, () => undefined);
  }, [load, source]);
  const [saveError, setSaveError] = useState(false);

  const run = useCallback(async () => {
    setError(null);
    setStep("read");
    try {
      const { port, engine } = await load();
      setOutcome(await runKpiCheck(port, engine, settings, { lang, today: today(), onStep: setStep }));
    } catch (e) {
      setError(e);
    } finally {
      setStep(null);
    }
  }, [load, settings, lang, today]);

  const select = useCallback(
    (cell: string) => {
      if (!outcome || !backend) return;
      backend.port.selectCell(outcome.result.sheetName, cell).catch(setError);
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

  // The HTML follows the HTML settings at once, without another round trip to Excel.
  const html = useMemo(() => {
    if (!outcome || !backend || outcome.result.kpis.length === 0) return null;
    const { engine } = backend;
    const options = htmlOptions(settings, lang);
    return { html: engine.renderDisclosureHtml(outcome.result.kpis, options), text: engine.renderDisclosureText(outcome.result.kpis, options) };
  }, [outcome, backend, lang, settings]);

  const years = useMemo(
    () => [...new Set((outcome?.result.kpis ?? []).map((k) => k.fiscalYear).filter((y): y is number => y !== null))].sort((a, b) => b - a),
    [outcome],
  );

  const result = outcome?.result;
  const noTable = result !== undefined && result.kpis.length === 0;
  const failure = error === null ? null : errorMessage(error, t);

  return (
    <main className={s.root}>
      <h1 className={s.title}>{t.appTitle}</h1>
      {header}
      {blocker ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{blocker}</MessageBarBody>
        </MessageBar>
      ) : source === null ? null : (
        <>
          {!outcome && <p>{t.intro}</p>}
          <Button appearance="primary" size="large" className={s.run} onClick={run} disabledFocusable={step !== null}>
            {step === null ? t.run : t.running}
          </Button>
          <div className={s.status} role="status" aria-live="polite">
            {step !== null && <Spinner size="tiny" label={t.steps[step]} />}
            {step === null && result && !noTable && (
              <span>
                {t.done(result.kpis.length, result.findings.length)} {outcome?.applied ? t.wrote(outcome.applied.sheets) : ""}
              </span>
            )}
          </div>
          {step === null && outcome && !noTable && actions?.(outcome, settings)}
        </>
      )}
      {failure && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {failure.body}
            {failure.detail && <div>{failure.detail}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.saveFailed}</MessageBarBody>
        </MessageBar>
      )}
      {noTable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noTableTitle}</MessageBarTitle>
            {t.noTableHint}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && !noTable && outcome && backend && <backend.Results outcome={outcome} html={html} onSelect={select} copyEnv={copyEnv} />}
      <Suspense fallback={null}>
        <SettingsSection settings={settings} years={years} onChange={changeSettings} />
      </Suspense>
    </main>
  );
}
