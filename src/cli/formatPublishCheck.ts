import type { Finding } from "../core/Finding";
import type { JudgedKpi } from "../core/JudgedKpi";
import { kpiOfFinding } from "../core/kpiOfFinding";
import { CLI_MESSAGES, fill } from "../i18n/cliMessages";
import type { Lang } from "../i18n/Lang";
import { fitWidth } from "./_lib/displayWidth";
import { escapeForTerminal } from "./_lib/escapeForTerminal";

/**
 * The publish check as the command prints it before it says what it wrote (disclosure-output.md §3): one line
 * saying how many findings would put something wrong on the page, then one line per finding — cell, fiscal year
 * and No, message — or one line saying there are none.
 *
 * @example
 * formatPublishCheck(publishCheck(result), result.kpis, "ja", message)
 * // "公開前の確認：…指摘が12件あります。\n  F11     2023年度 No 4  「NSP」は「NPS」の誤記ではありませんか\n…"
 */
export function formatPublishCheck(found: readonly Finding[], kpis: readonly JudgedKpi[], lang: Lang, message: (f: Finding) => string): string {
  const t = CLI_MESSAGES[lang];
  if (found.length === 0) return `${t.publishCheckClear}\n`;
  const kpiOf = kpiOfFinding(kpis);
  const lines = [fill(t.publishCheck, { count: found.length })];
  for (const f of found) {
    const k = kpiOf(f);
    const ref = k ? fill(t.kpiRef, { year: k.fiscalYear ?? "?", no: k.no ?? "?" }) : "";
    lines.push(`  ${fitWidth(f.cell ?? "", 6)}  ${fitWidth(ref, 16)}  ${escapeForTerminal(message(f).replace(/\s+/g, " "))}`);
  }
  return lines.join("\n") + "\n";
}
