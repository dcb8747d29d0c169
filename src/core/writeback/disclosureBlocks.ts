import type { JudgedKpi } from "../JudgedKpi";
import type { KpiField } from "../KpiRecord";
import type { KpiStatus } from "../KpiStatus";
import { cleanText } from "./cleanText";

/**
 * One KPI as the disclosure shows it (the website's block layout, kpi-rules.md §1): texts as the user wrote
 * them, absent rows as `undefined`.
 *
 * @example { no: 5, title: "顧客情報・対応履歴の適切管理", scope: "全種目", targetRow: { target: "…開設数84件", result: undefined }, status: "missing_result" }
 */
export interface DisclosureItem {
  /** The KPI's No, a number when it was read as one. */
  no: number | string;
  title: string;
  description?: string;
  scope?: string;
  principles?: string;
  /** The `目標 | target | 結果(YYYY年度) | result` row; `result` undefined when the KPI has no result cell. */
  targetRow?: { target: string; result?: string };
  commitment?: string;
  status: KpiStatus;
}

/**
 * One fiscal year of the disclosure.
 *
 * @example { fiscalYear: 2023, items: [ … six items … ] }
 */
export interface DisclosureYear {
  fiscalYear: number;
  items: DisclosureItem[];
}

/**
 * What the disclosure shows: fiscal years newest first, KPIs by No, and whether any KPI mentions NPS.
 *
 * @example { years: [{ fiscalYear: 2024, items }, { fiscalYear: 2023, items }], mentionsNps: true }
 */
export interface DisclosureContent {
  years: DisclosureYear[];
  mentionsNps: boolean;
}

// No lookbehind (Safari before 16.4 cannot parse it): the letter before is matched, not looked behind.
const NPS = /(?:^|[^A-Za-z])(?:NPS|NSP)(?![A-Za-z])|Net\s*Promoter/i;

/** A field's text as the user wrote it, undefined when the KPI has no such field. */
function rawText(kpi: JudgedKpi, field: KpiField): string | undefined {
  const cell = kpi.record.fields[field];
  if (cell) return cell.text;
  if (field === "title" || field === "target" || field === "result") return kpi[field] || undefined;
  return undefined;
}

/** A field's text made safe (`cleanText`), undefined when it is absent or only white space. */
function text(kpi: JudgedKpi, field: KpiField): string | undefined {
  const raw = rawText(kpi, field);
  return raw !== undefined && raw.trim() !== "" ? cleanText(raw) : undefined;
}

function item(kpi: JudgedKpi): DisclosureItem {
  const target = text(kpi, "target");
  const result = rawText(kpi, "result") === undefined ? undefined : (text(kpi, "result") ?? "");
  const hasTargetRow = target !== undefined || result !== undefined;
  return {
    no: kpi.no ?? text(kpi, "no") ?? "",
    title: text(kpi, "title") ?? "",
    description: text(kpi, "description"),
    scope: text(kpi, "scope"),
    principles: text(kpi, "principles"),
    targetRow: hasTargetRow ? { target: target ?? "", result } : undefined,
    commitment: text(kpi, "commitment"),
    status: kpi.status,
  };
}

function itemTexts(i: DisclosureItem): string[] {
  return [i.title, i.description, i.scope, i.principles, i.targetRow?.target, i.targetRow?.result, i.commitment]
    .filter((t): t is string => t !== undefined);
}

/**
 * Groups judged KPIs into the disclosure: the chosen fiscal years (all by default) newest first, KPIs by No
 * (sheet order among equal Nos), KPIs without a fiscal year left out. A text of only white space counts as
 * empty, and an empty optional field as absent — except the result: its cell is shown when the KPI has one
 * (even empty, as the seed's 2024 rows) and left out when it has none (the seed's 2023 item 5).
 *
 * @example
 * disclosureBlocks(kpis, [2023]).years[0].items[0]
 * // { no: 1, title: "お客様アンケート(契約募集)の収集", targetRow: { target: "回答数:200件", result: "208件" }, … }
 */
export function disclosureBlocks(kpis: readonly JudgedKpi[], years?: readonly number[]): DisclosureContent {
  const byYear = new Map<number, JudgedKpi[]>();
  for (const kpi of kpis) {
    const fy = kpi.fiscalYear;
    if (fy === null || (years && !years.includes(fy))) continue;
    const list = byYear.get(fy) ?? [];
    list.push(kpi);
    byYear.set(fy, list);
  }
  const out: DisclosureYear[] = [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([fiscalYear, list]) => ({
      fiscalYear,
      items: list
        .map((kpi, i) => ({ kpi, i }))
        .sort((a, b) => (a.kpi.no ?? Infinity) - (b.kpi.no ?? Infinity) || a.i - b.i)
        .map(({ kpi }) => item(kpi)),
    }));
  const mentionsNps = out.some((y) => y.items.some((i) => itemTexts(i).some((t) => NPS.test(t.normalize("NFKC")))));
  return { years: out, mentionsNps };
}
