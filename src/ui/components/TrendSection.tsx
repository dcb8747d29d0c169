import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Spinner } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { ResultSectionProps } from "./resultSections";
import { useFoldedSectionStyles } from "./foldedSectionStyles";
import { useUi } from "./UiContext";

// its own chunk: the pane's first load carries none of the chart code
const TrendChart = lazy(() => import(/* webpackChunkName: "trend" */ "./TrendChart"));

/**
 * The folded 推移 section: each KPI's targets and results across fiscal years as a small chart and a table. Shown
 * when some series spans two years or more; its code loads when the section is first unfolded.
 *
 * @example RESULT_SECTIONS: [TrendSection]
 */
export function TrendSection({ outcome }: ResultSectionProps) {
  const { lang, t } = useUi();
  const s = useFoldedSectionStyles();
  const series = outcome.result.series;
  if (!series.some((x) => x.points.length >= 2)) return null;
  return (
    <Accordion collapsible className={s.fold}>
      <AccordionItem value="trend">
        <AccordionHeader as="h2" className={s.header}>
          {t.trendSection}
        </AccordionHeader>
        <AccordionPanel>
          <Suspense fallback={<Spinner size="tiny" label={t.trendLoading} />}>
            <TrendChart series={series} lang={lang} />
          </Suspense>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
