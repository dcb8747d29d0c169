import { once } from "node:events";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { localDate } from "../app/settings/localDate";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../core/KpiSchema";
import type { SheetSnapshot } from "../core/SheetSnapshot";
import type { CheckResult } from "../core/CheckResult";
import type { WorkbookError } from "../core/WorkbookPort";
import { publishCheck } from "../core/publish/publishCheck";
import { checkSheet } from "../core/checkSheet";
import { renderDisclosureHtml } from "../core/html/renderDisclosureHtml";
import { DISCLOSURE_CSS } from "../core/html/disclosureCss";
import { checkWorkbook } from "../core/checkWorkbook";
import { chooseKpiSheet } from "../core/layout/chooseKpiSheet";
import { planNextYear } from "../core/nextYear/planNextYear";
import { buildReport } from "../core/report/buildReport";
import { parseKpiSchema } from "../core/schema/parseKpiSchema";
import { CLI_MESSAGES, fill, type CliMessages } from "../i18n/cliMessages";
import { inputErrorMessage } from "../i18n/inputErrors";
import type { Lang } from "../i18n/Lang";
import { renderFinding } from "../i18n/renderFinding";
import { renderSchemaError } from "../i18n/renderSchemaError";
import { trendLabels, writebackLabels } from "../i18n/writeback";
import { InputError } from "../core/InputError";
import { checkFileSize } from "../xlsx/checkFileSize";
import { readDefinedNames } from "../xlsx/readDefinedNames";
import { readWorkbookBytes } from "../xlsx/readWorkbookBytes";
import { workbookFromSnapshot } from "../xlsx/workbookFromSnapshot";
import { WorkbookWriteError, writeCheckedWorkbook, type WriteNote } from "../xlsx/writeCheckedWorkbook";
import { escapeForTerminal, escapeJsonForTerminal } from "./_lib/escapeForTerminal";
import { findFileClash, stdoutIdentity, type NamedFile } from "./_lib/findFileClash";
import { jsonChunks } from "./_lib/jsonChunks";
import { formatHelp } from "./formatHelp";
import { formatPublishCheck } from "./formatPublishCheck";
import { formatSummary } from "./formatSummary";
import { cliLang, parseCliArgs, UsageError, type CliOptions } from "./parseCliArgs";
import { writeFileAtomic } from "./writeFileAtomic";

/** A failure that ends the run with exit status 2 and the given lines on stderr. */
class Fatal extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0]);
  }
}

/** Where the command writes; the real process streams unless a test passes its own. */
export interface CliIo {
  /** Writes to stdout; `false` when the stream's buffer is full and the caller should wait for `drain`. */
  stdout: (s: string) => unknown;
  /** Resolves when stdout can take more (a pipe's reader may be slower than a report of hundreds of MB). */
  drain?: () => Promise<void>;
  stderr: (s: string) => void;
  /** Today as `YYYY-MM-DD` (the default as-of date). */
  today: () => string;
  /** The identity of the file standard output is redirected to (`fileIdentity`), undefined for a terminal or pipe. */
  stdoutFile?: () => string | undefined;
  /** The environment whose `LC_ALL` / `LC_MESSAGES` / `LANG` choose the language without `--lang`; none if absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

const PROCESS_IO: CliIo = {
  stdout: (s) => process.stdout.write(s),
  drain: () => once(process.stdout, "drain").then(() => undefined),
  stderr: (s) => process.stderr.write(s),
  today: () => localDate(new Date()),
  stdoutFile: stdoutIdentity,
  env: process.env,
};

/** The version in the project's package.json (two folders up from both src/cli and dist/cli). */
function version(): string {
  return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
}

/** Node's error code of a failed file operation (`ENOENT`), or the first line of its message. */
function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String((e as Error)?.message ?? e).split("\n")[0];
}

/** The one-line reason why `file` cannot be read, from Node's error code. */
function readFailure(file: string, e: unknown, t: CliMessages): string {
  const code = errorCode(e);
  if (code === "ENOENT" || code === "ENOTDIR") return fill(t.fileMissing, { file });
  if (code === "EISDIR") return fill(t.fileIsFolder, { file });
  if (code === "EACCES" || code === "EPERM") return fill(t.fileNoAccess, { file });
  return fill(t.cannotRead, { file, detail: code });
}

