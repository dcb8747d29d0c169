import { parseArgs } from "node:util";
import { CLI_OPTIONS } from "../i18n/cliOptions";
import type { HtmlStyleMode } from "../core/html/HtmlOptions";
import { LAYOUTS, type Layout } from "../core/KpiRecord";
import type { Lang } from "../i18n/Lang";

/** The options of one `kpi-check` run (cli-and-report.md). */
export interface CliOptions {
  file: string;
  sheet?: string;
  json: boolean;
  html?: string;
  out?: string;
  /** `--next-year`: write a copy with the next fiscal year's rows (新年度の準備). */
  nextYear?: string;
  asOf: string;
  fiscalYearStart?: number;
  years?: number[];
  lang: Lang;
  schema?: string;
  /** `--html-style`: inline styles (default) or class names only. */
  htmlStyle: HtmlStyleMode;
  /** `--html-css`: where to write the stylesheet of the classes (`DISCLOSURE_CSS`), for `--html-style class`. */
  htmlCss?: string;
  /** `--html-date`: the date of the HTML's as-of line (default the as-of date), or null for no line (`none`). */
  htmlDate: string | null;
  /** `--html-status`: a public status column (達成 / 一部達成 / 未達成) in the HTML and on 開示用. */
  htmlStatus: boolean;
  /** `--html-trend`: a 推移 section (the last three years of each KPI, table and chart) in the HTML. */
  htmlTrend: boolean;
  /** `--trend-sheet`: a 推移 sheet (each KPI over the years) in the `--out` copy, without charts. */
  trendSheet: boolean;
  /** `--layout`: read the sheet in this layout instead of detecting one. */
  layout?: Layout;
  /** `--all-sheets`: every visible sheet holding a KPI table, as one check. */
  allSheets: boolean;
}

/** What the command line asks for: the usage text, the version, or a check with its options. */
export type CliRequest = { kind: "help"; lang: Lang } | { kind: "version" } | ({ kind: "check" } & CliOptions);

/** The message keys of usage mistakes (`CLI_MESSAGES[lang].usageErrors`). */
export type UsageErrorKey =
  | "missingFile"
  | "tooManyFiles"
  | "unknownOption"
  | "missingValue"
  | "unexpectedValue"
  | "badOption"
  | "badAsOf"
  | "badStartMonth"
  | "badYears"
  | "badLang"
  | "badOutExtension"
  | "badNextYearExtension"
  | "badHtmlStyle"
  | "badHtmlDate"
  | "badLayout";

