/* Every realistic agency workbook of tests/fixtures/layouts/workbooks, checked through the CLI's own entry, reads as
   its expectation says (kpi-rules.md §1): the layout and sheet detected, each KPI's status by fiscal year and No, no
   other KPI, the rows that are not KPIs listed as skipped (and never given an error finding), and the findings the
   contract asks for (evaluation-mismatch where a typed evaluation disagrees with the figures). */
import { join } from "node:path";
import { checkJson, expectedStatuses, LAYOUT_FIXTURES, statusesOf, WORKBOOKS } from "./_support/layoutFixtures";

jest.setTimeout(60_000);

const cases = LAYOUT_FIXTURES.flatMap((fx) =>
  fx.runs.map((run) => ({ name: `${fx.file}${run.args.length ? ` ${run.args.join(" ")}` : ""} (as of ${run.asOf})`, file: fx.file, run })),
);

describe("realistic agency workbooks read as the contract says", () => {
  it("there is a fixture for every layout", () => {
    const layouts = new Set(cases.map((c) => c.run.layout));
    expect([...layouts].sort()).toEqual(["blocks", "next-target", "table", "transposed", "two-row-header", "wide"]);
  });

  describe.each(cases)("$name", ({ file, run }) => {
    let report: Awaited<ReturnType<typeof checkJson>>;
    beforeAll(async () => {
      report = await checkJson(join(WORKBOOKS, file), run);
    });

    it(`is read as ${run.layout} from sheet ${run.sheet}`, () => {
      expect({ layout: report.source.layout, sheet: report.source.sheet }).toEqual({ layout: run.layout, sheet: run.sheet });
      if (run.otherKpiSheets) expect(report.source.otherKpiSheets).toEqual(run.otherKpiSheets);
    });

    it("gives every KPI its expected status and reads no other row as a KPI", () => {
      expect(statusesOf(report, run.kpis)).toEqual(expectedStatuses(run.kpis));
    });

    it("lists the rows that are not KPIs as skipped, and gives none of them an error finding", () => {
      const skipped = [...(report.source.skippedRows ?? [])].sort((a, b) => a.row - b.row);
      expect(skipped).toEqual(run.skippedRows);
      const skippedRows = new Set(run.skippedRows.map((s) => s.row));
      expect(report.findings.filter((f) => f.severity === "error" && f.row !== null && skippedRows.has(f.row))).toEqual([]);
    });

    it("raises no error finding but those expected (a No merged over an initiative's rows is no duplicate)", () => {
      const expected = new Set(run.findings.map((f) => `${f.code}@${f.row}`));
      expect(report.findings.filter((f) => f.severity === "error" && !expected.has(`${f.code}@${f.row}`)).map((f) => `${f.code}@${f.row}`)).toEqual([]);
    });

    if (run.findings.length > 0) {
      it(`raises ${run.findings.map((f) => `${f.code}@${f.row}`).join(", ")}`, () => {
        for (const f of run.findings) expect(report.findings).toContainEqual(expect.objectContaining({ code: f.code, row: f.row }));
      });
    }
  });
});
