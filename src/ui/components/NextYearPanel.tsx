import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { errorMessage } from "../../app/errorMessage";
import { columnLetters } from "../../core/cellAddress";
import type { NextYearRows } from "../../core/nextYear/NextYearRows";
import { planNextYear } from "../../core/nextYear/planNextYear";
import type { CheckResult } from "../../core/CheckResult";
import { sheetRead } from "../_lib/sheetRead";
import type { CellValue } from "../../core/SheetSnapshot";
import { nextYearStrings, type NextYearStrings } from "../../i18n/nextYearStrings";
import type { NextYearSectionProps } from "./NextYearSection";
import { useUi } from "./UiContext";

const useStyles = makeStyles({
  summary: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase200 },
  // the grid scrolls sideways within the 350 px pane rather than widening it
  scroll: { overflowX: "auto", maxHeight: "320px", overflowY: "auto", marginBottom: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  head: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, padding: "2px 4px", textAlign: "center" },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, padding: "2px 4px", textAlign: "right", color: tokens.colorNeutralForeground3 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    maxWidth: "9em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
  },
  empty: { color: tokens.colorNeutralForeground4, fontStyle: "italic" },
  message: { marginTop: tokens.spacingVerticalS },
});

function shown(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Where the plan puts its cells, in words. */
function where(plan: NextYearRows, n: NextYearStrings): { where: string; place: string } {
  const byColumns = plan.columnWidthsFrom !== undefined && !plan.newSheet;
  const place = byColumns ? n.columnsPlace(columnLetters(plan.columns.left), columnLetters(plan.columns.right)) : n.rowsPlace(plan.rows.top, plan.rows.bottom);
  if (plan.newSheet) return { where: n.where.newSheet, place };
  if (plan.insertColumns) return { where: n.where.insertColumns, place };
  if (plan.insertRows) return { where: n.where.insertRows, place };
  return { where: byColumns ? n.where.columns : n.where.rows, place };
}

/** After a check of several sheets, the sheet of the latest fiscal year (the next year follows it); else undefined. */
function latestSheet(result: CheckResult): string | undefined {
  let latest: { year: number; sheet?: string } | undefined;
  for (const k of result.kpis) if (k.fiscalYear !== null && (latest === undefined || k.fiscalYear > latest.year)) latest = { year: k.fiscalYear, sheet: k.sheet };
  return latest?.sheet;
}

/**
 * 新年度の準備, unfolded: plans the next fiscal year's rows in the sheet's own layout, shows exactly the cells that
 * will be added as a compact grid (row numbers and column letters as in Excel, an empty cell marked), and adds them
 * on confirmation — through the workbook port in Excel (then `onApplied`: the pane checks again); as a download of the workbook with
 * the rows in the browser preview. Where they cannot go, says why instead.
 *
 * @example <NextYearPanel outcome={outcome} port={port} />
 */
export default function NextYearPanel({ outcome, port, onDownload, onApplied }: NextYearSectionProps) {
  const { lang, t } = useUi();
  const s = useStyles();
  const n = nextYearStrings(lang);
  const plan = useMemo(
    () => planNextYear(outcome.result, sheetRead(outcome.reading, latestSheet(outcome.result)), { sheets: outcome.reading.workbook.sheets }),
    [outcome],
  );
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const apply = useCallback(async () => {
    if (!("cells" in plan)) return;
    setBusy(true);
    setError(null);
    try {
      if (onDownload) {
        const note = await onDownload(plan);
        setDone(note ? `${n.downloaded(plan.fiscalYear)} ${note}` : n.downloaded(plan.fiscalYear));
      } else if (port) {
        await port.applyPatch({ sheets: [], rows: plan });
        const said = n.done(plan.fiscalYear, plan.sheet);
        setDone(said);
        onApplied?.(said);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [plan, onDownload, port, n, onApplied]);

  const grid = useMemo(() => {
    if (!("cells" in plan)) return null;
    const at = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c.value]));
    const rows = [...new Set(plan.cells.map((c) => c.row))].sort((a, b) => a - b);
    const cols = [...new Set(plan.cells.map((c) => c.col))].sort((a, b) => a - b);
    return { at, rows, cols };
  }, [plan]);

  if (!("cells" in plan) || !grid) {
    const refusal = plan as Exclude<typeof plan, NextYearRows>;
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{(n.refused[refusal.code] as (r: typeof refusal) => string)(refusal)}</MessageBarBody>
      </MessageBar>
    );
  }
  const failure = error === null ? null : errorMessage(error, t);
  return (
    <div>
      <p className={s.summary}>{n.summary({ fiscalYear: plan.fiscalYear, fromYear: plan.fromYear, kpis: plan.kpis, sheet: plan.sheet, ...where(plan, n) })}</p>
      <div className={s.scroll} tabIndex={0} role="region" aria-label={n.caption(plan.fiscalYear)}>
        <table className={s.table}>
          <caption style={{ position: "absolute", left: "-10000px" }}>{n.caption(plan.fiscalYear)}</caption>
          <thead>
            <tr>
              <th scope="col" className={s.head}>
                {n.row}
              </th>
              {grid.cols.map((c) => (
                <th key={c} scope="col" className={s.head}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((r) => (
              <tr key={r}>
                <th scope="row" className={s.rowHead}>
                  {r}
                </th>
                {grid.cols.map((c) => {
                  const key = `${r}:${c}`;
                  if (!grid.at.has(key)) return <td key={c} className={s.cell} />;
                  const text = shown(grid.at.get(key) ?? null);
                  return (
                    <td key={c} className={s.cell} title={text || n.empty}>
                      {text || <span className={s.empty}>{n.empty}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button appearance="primary" onClick={apply} disabledFocusable={busy || done !== null}>
        {busy ? n.applying : onDownload ? n.download : n.apply}
      </Button>
      <div role="status" aria-live="polite" className={s.message}>
        {done}
      </div>
      {failure && (
        <MessageBar intent="error" layout="multiline" className={s.message}>
          <MessageBarBody>
            {n.failed} {failure.body}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
