import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult } from "../../../src/core/CheckResult";
import { checkSheet } from "../../../src/core/checkSheet";
import { KPI_STATUSES, type KpiStatus } from "../../../src/core/KpiStatus";
import { readWorkbookBytes } from "../../../src/xlsx/readWorkbookBytes";
import { ROOT, SAMPLE } from "./paths";

interface SeedJudged {
  asOf: string;
  kpis: { fiscalYear: number; no: number; status: KpiStatus; findings: string[] }[];
}

/** kpi-rules.md §5 as data: the seed's KPIs judged as of its date. */
export const SEED_JUDGED: SeedJudged = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "seed", "seed-judged.json"), "utf8"));

/**
 * How many of the seed's KPIs have each status, in `KPI_STATUSES` order (zeros included).
 *
 * @example seedCounts().find((c) => c.status === "met")?.n // 4
 */
export function seedCounts(): { status: KpiStatus; n: number }[] {
  return KPI_STATUSES.map((status) => ({ status, n: SEED_JUDGED.kpis.filter((k) => k.status === status).length }));
}

/** The seed's fiscal years, newest first. */
export function seedYears(): number[] {
  return [...new Set(SEED_JUDGED.kpis.map((k) => k.fiscalYear))].sort((a, b) => b - a);
}

/**
 * The engine's check of the bundled sample in Node, as of the seed's date: what the pane must show for it.
 *
 * @example (await sampleResult()).findings.filter((f) => f.cell).length
 */
export async function sampleResult(): Promise<CheckResult> {
  const sheets = await readWorkbookBytes(readFileSync(SAMPLE), "sample-kpi.xlsx");
  const kpi = sheets.find((s) => checkSheet(s, { asOf: SEED_JUDGED.asOf }).kpis.length > 0)!;
  return checkSheet(kpi, { asOf: SEED_JUDGED.asOf });
}
