/* `npx tsx tests/core/layout/_support/measureVariants.ts [runs] [seed]`: checks generated agency variants
   (agencyVariants.ts) and prints the share of statuses right, the KPIs read that are not KPIs, crashes and unstable
   re-runs, per shape, with the first failures. A measure for people, not a test (the property test asserts). */
import fc from "fast-check";
import { checkSheet } from "../../../../src/core/checkSheet";
import { chooseKpiSheet } from "../../../../src/core/layout/chooseKpiSheet";
import { BUILT_IN_SCHEMA } from "../../../../src/core/KpiSchema";
import { buildVariant, variantOptions, VARIANT_AS_OF, type Variant } from "./agencyVariants";

/** What checking one variant gave against its expectation. */
export interface VariantScore {
  expected: number;
  right: number;
  /** KPIs read that the variant does not have. */
  extra: number;
  crashed: boolean;
  unstable: boolean;
  /** The check raised layout-uncertain. */
  unsure: boolean;
  wrong: string[];
}

/** Checks a variant as the CLI does (the sheet chosen among the workbook's) and compares with its expectation. */
export function scoreVariant(v: Variant): VariantScore {
  try {
    const chosen = chooseKpiSheet(v.sheets, { schema: BUILT_IN_SCHEMA });
    const sheet = chosen.sheet ?? v.sheets[0];
    const run = () => checkSheet(sheet, { asOf: VARIANT_AS_OF });
    const result = run();
    const again = run();
    const key = (r: typeof result) => JSON.stringify(r.kpis.map((k) => [k.fiscalYear, k.no, k.status]));
    const got = new Map<string, string>();
    for (const k of result.kpis) got.set(`${k.fiscalYear}:${k.no}`, k.status);
    let right = 0;
    const wrong: string[] = [];
    if (sheet.sheetName !== v.sheet) wrong.push(`sheet ${sheet.sheetName}`);
    for (const [fy, no, status] of v.expected) {
      const s = sheet.sheetName === v.sheet ? got.get(`${fy}:${no}`) : undefined;
      if (s === status) right++;
      else wrong.push(`${fy}/${no}: ${s ?? "none"} ≠ ${status}`);
    }
    // every KPI read beyond one per expected (year, No) is a row that is not a KPI read as one
    const want = new Map(v.expected.map(([fy, no]) => [`${fy}:${no}`, 1]));
    let extra = 0;
    for (const k of result.kpis) {
      const left = want.get(`${k.fiscalYear}:${k.no}`) ?? 0;
      if (left > 0) want.set(`${k.fiscalYear}:${k.no}`, left - 1);
      else extra++;
    }
    return { expected: v.expected.length, right, extra, crashed: false, unstable: key(result) !== key(again), unsure: result.findings.some((f) => f.code === "layout-uncertain"), wrong };
  } catch (e) {
    return { expected: v.expected.length, right: 0, extra: 0, crashed: true, unstable: false, unsure: false, wrong: [String(e)] };
  }
}

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 400);
  const seed = Number(process.argv[3] ?? 13);
  const variants = fc.sample(variantOptions, { numRuns: runs, seed }).map(buildVariant);
  const by = new Map<string, { expected: number; right: number; extra: number; crashed: number; unstable: number; unsure: number; fully: number; n: number }>();
  const failures: string[] = [];
  for (const v of variants) {
    const s = scoreVariant(v);
    const t = by.get(v.options.shape) ?? { expected: 0, right: 0, extra: 0, crashed: 0, unstable: 0, unsure: 0, fully: 0, n: 0 };
    t.expected += s.expected;
    t.right += s.right;
    t.extra += s.extra;
    t.crashed += s.crashed ? 1 : 0;
    t.unstable += s.unstable ? 1 : 0;
    t.unsure += s.unsure ? 1 : 0;
    t.fully += s.right === s.expected && s.extra === 0 ? 1 : 0;
    t.n++;
    by.set(v.options.shape, t);
    if (s.wrong.length > 0 || s.extra > 0) failures.push(`${v.options.shape} ${JSON.stringify(v.options)}\n    ${s.wrong.slice(0, 4).join("; ")} extra=${s.extra}`);
  }
  let e = 0;
  let r = 0;
  for (const [shape, t] of by) {
    e += t.expected;
    r += t.right;
    console.log(`${shape.padEnd(16)} ${((100 * t.right) / t.expected).toFixed(1)}% right, ${t.fully}/${t.n} fully, extra ${t.extra}, crashed ${t.crashed}, unstable ${t.unstable}, layout-uncertain ${t.unsure}`);
  }
  console.log(`all              ${((100 * r) / e).toFixed(1)}% of ${e} statuses right`);
  console.log(failures.slice(0, Number(process.env.SHOW ?? 8)).join("\n"));
}
