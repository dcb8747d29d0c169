/**
 * The seed page's KPIs (tests/fixtures/seed/seed-kpis.json) as rows of the table layout, for the hostile and huge
 * workbooks.
 */
import { columnLetters } from "../../../src/core/cellAddress";
import { seedKpis, type SeedKpi } from "../../_helpers/seedKpis";


/** The seed page's 24 KPIs (tests/fixtures/seed/seed-kpis.json). */
export const SEED_KPIS: SeedKpi[] = seedKpis;
/** The table layout's header. */
export const HEADER = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];
/** A KPI as a row of the table layout. */
export const seedRow = (k: SeedKpi): (string | number | null)[] => [k.fiscalYear, k.no, k.title, k.description, k.scope, k.target, k.result || null, k.commitment];

/** The header row and one KPI row as worksheet XML (inline strings). */
export const HEADER_XML = `<row r="1">${HEADER.map((h, i) => `<c r="${columnLetters(i + 1)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
export const KPI_XML = '<row r="2"><c r="A2" t="inlineStr"><is><t>2023年度</t></is></c><c r="B2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>回答数</t></is></c><c r="F2" t="inlineStr"><is><t>回答数:200件</t></is></c><c r="G2" t="inlineStr"><is><t>208件</t></is></c></row>';

/** `n` KPI rows of the seed's texts (years 2000–2024, Nos 1…), as rows of cells. */
export function* kpiRows(n: number, columns = HEADER.length): Generator<(string | number | null)[]> {
  yield HEADER.slice(0, columns);
  for (let i = 0; i < n; i++) {
    const k = SEED_KPIS[i % SEED_KPIS.length];
    yield [`${2000 + (i % 25)}年度`, Math.floor(i / 25) + 1, k.title, k.description, k.scope, k.target, k.result || null, k.commitment].slice(0, columns);
  }
}
