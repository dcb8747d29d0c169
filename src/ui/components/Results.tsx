import type { CopyEnv } from "../_lib/copyHtml";
import type { RunOutcome } from "../../app/pipeline/runKpiCheck";
import { publishCheck } from "../../core/publish/publishCheck";
import { FindingsSection } from "./FindingsSection";
import { HtmlSection } from "./HtmlSection";
import { KpisSection } from "./KpisSection";
import { SummarySection } from "./SummarySection";
import { TableSection } from "./TableSection";

/** Props of {@link Results}. */
export interface ResultsProps {
  outcome: RunOutcome;
  /** The website HTML and its text twin, rendered with the current settings. */
  html: { html: string; text: string } | null;
  onSelect: (cell: string) => void;
  copyEnv?: CopyEnv;
}

/**
 * What one check found, in the pane: the table and its columns, the summary by status, the findings, the KPIs by
 * fiscal year and the website HTML.
 *
 * @example <Results outcome={outcome} html={html} onSelect={select} />
 */
export function Results({ outcome, html, onSelect, copyEnv }: ResultsProps) {
  const { result, reading } = outcome;
  return (
    <>
      <TableSection result={result} snapshot={reading.snapshot} />
      <SummarySection kpis={result.kpis} />
      <FindingsSection findings={result.findings} onSelect={onSelect} />
      <KpisSection kpis={result.kpis} onSelect={onSelect} />
      {html && (
        <HtmlSection
          html={html.html}
          text={html.text}
          copyEnv={copyEnv}
          check={publishCheck(result, outcome.htmlOptions.years)}
          onSelect={onSelect}
        />
      )}
    </>
  );
}
