import { useMemo } from "react";
import type { Finding } from "../../core/Finding";
import type { Layout } from "../../core/KpiRecord";
import type { NextYearRows } from "../../core/nextYear/NextYearRows";
import type { WorkbookPort } from "../../core/WorkbookPort";
import type { CopyEnv } from "../_lib/copyHtml";
import type { RunOutcome } from "../../app/pipeline/runKpiCheck";
import { fixItems } from "../_lib/fixItems";
import { fixList } from "../_lib/fixList";
import { AllSheetsOffer } from "./AllSheetsOffer";
import { SheetsLeftOut } from "./SheetsLeftOut";
import { FixSection } from "./FixSection";
import { HtmlSection } from "./HtmlSection";
import { KpisSection } from "./KpisSection";
import { NextYearSection } from "./NextYearSection";
import { RESULT_SECTIONS } from "./resultSections";
import { TableSection } from "./TableSection";
import { useUi } from "./UiContext";

/** Props of {@link Results}. */
export interface ResultsProps {
  outcome: RunOutcome;
  /** The website HTML and its text twin, rendered with the current settings. */
  html: { html: string; text: string } | null;
  /** Selects a cell (in Excel): on the sheet named, else on the checked sheet. */
  onSelect: (cell: string, sheet?: string) => void;
  /** Clicking a cell shows its content in place instead of selecting it (the browser preview). */
  showCellsInPlace: boolean;
  /** Checks another sheet of the workbook. */
  onChooseSheet: (sheet: string) => void;
  /** The settings' first month of the fiscal year (sheet names read as years). */
  fiscalYearStartMonth?: number;
  /** After a one-sheet check: turns the all-sheets setting on and checks again (absent: the setting is on). */
  onCheckAllSheets?: () => void;
  /** The layout the settings name (null: detected). */
  layout: Layout | null;
  /** Keeps another layout in the settings and checks again with it. */
  onChooseLayout: (layout: Layout | null) => void;
  /** Open the HTML source box (copying failed: the user copies by hand). */
  sourceOpen: boolean;
  /** The findings to fix before publishing (the verdict's): marked in the list. */
  mustFix?: readonly Finding[];
  /** The browser's clipboard and document (tests pass doubles). */
  copyEnv?: CopyEnv;
  /** The workbook, for 新年度の準備 in Excel. */
  port?: WorkbookPort;
  /** 新年度の準備 outside Excel: a download of the workbook with the next year's rows. */
  onNextYear?: (plan: NextYearRows) => Promise<string | void>;
  /** 新年度の準備 in Excel added the rows (with the sentence saying so): the pane checks again. */
  onNextYearApplied?: (said: string) => void;
}

/**
 * What one check found, in the order staff need it: after a one-sheet check the offer to check the other years' sheets
 * together (after a check of all sheets, the years' sheets it left out), what to fix, the KPIs by fiscal year, any further views
 * (`RESULT_SECTIONS`), 新年度の準備, the table read with the sheet chooser, and the website HTML. A sheet without a KPI table
 * shows only the table part, so that another sheet can be chosen.
 *
 * @example <Results outcome={outcome} html={html} onSelect={select} showCellsInPlace={false} onChooseSheet={check} layout={null} onChooseLayout={setLayout} sourceOpen={false} />
 */
export function Results({ outcome, html, onSelect, showCellsInPlace, onChooseSheet, fiscalYearStartMonth = 4, onCheckAllSheets, layout, onChooseLayout, sourceOpen, mustFix = [], copyEnv, port, onNextYear, onNextYearApplied }: ResultsProps) {
  const { lang } = useUi();
  const { result, reading } = outcome;
  const list = useMemo(() => fixList(fixItems(result, reading, lang, mustFix)), [result, reading, lang, mustFix]);
  const table = <TableSection result={result} reading={reading} onChooseSheet={onChooseSheet} layout={layout} onChooseLayout={onChooseLayout} />;
  if (result.kpis.length === 0) return table;
  const cell = { onSelect, showCellsInPlace };
  return (
    <>
      {onCheckAllSheets && <AllSheetsOffer result={result} workbook={reading.workbook} fiscalYearStartMonth={fiscalYearStartMonth} onCheckAllSheets={onCheckAllSheets} />}
      <SheetsLeftOut result={result} workbook={reading.workbook} />
      <FixSection list={list} {...cell} />
      <KpisSection kpis={result.kpis} {...cell} />
      {RESULT_SECTIONS.map((Section, i) => (
        <Section key={i} outcome={outcome} />
      ))}
      <NextYearSection outcome={outcome} port={port} onDownload={onNextYear} onApplied={onNextYearApplied} />
      {table}
      {html && <HtmlSection html={html.html} sourceOpen={sourceOpen} copyEnv={copyEnv} />}
    </>
  );
}
