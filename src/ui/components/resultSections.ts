import type { ComponentType } from "react";
import type { RunOutcome } from "../../app/pipeline/runKpiCheck";
import { TrendSection } from "./TrendSection";

/** Props every further view of the results gets: the whole outcome of the check. */
export interface ResultSectionProps {
  outcome: RunOutcome;
}

/**
 * Further views of a check's results, shown after the KPIs by year (e.g. a series view across years, which loads
 * its own code lazily): a view adds itself here and `Results` renders it as a section of the pane.
 *
 * @example RESULT_SECTIONS.push(OtherSection)
 */
export const RESULT_SECTIONS: ComponentType<ResultSectionProps>[] = [TrendSection];
