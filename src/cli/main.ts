import { readFile, stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { BUILT_IN_SCHEMA, type KpiSchema } from "../core/KpiSchema";
import type { SheetSnapshot } from "../core/SheetSnapshot";
import type { CheckResult } from "../core/CheckResult";
import { checkSheet } from "../core/checkSheet";
import { renderDisclosureHtml } from "../core/html/renderDisclosureHtml";
import { readKpiTable } from "../core/layout/readKpiTable";
import { buildReport } from "../core/report/buildReport";
import { parseKpiSchema } from "../core/schema/parseKpiSchema";
import { CLI_MESSAGES, fill, type CliMessages } from "../i18n/cliMessages";
import { inputErrorMessage } from "../i18n/inputErrors";
import type { Lang } from "../i18n/Lang";
import { renderFinding } from "../i18n/renderFinding";
import { renderSchemaError } from "../i18n/renderSchemaError";
import { writebackLabels } from "../i18n/writeback";
import { InputError } from "../core/InputError";
import { checkFileSize } from "../xlsx/checkFileSize";
import { readDefinedNames } from "../xlsx/readDefinedNames";
import { readWorkbookBytes } from "../xlsx/readWorkbookBytes";
import { workbookFromSnapshot } from "../xlsx/workbookFromSnapshot";
import { WorkbookWriteError, writeCheckedWorkbook } from "../xlsx/writeCheckedWorkbook";
import { formatSummary } from "./formatSummary";
import { parseCliArgs, UsageError, type CliOptions } from "./parseCliArgs";
import { writeFileAtomic } from "./writeFileAtomic";

/** A failure that ends the run with exit status 2 and the given lines on stderr. */
class Fatal extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0]);
  }
}

/** Where the command writes; the real process streams unless a test passes its own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Today as `YYYY-MM-DD` (the default as-of date). */
  today: () => string;
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const PROCESS_IO: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  today: localToday,
};

function guessLang(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  return argv[i + 1] === "en" || argv.includes("--lang=en") ? "en" : "ja";
}

async function loadSchema(file: string, t: CliMessages, lang: Lang): Promise<KpiSchema> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new Fatal([fill(t.schemaUnreadable, { file, detail: (e as Error).message.split("\n")[0] })]);
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
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new Fatal([fill(t.cannotRead, { file, detail: code })]);
  }
  try {
    return { bytes, sheets: await readWorkbookBytes(bytes, basename(file)) };
  } catch (e) {
    if (e instanceof InputError) throw new Fatal([inputErrorMessage(e, lang)]);
    throw e;
  }
}

function pickSheet(sheets: SheetSnapshot[], opts: CliOptions, schema: KpiSchema, t: CliMessages): SheetSnapshot {
  if (opts.sheet !== undefined) {
    const found = sheets.find((s) => s.sheetName === opts.sheet);
    if (!found) {
      throw new Fatal([fill(t.noSuchSheet, { sheet: opts.sheet, sheets: sheets.map((s) => s.sheetName).join(", ") })]);
    }
    return found;
  }
  return sheets.find((s) => readKpiTable(s, schema).layout !== null) ?? sheets[0];
}

async function writeOutputs(
  opts: CliOptions,
  input: Uint8Array,
  sheet: SheetSnapshot,
  result: CheckResult,
): Promise<string[]> {
  const t = CLI_MESSAGES[opts.lang];
  const written: string[] = [];
  const write = async (file: string, data: () => Promise<Uint8Array | string>) => {
    let bytes: Uint8Array | string;
    try {
      bytes = await data();
    } catch (e) {
      if (e instanceof WorkbookWriteError) {
        const kinds = [...new Set(e.parts.map((p) => t.partKinds[p.kind]))];
        throw new Fatal([fill(t.droppedParts, { parts: `${kinds.join("、")}（${e.parts.map((p) => p.path).join(", ")}）` })]);
      }
      throw e;
    }
    try {
      await writeFileAtomic(file, bytes);
    } catch (e) {
      throw new Fatal([fill(t.cannotWrite, { file, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message })]);
    }
    written.push(fill(t.wrote, { file }));
  };
  if (opts.html !== undefined) {
    await write(opts.html, async () => renderDisclosureHtml(result.kpis, { labels: writebackLabels(opts.lang), years: opts.years }));
  }
  if (opts.out !== undefined) {
    const isXlsx = /^\.xl[st][xm]$/i.test(extname(opts.file));
    const workbook = isXlsx ? input : await workbookFromSnapshot(sheet);
    await write(opts.out, () =>
      writeCheckedWorkbook(workbook, result, { labels: writebackLabels(opts.lang), years: opts.years, findingsSheet: true }),
    );
  }
  return written;
}

async function run(opts: CliOptions, io: CliIo): Promise<number> {
  const t = CLI_MESSAGES[opts.lang];
  for (const [option, path] of [["--out", opts.out], ["--html", opts.html]] as const) {
    if (path !== undefined && resolve(path) === resolve(opts.file)) throw new Fatal([fill(t.sameAsInput, { option })]);
  }
  const schema = opts.schema ? await loadSchema(opts.schema, t, opts.lang) : BUILT_IN_SCHEMA;
  const { bytes, sheets } = await readSheets(opts.file, t, opts.lang);
  const sheet = pickSheet(sheets, opts, schema, t);
  const definedNames = await readDefinedNames(bytes);
  const result = checkSheet(sheet, { asOf: opts.asOf, fiscalYearStartMonth: opts.fiscalYearStart, schema, definedNames });
  const message = (f: Parameters<typeof renderFinding>[0]) => renderFinding(f, opts.lang);
  const written = await writeOutputs(opts, bytes, sheet, result);
  if (opts.json) {
    io.stdout(JSON.stringify(buildReport(result, basename(opts.file), message), null, 2) + "\n");
  } else {
    io.stdout(formatSummary(result, basename(opts.file), opts.lang, message));
    if (written.length > 0) io.stdout(`\n${written.join("\n")}\n`);
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
  const lang = guessLang(argv);
  const t = CLI_MESSAGES[lang];
  try {
    return await run(parseCliArgs(argv, io.today()), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kpi-check: ${fill(t[e.key], e.params)}\n${t.usage}\n`);
    } else if (e instanceof Fatal) {
      io.stderr(e.lines.map((l, i) => (i === 0 ? `kpi-check: ${l}` : l)).join("\n") + "\n");
    } else {
      if (process.env.KPI_CHECK_DEBUG) io.stderr(`${(e as Error).stack}\n`);
      io.stderr(`kpi-check: ${fill(t.internal, { detail: String((e as Error)?.message ?? e).split("\n")[0] })}\n`);
    }
    return 2;
  }
}
