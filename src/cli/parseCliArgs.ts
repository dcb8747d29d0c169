import { parseArgs } from "node:util";
import type { Lang } from "../i18n/Lang";

/** The options of one `kpi-check` run (cli-and-report.md). */
export interface CliOptions {
  file: string;
  sheet?: string;
  json: boolean;
  html?: string;
  out?: string;
  asOf: string;
  fiscalYearStart?: number;
  years?: number[];
  lang: Lang;
  schema?: string;
}

/** A usage mistake: the message key of `CLI_MESSAGES` and its params. */
export class UsageError extends Error {
  constructor(
    readonly key: "missingFile" | "tooManyFiles" | "badOption" | "badAsOf" | "badStartMonth" | "badYears" | "badLang",
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Reads the command line of `kpi-check`. `today` is the default as-of date (`YYYY-MM-DD`), passed in so that
 * this stays testable. Throws `UsageError` for anything off.
 *
 * @example parseCliArgs(["kpi.xlsx", "--json"], "2026-11-29").asOf // "2026-11-29"
 */
export function parseCliArgs(argv: string[], today: string): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string" },
        json: { type: "boolean", default: false },
        html: { type: "string" },
        out: { type: "string" },
        "as-of": { type: "string" },
        "fiscal-year-start": { type: "string" },
        years: { type: "string" },
        lang: { type: "string", default: "ja" },
        schema: { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError("badOption", { detail: (e as Error).message.split("\n")[0] });
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError("missingFile");
  if (positionals.length > 1) throw new UsageError("tooManyFiles");
  const lang = values.lang;
  if (lang !== "ja" && lang !== "en") throw new UsageError("badLang", { value: String(lang) });
  const asOf = values["as-of"] ?? today;
  if (!isRealDate(asOf)) throw new UsageError("badAsOf", { value: asOf });
  let fiscalYearStart: number | undefined;
  if (values["fiscal-year-start"] !== undefined) {
    const v = values["fiscal-year-start"];
    fiscalYearStart = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
    if (!(fiscalYearStart >= 1 && fiscalYearStart <= 12)) throw new UsageError("badStartMonth", { value: v });
  }
  let years: number[] | undefined;
  if (values.years !== undefined) {
    const parts = values.years.split(/[,\s]+/).filter(Boolean);
    if (parts.length === 0 || !parts.every((p) => /^\d{4}$/.test(p))) throw new UsageError("badYears", { value: values.years });
    years = parts.map(Number);
  }
  return {
    file: positionals[0],
    sheet: values.sheet,
    json: values.json ?? false,
    html: values.html,
    out: values.out,
    asOf,
    fiscalYearStart,
    years,
    lang,
    schema: values.schema,
  };
}
