import type { Comparator } from "./Expression";
import type { KpiRecord } from "./KpiRecord";
import type { ComponentStatus, KpiStatus } from "./KpiStatus";

/** One target component, judged (the `components` of the JSON report). */
export interface JudgedComponent {
  label: string | null;
  comparator: Comparator;
  target: number;
  actual: number | null;
  unit: string | null;
  status: ComponentStatus;
}

/**
 * One KPI after reading and judgement: the record it came from, its normalised key and texts, and the status.
 *
 * @example { fiscalYear: 2021, no: 6, row: 27, title: "代理店事故対応窓口割合の向上", status: "partial", … }
 */
export interface JudgedKpi {
  record: KpiRecord;
  fiscalYear: number | null;
  no: number | null;
  row: number;
  title: string;
  target: string;
  result: string;
  status: KpiStatus;
  components: JudgedComponent[];
}