/** The one-line reason why `file` cannot be written, from Node's error code. */
function writeFailure(file: string, e: unknown, t: CliMessages): string {
  const code = errorCode(e);
  // Windows refuses to replace a file open in Excel (the copy written last time, still open) with EPERM or EBUSY
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY" || code === "EROFS") return fill(t.writeNoAccess, { file });
  if (code === "EISDIR") return fill(t.writeIsFolder, { file });
  if (code === "ENOSPC") return fill(t.writeNoSpace, { file });
  return fill(t.cannotWrite, { file, detail: code });
}

async function loadSchema(file: string, t: CliMessages, lang: Lang): Promise<KpiSchema> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = errorCode(e);
    throw new Fatal([fill(code === "ENOENT" ? t.schemaMissing : t.schemaUnreadable, { file, detail: code })]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Fatal([fill(t.schemaNotJson, { file, detail: (e as Error).message.split("\n")[0] })]);
  }
  const parsed = parseKpiSchema(json);
  if (!parsed.ok) {
    throw new Fatal([fill(t.schemaInvalid, { file }), ...parsed.errors.map((e) => `  ${renderSchemaError(e, lang)}`)]);
  }
  return parsed.schema;
}

async function readSheets(file: string, t: CliMessages, lang: Lang): Promise<{ bytes: Uint8Array; sheets: SheetSnapshot[] }> {
  let bytes: Uint8Array;
  try {
    // a file past the size limit is refused before it is read into memory
    checkFileSize({ length: (await stat(file)).size });
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw new Fatal([inputErrorMessage(e, lang)]);
    throw new Fatal([readFailure(file, e, t)]);
  }
  try {
    return { bytes, sheets: await readWorkbookBytes(bytes, basename(file)) };
  } catch (e) {
    if (e instanceof InputError) throw new Fatal([inputErrorMessage(e, lang)]);
    throw e;
  }
}

function pickSheet(
  sheets: SheetSnapshot[],
  opts: CliOptions,
  schema: KpiSchema,
  t: CliMessages,
  definedNames: Record<string, string>,
): { sheet: SheetSnapshot; others: string[] } {
  const chosen = chooseKpiSheet(sheets, { schema, definedNames, layout: opts.layout, fiscalYearStartMonth: opts.fiscalYearStart });
  if (opts.sheet !== undefined) {
    const found = sheets.find((s) => s.sheetName === opts.sheet);
    if (!found) {
      throw new Fatal([fill(t.noSuchSheet, { sheet: opts.sheet, sheets: sheets.map((s) => s.sheetName).join(t.listSeparator) })]);
    }
    const others = [chosen.sheet?.sheetName, ...chosen.others].filter((n): n is string => n !== undefined && n !== found.sheetName);
    return { sheet: found, others };
  }
  return { sheet: chosen.sheet ?? sheets[0], others: chosen.others };
}

/**
 * The one line the CLI says of the writer's note: the 推移 sheet without charts, and the charts it replaced; the
 * protected sheets left without status, the sheets a protected structure kept out.
 */
function noteLine(n: WriteNote, t: CliMessages): string {
  if (n.kind === "protected-not-written") return fill(t.protectedNotWritten, { sheets: n.sheets.join(t.listSeparator) });
  if (n.kind === "structure-not-added") return fill(t.structureNotAdded, { sheets: n.sheets.join(t.listSeparator) });
  return n.droppedCharts > 0 ? fill(t.trendChartsDropped, { sheet: n.sheet, count: n.droppedCharts }) : fill(t.trendNoCharts, { sheet: n.sheet });
}

