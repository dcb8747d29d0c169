import { addressOf } from "../../cellAddress";
import { finding, type Finding, type FindingCode, type FindingParams } from "../../Finding";
import type { FieldCell } from "../../KpiRecord";

/**
 * What judging one KPI raises, in the order raised: findings about its target cell or its result cell (else the
 * title's, when the sheet has no such cell), and the label pairs that matched only by prefix (`火新種` / `火新`).
 * One per KPI; the lists are made only when something is raised.
 *
 * @example const notes = new KpiNotes(27, targetCell, resultCell); notes.onResult("result-missing", { fiscalYear: 2024 });
 */
export class KpiNotes {
  findings: Finding[] | undefined;
  labelVariants: [string, string][] | undefined;

  constructor(
    private readonly row: number,
    private readonly targetAt: FieldCell | undefined,
    private readonly resultAt: FieldCell | undefined,
  ) {}

  /** Raises a finding on the target cell. */
  onTarget<C extends FindingCode>(code: C, params: FindingParams[C]): void {
    (this.findings ??= []).push(finding(code, { row: this.row, field: "target", cell: addressOf(this.targetAt) }, params));
  }

  /** Raises a finding on the result cell. */
  onResult<C extends FindingCode>(code: C, params: FindingParams[C]): void {
    (this.findings ??= []).push(finding(code, { row: this.row, field: "result", cell: addressOf(this.resultAt) }, params));
  }

  /** Notes a target label and the result label it was paired with by prefix. */
  labelVariant(pair: [string, string]): void {
    (this.labelVariants ??= []).push(pair);
  }
}
