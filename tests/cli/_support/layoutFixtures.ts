/* The realistic agency workbooks of tests/fixtures/layouts/workbooks (built by scripts/build-layout-fixtures.ts)
   with their expected readings, and the CLI run the tests check them with. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import type { Expected, ExpectedKpi, ExpectedRun } from "../../../scripts/build-layout-fixtures";

export type { Expected, ExpectedKpi, ExpectedRun };

/** The folder of the fixture workbooks. */
export const WORKBOOKS = join(__dirname, "../../fixtures/layouts/workbooks");

/** Every fixture's expectation, by file name. */
export const LAYOUT_FIXTURES: Expected[] = readdirSync(WORKBOOKS)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(WORKBOOKS, f), "utf8")) as Expected);

/** What `kpi-check` printed and its exit status. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kpi-check` in-process, the same entry as the command. */
export async function cli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), today: () => "2026-11-29", env: {} });
  return { code, stdout, stderr };
}

/** The parts of the JSON report these tests read (cli-and-report.md). */
export interface ReportShape {
  source: { sheet: string; layout: string | null; skippedRows?: { row: number; why: string }[]; otherKpiSheets?: string[] };
  kpis: { fiscalYear: number | null; no: number | null; noLabel?: string; row: number; sheet?: string; status: string; [k: string]: unknown }[];
  findings: { code: string; severity: string; row: number | null; sheet?: string }[];
}

/** `kpi-check FILE --json --as-of … ARGS…` and its report; fails loudly when the command could not run. */
export async function checkJson(file: string, run: Pick<ExpectedRun, "args" | "asOf">, extra: string[] = []): Promise<ReportShape> {
  const r = await cli([file, "--json", "--as-of", run.asOf, ...run.args, ...extra]);
  if (r.code === 2) throw new Error(`kpi-check could not run on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ReportShape;
}

/** A KPI's No as the contract reads it: the sub-number when there is one (`1-2`), else the number. */
export const noOf = (k: ReportShape["kpis"][number]): string => k.noLabel ?? String(k.no);

/**
 * The statuses of a report keyed as the expectation keys them: `[sheet ]YEAR No N[ @row]` (the row only where the
 * expectation tells two KPIs of one year and No apart, the sheet only where it names one).
 */
export function statusesOf(report: ReportShape, expected: ExpectedKpi[]): Record<string, string> {
  const byRow = new Set(expected.filter((k) => k.row !== undefined).map((k) => `${k.fiscalYear}/${k.no}`));
  const bySheet = expected.some((k) => k.sheet !== undefined);
  const out: Record<string, string> = {};
  for (const k of report.kpis) {
    const key = keyOf(k.fiscalYear, noOf(k), byRow.has(`${k.fiscalYear}/${noOf(k)}`) ? k.row : undefined, bySheet ? k.sheet : undefined);
    out[key] = out[key] === undefined ? k.status : `${out[key]} AND ${k.status} (read twice)`;
  }
  return out;
}

/** The expected statuses keyed as {@link statusesOf}. */
export function expectedStatuses(expected: ExpectedKpi[]): Record<string, string> {
  return Object.fromEntries(expected.map((k) => [keyOf(k.fiscalYear, k.no, k.row, k.sheet), k.status]));
}

function keyOf(year: number | null, no: string, row?: number, sheet?: string): string {
  return `${sheet !== undefined ? `${sheet} ` : ""}${year ?? "年度不明"} No ${no}${row !== undefined ? ` @${row}` : ""}`;
}
