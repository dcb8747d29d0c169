/* The seed page's 24 KPIs as judged KPIs: texts from tests/fixtures/seed/seed-kpis.json (the page as
   published), statuses from tests/fixtures/seed/seed-judged.json (kpi-rules.md §5). */
import { readFileSync } from "fs";
import { join } from "path";
import type { JudgedKpi } from "../../../../src/core/JudgedKpi";
import type { KpiField } from "../../../../src/core/KpiRecord";
import type { KpiStatus } from "../../../../src/core/KpiStatus";
import { makeRecord } from "../../../_helpers/makeRecord";
import { seedHeadings, seedKpis, type SeedKpi } from "../../../_helpers/seedKpis";

const FIXTURES = join(__dirname, "../../../fixtures");

export { seedHeadings, seedKpis };

/** The seed page's text, as published. */
export const seedPage: string = readFileSync(join(FIXTURES, "layouts/seed-page.txt"), "utf8");

const judgedFixture = JSON.parse(readFileSync(join(FIXTURES, "seed/seed-judged.json"), "utf8")) as {
  kpis: { fiscalYear: number; no: number; status: KpiStatus }[];
};
const statuses = new Map(judgedFixture.kpis.map((k) => [`${k.fiscalYear}/${k.no}`, k.status]));

/** A judged KPI on `row` from field texts (null/undefined fields left out), with a status. */
export function judged(
  row: number,
  fields: Partial<Record<KpiField, string | number | null>>,
  status: KpiStatus,
  fiscalYear: number | null = Number(String(fields.fiscalYear ?? "").replace(/\D/g, "")) || null,
): JudgedKpi {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  const record = makeRecord(row, present);
  return {
    record,
    fiscalYear,
    no: typeof fields.no === "number" ? fields.no : null,
    row,
    title: String(fields.title ?? ""),
    target: String(fields.target ?? ""),
    result: String(fields.result ?? ""),
    status,
    components: [],
  };
}

/** The seed's KPIs, one per sheet row from row 2, in page order, with their statuses of kpi-rules.md §5. */
export function seedJudged(): JudgedKpi[] {
  return seedKpis.map((k, i) => {
    const fy = Number(k.fiscalYear.replace(/\D/g, ""));
    const status = statuses.get(`${fy}/${k.no}`);
    if (!status) throw new Error(`no status for ${fy}/${k.no}`);
    return judged(i + 2, { ...k }, status);
  });
}
