import type { KpiField } from "./KpiRecord";

/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";

/** The finding codes of kpi-rules.md §4, plus the ones this engine adds. */
export const FINDING_SEVERITY = {
  "table-not-found": "error",
  "missing-column": "error",
  "duplicate-column": "warning",
  "required-missing": "error",
  "invalid-fiscal-year": "error",
  "invalid-number": "error",
  "duplicate-kpi": "error",
  "numbering-gap": "warning",
  "cell-error": "error",
  "target-missing": "warning",
  "target-unreadable": "warning",
  "result-unreadable": "warning",
  "result-missing": "warning",
  "result-not-applicable": "info",
  "unit-mismatch": "error",
  "unit-inferred": "info",
  "percent-as-fraction": "warning",
  "implied-comparator": "info",
  "component-missing": "warning",
  "component-extra": "warning",
  "label-mismatch": "warning",
  "metric-mismatch": "warning",
  "judgement-conflict": "error",
  "result-from-text": "info",
  "notation-variant": "info",
  "result-without-target": "warning",
} as const satisfies Record<string, Severity>;

/** A finding code. */
export type FindingCode = keyof typeof FINDING_SEVERITY;

/** Parameters of a finding: plain JSON values that the message templates of `src/i18n/` interpolate. */
export type FindingParams = Record<string, string | number | boolean | null | string[]>;

/**
 * What the checker found: typed data with no message text (messages are rendered by `src/i18n/`).
 *
 * @example
 * { code: "label-mismatch", severity: "warning", row: 27, field: "result", cell: "G27",
 *   params: { target: "火新種", result: "火新" } }
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row of the KPI (or of the cell), null for table-wide findings. */
  row: number | null;
  field: KpiField | null;
  /** A1 address on the read sheet, null for table-wide findings. */
  cell: string | null;
  params: FindingParams;
}

/**
 * A finding as `finding` builds it: by a constructor, not an object literal, because V8 pretenures a literal whose
 * objects all survive (a sheet may have 100,000 findings), which is slower (see `judgeKpi`).
 */
class Found implements Finding {
  constructor(
    readonly code: FindingCode,
    readonly severity: Severity,
    readonly row: number | null,
    readonly field: KpiField | null,
    readonly cell: string | null,
    readonly params: FindingParams,
  ) {}
}

/**
 * Builds a finding with the severity its code carries.
 *
 * @example finding("result-missing", { row: 7, field: "result", cell: "G7" }, { fiscalYear: 2024 })
 */
export function finding(
  code: FindingCode,
  at: { row?: number | null; field?: KpiField | null; cell?: string | null } = {},
  params: FindingParams = {},
  severity: Severity = FINDING_SEVERITY[code],
): Finding {
  return new Found(code, severity, at.row ?? null, at.field ?? null, at.cell ?? null, params);
}