async function writeOutputs(
  opts: CliOptions,
  input: Uint8Array,
  sheet: SheetSnapshot,
  result: CheckResult,
  sheetNames: readonly string[] = [sheet.sheetName],
): Promise<string[]> {
  const t = CLI_MESSAGES[opts.lang];
  // every output is made before the first is written: a refused one (a workbook whose macros the copy would lose,
  // a protected sheet, no place for next year's rows) leaves no other output behind
  const ready: { file: string; bytes: Uint8Array | string; lines: () => string[] }[] = [];
  const make = async (file: string, data: () => Promise<Uint8Array | string>, lines: () => string[] = () => [fill(t.wrote, { file })]) => {
    try {
      ready.push({ file, bytes: await data(), lines });
    } catch (e) {
      if (e instanceof WorkbookWriteError) {
        const kinds = [...new Set(e.parts.map((p) => t.partKinds[p.kind]))];
        throw new Fatal([fill(t.droppedParts, { parts: `${kinds.join(t.listSeparator)}（${e.parts.map((p) => p.path).join(", ")}）` })]);
      }
      // protection refused the write whole (the next year's rows on a protected sheet, or its sheet in a protected structure)
      const refused = e as Partial<WorkbookError> | null;
      if (refused?.kind === "protected") throw new Fatal([refused.sheet !== undefined ? fill(t.protectedSheet, { sheet: refused.sheet }) : t.protectedStructure]);
      throw e;
    }
  };
  if (opts.html !== undefined) {
    await make(opts.html, async () => renderDisclosureHtml(result.kpis, {
      labels: writebackLabels(opts.lang),
      years: opts.years,
      style: opts.htmlStyle,
      showStatus: opts.htmlStatus,
      ...(opts.htmlDate !== null ? { asOf: opts.htmlDate } : {}),
      ...(opts.htmlTrend ? { trend: { series: result.series, labels: trendLabels(opts.lang) } } : {}),
    }));
  }
  if (opts.htmlCss !== undefined) await make(opts.htmlCss, async () => `${DISCLOSURE_CSS}\n`);
  if (opts.out !== undefined) {
    const out = opts.out;
    const isXlsx = /^\.xl[st][xm]$/i.test(extname(opts.file));
    const workbook = isXlsx ? input : await workbookFromSnapshot(sheet);
    const options = {
      labels: writebackLabels(opts.lang),
      years: opts.years,
      findingsSheet: true,
      showStatus: opts.htmlStatus,
      // without the option, a 推移 sheet the add-in wrote in the workbook is kept up to date all the same
      trendSheet: opts.trendSheet,
    };
    const notes: WriteNote[] = [];
    await make(out, () => writeCheckedWorkbook(workbook, result, options, (n) => notes.push(n)), () => [fill(t.wrote, { file: out }), ...notes.map((n) => noteLine(n, t))]);
  }
  if (opts.nextYear !== undefined) {
    const file = opts.nextYear;
    const plan = planNextYear(result, sheet, { sheets: sheetNames });
    if (!("cells" in plan)) throw new Fatal([fill(t.nextYearRefused[plan.code], plan)]);
    const isXlsx = /^\.xl[st][xm]$/i.test(extname(opts.file));
    const workbook = isXlsx ? input : await workbookFromSnapshot(sheet);
    const options = { labels: writebackLabels(opts.lang), statusColumn: false, disclosureSheet: false, nextYear: plan };
    const notes: WriteNote[] = [];
    await make(file, () => writeCheckedWorkbook(workbook, result, options, (n) => notes.push(n)), () => [
      fill(t.nextYearWrote, { file, fiscalYear: plan.fiscalYear, fromYear: plan.fromYear, kpis: plan.kpis }),
      ...notes.map((n) => noteLine(n, t)),
    ]);
  }
  const written: string[] = [];
  for (const { file, bytes, lines } of ready) {
    try {
      await writeFileAtomic(file, bytes);
    } catch (e) {
      throw new Fatal([writeFailure(file, e, t)]);
    }
    written.push(...lines());
  }
  return written;
}

/**
 * `--years` names fiscal years to disclose: one the sheet does not have is an error (a typo would otherwise give
 * an empty or short disclosure with exit 0). Without any KPI the table-not-found finding says what is wrong.
 */
