/**
 * Wording the first set never had (issue #18): every class of tests/fixtures/judge/unseen-wording.tsv, and the forms
 * of public agency pages in real-wording.tsv, judged as of 2026-11-29 with April fiscal years. A row names the status
 * and the findings that must be among those raised.
 */
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { judgeKpi } from "../../../src/core/judge/judgeKpi";
import { fieldCell, makeRecord } from "../../_helpers/makeRecord";
import { readWordingTable, type UnseenRow as Row } from "./_support/unseenWording";

function judge(row: Row) {
  const fiscalYear = Number(row.fy);
  const record = makeRecord(5, {
    fiscalYear: `${fiscalYear}年度`, no: 1, title: "取組",
    target: fieldCell(5, "target", row.target || null), result: fieldCell(5, "result", row.result || null),
  });
  return judgeKpi(record, { schema: BUILT_IN_SCHEMA, asOf: "2026-11-29", fiscalYearStartMonth: 4, fiscalYear, no: 1 });
}

describe.each([
  ["unseen wording (issue #18)", "unseen-wording.tsv", 150],
  ["wording of public agency pages", "real-wording.tsv", 100],
])("%s, judged", (_name, file, least) => {
  const rows = readWordingTable(file);

  it(`has at least ${least} rows`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(least);
  });

  it.each(rows.map((r): [string, string, string, Row] => [r.class, r.target, r.result || '""', r]))(
    "%s: %s → %s",
    (_c, _t, _r, row) => {
      const j = judge(row);
      expect(j.kpi.status).toBe(row.status);
      const codes = j.findings.map((f) => f.code);
      for (const code of row.findings.split(",").filter(Boolean)) expect(codes).toContain(code);
    },
  );
});
