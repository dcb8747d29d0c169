import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { RunOutcome } from "../../app/pipeline/runKpiCheck";
import type { NextYearRows } from "../../core/nextYear/NextYearRows";
import type { WorkbookPort } from "../../core/WorkbookPort";
import { nextYearStrings } from "../../i18n/nextYearStrings";
import { useUi } from "./UiContext";
import { useFoldedSectionStyles } from "./foldedSectionStyles";

// its own chunk: planning and previewing the next year's rows costs the pane's first load nothing
const NextYearPanel = lazy(() => import(/* webpackChunkName: "nextyear" */ "./NextYearPanel"));


/** Props of {@link NextYearSection}. */
export interface NextYearSectionProps {
  outcome: RunOutcome;
  /** The workbook the rows go into (Excel); unused where `onDownload` is given. */
  port?: WorkbookPort;
  /** The browser preview: a download of the workbook with the rows, instead of writing to it; resolves to a sentence on what the copy lacks, if anything. */
  onDownload?: (plan: NextYearRows) => Promise<string | void>;
  /** In Excel, once the rows are added, with the sentence that says so: the pane checks the sheet again. */
  onApplied?: (said: string) => void;
}

/**
 * The folded 新年度の準備 section: the next fiscal year's rows, shown first as exactly the cells that will be added
 * and added on confirmation. Its code loads when the section is first unfolded.
 *
 * @example <NextYearSection outcome={outcome} port={backend.port} />
 */
export function NextYearSection({ outcome, port, onDownload, onApplied }: NextYearSectionProps) {
  const { lang } = useUi();
  const s = useFoldedSectionStyles();
  const n = nextYearStrings(lang);
  const [open, setOpen] = useState(false);
  if (outcome.result.kpis.length === 0 || (!port && !onDownload)) return null;
  return (
    <Accordion collapsible className={s.fold} onToggle={(_, d) => setOpen(d.openItems.includes("next-year"))}>
      <AccordionItem value="next-year">
        <AccordionHeader as="h2" className={s.header}>
          {n.section}
        </AccordionHeader>
        <AccordionPanel>
          {open && (
            <Suspense fallback={<Spinner size="tiny" label={n.loading} />}>
              <NextYearPanel outcome={outcome} port={port} onDownload={onDownload} onApplied={onApplied} />
            </Suspense>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
