/** Words of what is counted or rated (`件数`, `率`): where the measured thing's name ends. */
export const MEASURE = /件数|回数|人数|日数|割合|比率|[数率件]/;

/** A metric that is only a measure word (`件数`, `発生件数`): it says how, not what, is counted. */
const MEASURE_ONLY = /^(?:発生)?(?:件数|回数|人数|日数|割合|比率|[数率件])$/;

/**
 * Whether a target's metric is only a measure word (`件数 3件`), which leaves what is measured to the KPI's name.
 *
 * @example isMeasureOnly("発生件数") // true
 */
export const isMeasureOnly = (metric: string): boolean => MEASURE_ONLY.test(metric);
