import type { Finding, Severity } from "../../core/Finding";
import type { JudgedKpi } from "../../core/JudgedKpi";

/** One finding as the pane lists it: its message and hint, the KPI it is about and the text of its cell. */
export interface FixItem {
  finding: Finding;
  message: string;
  hint: string | null;
  kpi: JudgedKpi | undefined;
  /** What the finding's cell shows, null when the finding names no cell. */
  cellText: string | null;
  /** The other year's cell the finding compares with, when on another sheet (`previousAtOf`), and what it shows. */
  previous?: { sheet: string; cell: string; text: string };
  /** It would put something wrong on the published page (the verdict counts it). */
  mustFix?: boolean;
}

/**
 * One line of the "to fix" list: the findings of one KPI, or one message that many KPIs share (shown once with
 * their count, unfolding to the KPIs).
 */
export type FixEntry =
  | { kind: "kpi"; key: string; severity: Severity; kpi: JudgedKpi | undefined; items: FixItem[] }
  | { kind: "repeated"; key: string; severity: Severity; message: string; hint: string | null; items: FixItem[] };

/**
 * The findings of a check split as the pane shows them: what to fix before publishing (the verdict's findings),
 * the other errors and warnings to look at, and the information (folded), so that many warnings or 200 information
 * findings never bury the two that stop publishing.
 */
export interface FixList {
  /** The findings the verdict counts (the publish check's), whatever their severity; by year and No. */
  mustFix: FixEntry[];
  /** The other errors and warnings: errors first, then warnings; each by fiscal year (newest first, as the KPI list) and No. */
  fix: FixEntry[];
  info: FixEntry[];
  /** How many findings are to fix before publishing: the verdict's count. */
  mustFixCount: number;
  /** How many other errors and warnings there are. */
  fixCount: number;
  infoCount: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A message shared by this many KPIs or more is one line with a count. */
export const REPEAT_THRESHOLD = 3;

/** Newest year first (unknown last), then No, then sheet row; findings of no KPI (table-wide) first. */
function compareKpis(a: JudgedKpi | undefined, b: JudgedKpi | undefined): number {
  if (a === b) return 0;
  if (!a) return -1;
  if (!b) return 1;
  const ya = a.fiscalYear ?? -Infinity;
  const yb = b.fiscalYear ?? -Infinity;
  return yb - ya || (a.no ?? Infinity) - (b.no ?? Infinity) || a.row - b.row;
}

function worst(items: readonly FixItem[]): Severity {
  return items.reduce<Severity>((s, i) => (RANK[i.finding.severity] < RANK[s] ? i.finding.severity : s), "info");
}

function entries(items: readonly FixItem[], threshold: number): FixEntry[] {
  // A message many KPIs share (the same words, so the same year, value…) is one line.
  const byMessage = new Map<string, FixItem[]>();
  for (const item of items) byMessage.set(item.message, [...(byMessage.get(item.message) ?? []), item]);
  const out: FixEntry[] = [];
  const rest: FixItem[] = [];
  for (const [message, group] of byMessage) {
    if (new Set(group.map((i) => i.kpi)).size >= threshold) {
      const sorted = [...group].sort((a, b) => compareKpis(a.kpi, b.kpi));
      out.push({ kind: "repeated", key: `m:${message}`, severity: worst(group), message, hint: group[0].hint, items: sorted });
    } else rest.push(...group);
  }
  // The rest by KPI: one entry per KPI with all its findings (a finding of no KPI stands alone).
  const byKpi = new Map<JudgedKpi | FixItem, FixItem[]>();
  for (const item of rest) {
    const key = item.kpi ?? item;
    byKpi.set(key, [...(byKpi.get(key) ?? []), item]);
  }
  for (const group of byKpi.values()) {
    const kpi = group[0].kpi;
    const sorted = [...group].sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);
    // a wide table's row holds one KPI per year, --all-sheets has one E5 per sheet: the key names the KPI's sheet and year
    const first = group[0].finding;
    const key = `k:${kpi?.sheet ?? first.sheet ?? ""}:${kpi?.row ?? ""}:${kpi?.fiscalYear ?? ""}:${first.code}:${first.cell ?? ""}`;
    out.push({ kind: "kpi", key, severity: worst(group), kpi, items: sorted });
  }
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity] || compareKpis(a.items[0].kpi, b.items[0].kpi));
}

/**
 * The "to fix" list of a check in three groups: the findings to fix before publishing (`mustFix`, the verdict's),
 * the other errors and warnings, and the information (the pane folds it). Each group by KPI, errors first, then
 * by year and No; a message that `threshold` KPIs or more share is one entry.
 *
 * @example fixList(items).mustFix[0] // { kind: "repeated", message: "年度が終わっていますが、…", items: [6 items] }
 */
export function fixList(items: readonly FixItem[], threshold = REPEAT_THRESHOLD): FixList {
  const mustFix = items.filter((i) => i.mustFix === true);
  const fix = items.filter((i) => i.mustFix !== true && i.finding.severity !== "info");
  const info = items.filter((i) => i.mustFix !== true && i.finding.severity === "info");
  return {
    mustFix: entries(mustFix, threshold),
    fix: entries(fix, threshold),
    info: entries(info, threshold),
    mustFixCount: mustFix.length,
    fixCount: fix.length,
    infoCount: info.length,
  };
}
