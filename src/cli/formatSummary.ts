import type { CheckResult } from "../core/CheckResult";
import type { Finding } from "../core/Finding";
import type { JudgedKpi } from "../core/JudgedKpi";
import { KPI_STATUSES } from "../core/KpiStatus";
import { kpiOfFinding } from "../core/kpiOfFinding";
import { CLI_MESSAGES, fill } from "../i18n/cliMessages";
import type { Lang } from "../i18n/Lang";
import { fieldWord } from "../i18n/renderFinding";
import { statusMarkLabel } from "../i18n/statusLabel";
import { displayWidth, fitWidth } from "./_lib/displayWidth";
import { escapeForTerminal } from "./_lib/escapeForTerminal";

const TITLE_WIDTH = 34;
const EXPR_WIDTH = 30;

/** Text from the workbook on one line of the terminal: line breaks and tabs as spaces, controls as visible escapes. */
function shown(text: string): string {
  return escapeForTerminal(text.replace(/[\t\n\r\u2028\u2029]+/g, " "));
}

/**
 * What detection used, in lines: layout, header rows and the columns of each field; the rows skipped; the other
 * sheets holding a KPI table, or the sheets checked together.
 *
 * @example detectionLines(result, "ja")[0] // "読み取り  形式：表形式 ／ 見出し行：1 ／ 列：年度=A No=B …"
 */
export function detectionLines(result: CheckResult, lang: Lang): string[] {
  const t = CLI_MESSAGES[lang];
  const lines: string[] = [];
  if (result.layout === null) return lines;
  const fields = Object.entries(result.fields ?? {})
    .map(([f, where]) => `${fieldWord(f as Parameters<typeof fieldWord>[0], lang)}=${(where ?? []).join("/")}`)
    .join(" ");
  const headerRows = (result.headerRows ?? []).join("–") || t.none;
  lines.push(fill(t.detection, { layout: t.layouts[result.layout], headerRows, fields: fields || t.none }));
  const skipped = result.skippedRows ?? [];
  if (skipped.length > 0) {
    const rows = skipped.map((s) => `${s.row}（${t.skipReasons[s.why]}）`).join(t.listSeparator);
    lines.push(fill(t.skipped, { rows }));
  }
  if (result.sheets && result.sheets.length > 1) lines.push(fill(t.allSheets, { sheets: result.sheets.join(t.listSeparator) }));
  else if (result.otherKpiSheets && result.otherKpiSheets.length > 0) {
    lines.push(fill(t.otherSheets, { sheets: result.otherKpiSheets.join(t.listSeparator) }));
  }
  return lines;
}

/**
 * The human-readable summary of a check: a header line, the KPIs by fiscal year (newest first, by No) with their
 * status, the counts by status, then the findings with their cell addresses. Text from the workbook (file and sheet
 * names, cells, findings quoting cells) shows control characters as visible escapes (`\x1B`): a workbook cannot
 * recolour, retitle or rewrite the terminal.
 *
 * @example formatSummary(result, "kpi.xlsx", "ja", renderJa).split("\n")[0] // "KPIチェック  kpi.xlsx ／ シート「KPI」…"
 */
export function formatSummary(
  result: CheckResult,
  file: string,
  lang: Lang,
  message: (f: Finding) => string,
): string {
  const t = CLI_MESSAGES[lang];
  const lines: string[] = [];
  const layout = result.layout ? t.layouts[result.layout] : "";
  const range = result.range ? ` ${result.range}（${layout}）` : "";
  lines.push(
    fill(t.header, { file: shown(file), sheet: shown(result.sheetName), range, asOf: result.asOf, month: result.fiscalYearStartMonth }),
  );
  lines.push(...detectionLines(result, lang).map(shown), "");
  if (result.layout === null) lines.push(t.noTable, "");

  const byYear = new Map<number | null, JudgedKpi[]>();
  for (const k of result.kpis) byYear.set(k.fiscalYear, [...(byYear.get(k.fiscalYear) ?? []), k]);
  const years = [...byYear.keys()].sort((a, b) => (b ?? -Infinity) - (a ?? -Infinity));
  const statusWidth = Math.max(...KPI_STATUSES.map((s) => displayWidth(statusMarkLabel(s, lang))));
  for (const year of years) {
    lines.push(year === null ? t.unknownYear : fill(t.fiscalYear, { year }));
    const [cNo, cStatus, cTitle, cExpr] = t.columns;
    lines.push(`  ${cNo.padStart(3)}  ${fitWidth(cStatus, statusWidth)}  ${fitWidth(cTitle, TITLE_WIDTH)}  ${cExpr}`);
    const kpis = [...(byYear.get(year) ?? [])].sort((a, b) => (a.no ?? Infinity) - (b.no ?? Infinity));
    for (const k of kpis) {
      const expr = shown(`${k.target || t.none} → ${k.result || t.none}`);
      lines.push(
        `  ${String(k.no ?? "?").padStart(3)}  ${fitWidth(statusMarkLabel(k.status, lang), statusWidth)}  ` +
          `${fitWidth(shown(k.title), TITLE_WIDTH)}  ${fitWidth(expr.replace(/\s+/g, " "), EXPR_WIDTH * 2).trimEnd()}`,
      );
    }
    lines.push("");
  }

  const counts = KPI_STATUSES.map((s) => `${statusMarkLabel(s, lang)} ${result.kpis.filter((k) => k.status === s).length}`);
  lines.push(`${fill(t.summary, { count: result.kpis.length })} ${counts.join(lang === "ja" ? " ／ " : " / ")}`);

  const sev = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) sev[f.severity]++;
  lines.push(fill(t.findings, sev));
  // by the finding's cell: a row of a wide table holds one KPI per year
  const kpiOf = kpiOfFinding(result.kpis);
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const f of sorted) {
    const k = kpiOf(f);
    const ref = k ? fill(t.kpiRef, { year: k.fiscalYear ?? "?", no: k.no ?? "?" }) : "";
    lines.push(`  ${fitWidth(t.severity[f.severity], 6)}  ${fitWidth(f.cell ?? "", 6)}  ${fitWidth(ref, 16)}  ${shown(message(f))}`);
  }
  return lines.join("\n") + "\n";
}
