/* The seed page's 24 KPIs exactly as published (tests/fixtures/seed/seed-kpis.json, shared with the sample
   workbook's build script), for every test that needs them. */
import seed from "../fixtures/seed/seed-kpis.json";

/**
 * One KPI of the seed as the page shows it; null where the page has no such row or cell (`result: null` with a
 * target: the `目標` row has no `結果(YYYY年度)` cell, as the seed's 2023 item 5).
 */
export interface SeedKpi {
  fiscalYear: string;
  no: number;
  title: string;
  description: string | null;
  scope: string | null;
  target: string | null;
  result: string | null;
  commitment: string | null;
}

/** The page's heading lines (title, KPI and NPS explanations, trademark notice). */
export const seedHeadings: string[] = seed.headings;

/** The 24 KPIs, newest fiscal year first, as on the page. */
export const seedKpis: SeedKpi[] = seed.kpis as SeedKpi[];