function checkYears(opts: CliOptions, result: CheckResult, t: CliMessages): void {
  if (opts.years === undefined || result.kpis.length === 0) return;
  const available = [...new Set(result.kpis.map((k) => k.fiscalYear).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const absent = opts.years.filter((y) => !available.includes(y));
  if (absent.length > 0) {
    throw new Fatal([fill(t.yearsNotInSheet, { years: absent.join(t.listSeparator), available: available.join(t.listSeparator) })]);
  }
}

/**
 * Refuses, before anything is read or written, files that are one file on disk where one of them is written: an
 * output that is the input or the schema, two outputs naming one file (the second would replace the first), an
 * output that standard output is redirected to (`--json > r.json --html r.json`).
 */
function refuseFileClash(opts: CliOptions, io: CliIo, t: CliMessages): void {
  const named = (option: string, path: string | undefined, writes: boolean): NamedFile[] => (path === undefined ? [] : [{ option, path, writes }]);
  const files = [
    ...named("FILE", opts.file, false),
    ...named("--schema", opts.schema, false),
    ...named("--out", opts.out, true),
    ...named("--html", opts.html, true),
    ...named("--html-css", opts.htmlCss, true),
    ...named("--next-year", opts.nextYear, true),
  ];
  const stdout = io.stdoutFile?.();
  const clash = findFileClash(files, stdout === undefined ? undefined : { option: "stdout", identity: stdout });
  if (!clash) return;
  if (clash.other === "FILE") throw new Fatal([fill(t.sameAsInput, { option: clash.option })]);
  if (clash.other === "stdout") throw new Fatal([fill(t.sameAsStdout, { option: clash.option, file: clash.path })]);
  throw new Fatal([fill(t.sameFile, { option: clash.other, other: clash.option, file: clash.path })]);
}

async function run(opts: CliOptions, io: CliIo): Promise<number> {
  const t = CLI_MESSAGES[opts.lang];
  refuseFileClash(opts, io, t);
  const schema = opts.schema ? await loadSchema(opts.schema, t, opts.lang) : BUILT_IN_SCHEMA;
  const { bytes, sheets } = await readSheets(opts.file, t, opts.lang);
  const definedNames = await readDefinedNames(bytes);
  const { sheet, others } = pickSheet(sheets, opts, schema, t, definedNames);
  const checkOptions = { asOf: opts.asOf, fiscalYearStartMonth: opts.fiscalYearStart, schema, definedNames, layout: opts.layout };
  const result =
    (opts.allSheets && opts.sheet === undefined ? checkWorkbook(sheets, checkOptions) : undefined) ??
    checkSheet(sheet, checkOptions);
  result.otherKpiSheets = result.sheets ? [] : others;
  checkYears(opts, result, t);
  const message = (f: Parameters<typeof renderFinding>[0]) => renderFinding(f, opts.lang);
  const written = await writeOutputs(opts, bytes, sheet, result, sheets.map((s) => s.sheetName));
  if (opts.json) {
    // in chunks: a report of 100,000 KPIs is hundreds of MB of text
    for (const chunk of jsonChunks(buildReport(result, basename(opts.file), message) as unknown as Record<string, unknown>)) {
      // wait while a pipe is full: otherwise every chunk waits in memory (100,000 KPIs: 1.4 GB instead of 0.9 GB)
      if (io.stdout(escapeJsonForTerminal(chunk)) === false && io.drain) await io.drain();
    }
    io.stdout("\n");
  } else {
    io.stdout(formatSummary(result, basename(opts.file), opts.lang, message));
    if (opts.html !== undefined || opts.out !== undefined) {
      io.stdout(`\n${formatPublishCheck(publishCheck(result, opts.years), result.kpis, opts.lang, message)}`);
    }
    if (written.length > 0) io.stdout(`\n${written.map(escapeForTerminal).join("\n")}\n`);
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

/**
 * Runs `kpi-check` with the given arguments (without `node` and the script) and resolves to the exit status:
 * 0 no error findings, 1 error findings, 2 the command could not run (one line on stderr, never a stack trace).
 *
 * @example await main(["assets/sample-kpi.xlsx", "--json", "--as-of", "2026-11-29"]) // 0
 */
export async function main(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  const lang = cliLang(argv, io.env ?? {});
  const t = CLI_MESSAGES[lang];
  const fail = (lines: string[]) => io.stderr(lines.map((l, i) => escapeForTerminal(i === 0 ? `kpi-check: ${l}` : l)).join("\n") + "\n");
  try {
    const request = parseCliArgs(argv, io.today(), lang);
    if (request.kind === "help") {
      io.stdout(formatHelp(request.lang));
      return 0;
    }
    if (request.kind === "version") {
      io.stdout(`kpi-check ${version()}\n`);
      return 0;
    }
    return await run(request, io);
  } catch (e) {
    if (e instanceof UsageError) {
      fail([`${fill(t[e.key], e.params)}${t.helpHint}`]);
    } else if (e instanceof Fatal) {
      fail(e.lines);
    } else {
      if (process.env.KPI_CHECK_DEBUG) io.stderr(`${(e as Error).stack}\n`);
      fail([fill(t.internal, { detail: String((e as Error)?.message ?? e).split("\n")[0] })]);
    }
    return 2;
  }
}