/** A usage mistake: the message key and its params. */
export class UsageError extends Error {
  constructor(
    readonly key: UsageErrorKey,
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

const PARSE_CONFIG = Object.fromEntries(
  CLI_OPTIONS.map((o) => [o.name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
);

/** Node's parser says what is wrong only in English prose: its error code and the quoted option are the facts. */
function usageErrorOf(e: Error & { code?: string }): UsageError {
  const option = /'(-{1,2}[^'\s=<]+)/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return new UsageError("unknownOption", { option });
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    const flag = CLI_OPTIONS.some((o) => o.type === "boolean" && (`--${o.name}` === option || `-${o.short}` === option));
    return new UsageError(flag ? "unexpectedValue" : "missingValue", { option });
  }
  return new UsageError("badOption", { detail: e.message.split("\n")[0] });
}

/**
 * The language of the command's output: `--lang` when it is given (and `ja` or `en`), else English for a locale of
 * `en…` in `LC_ALL`, `LC_MESSAGES` or `LANG` (the first that is set, as POSIX reads them), else Japanese. Used for
 * every line the command prints, usage mistakes included.
 *
 * @example cliLang(["kpi.xlsx"], { LANG: "en_US.UTF-8" }) // "en"
 */
export function cliLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const end = argv.indexOf("--");
  const args = end < 0 ? argv : argv.slice(0, end);
  for (let i = args.length - 1; i >= 0; i--) {
    const value = args[i] === "--lang" ? args[i + 1] : args[i].startsWith("--lang=") ? args[i].slice(7) : undefined;
    if (value === "ja" || value === "en") return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en(?![a-z])/i.test(locale) ? "en" : "ja";
}

/**
 * Reads the command line of `kpi-check` with the options of `CLI_OPTIONS`. `today` is the default as-of date
 * (`YYYY-MM-DD`) and `lang` the language when `--lang` is not given (see `cliLang`), passed in so that this stays
 * testable. `-h`/`--help` and `--version` win over everything else but a mistake in the options. Throws
 * `UsageError` for anything off.
 *
 * @example parseCliArgs(["kpi.xlsx", "--json"], "2026-11-29") // { kind: "check", file: "kpi.xlsx", json: true, asOf: "2026-11-29", lang: "ja", … }
 */
export function parseCliArgs(argv: string[], today: string, lang: Lang = "ja"): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: PARSE_CONFIG });
  } catch (e) {
    throw usageErrorOf(e as Error);
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const str = (name: string) => values[name] as string | undefined;
  const flag = (name: string) => values[name] === true;

  const langValue = str("lang") ?? lang;
  if (langValue !== "ja" && langValue !== "en") throw new UsageError("badLang", { value: langValue });
  if (flag("help")) return { kind: "help", lang: langValue };
  if (flag("version")) return { kind: "version" };
  if (positionals.length === 0) throw new UsageError("missingFile");
  if (positionals.length > 1) throw new UsageError("tooManyFiles", { files: positionals.join(" ") });
  const asOf = str("as-of") ?? today;
  if (!isRealDate(asOf)) throw new UsageError("badAsOf", { value: asOf });
  let fiscalYearStart: number | undefined;
  const startMonth = str("fiscal-year-start");
  if (startMonth !== undefined) {
    fiscalYearStart = /^\d{1,2}$/.test(startMonth) ? Number(startMonth) : NaN;
    if (!(fiscalYearStart >= 1 && fiscalYearStart <= 12)) throw new UsageError("badStartMonth", { value: startMonth });
  }
  let years: number[] | undefined;
  const yearList = str("years");
  if (yearList !== undefined) {
    const parts = yearList.split(/[,\s]+/).filter(Boolean);
    if (parts.length === 0 || !parts.every((p) => /^\d{4}$/.test(p))) throw new UsageError("badYears", { value: yearList });
    years = parts.map(Number);
  }
  const out = str("out");
  if (out !== undefined && !/\.xlsx$/i.test(out)) throw new UsageError("badOutExtension", { value: out });
  const nextYear = str("next-year");
  if (nextYear !== undefined && !/\.xlsx$/i.test(nextYear)) throw new UsageError("badNextYearExtension", { value: nextYear });
  const htmlStyle = str("html-style") ?? "inline";
  if (htmlStyle !== "inline" && htmlStyle !== "class") throw new UsageError("badHtmlStyle", { value: htmlStyle });
  const htmlDate = str("html-date") ?? asOf;
  if (htmlDate !== "none" && !isRealDate(htmlDate)) throw new UsageError("badHtmlDate", { value: htmlDate });
  const layout = str("layout");
  if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout)) {
    throw new UsageError("badLayout", { value: layout, layouts: LAYOUTS.join(", ") });
  }
  return {
    kind: "check",
    file: positionals[0],
    sheet: str("sheet"),
    json: flag("json"),
    html: str("html"),
    out,
    nextYear,
    asOf,
    fiscalYearStart,
    years,
    lang: langValue,
    schema: str("schema"),
    htmlStyle,
    htmlCss: str("html-css"),
    htmlDate: htmlDate === "none" ? null : htmlDate,
    htmlStatus: flag("html-status"),
    htmlTrend: flag("html-trend"),
    trendSheet: flag("trend-sheet"),
    layout: layout as Layout | undefined,
    allSheets: flag("all-sheets"),
  };
}
