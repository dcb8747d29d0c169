import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, readdirSync } from "node:fs";
import { main } from "../../src/cli/main";
import { fileIdentity } from "../../src/cli/_lib/findFileClash";
import { escapeRegExp } from "../../src/core/escapeRegExp";
import { elements, hasClass, startParse5, textOf, type Parse5 } from "../core/html/_support/parse5";
import { CLI_OPTIONS } from "../../src/i18n/cliOptions";
import { withLineChart } from "../xlsx/writeback/_support/withLineChart";

const SAMPLE = join(__dirname, "../../assets/sample-kpi.xlsx");
const FILES = join(__dirname, "../fixtures/files");
let dir: string;

async function runIn(env: Record<string, string>, argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    today: () => "2026-11-29",
    env,
  });
  return { code, stdout, stderr };
}

/** Runs the command as a user with no locale set; `run.withEnv(env)` with those environment variables. */
const run = Object.assign((...argv: string[]) => runIn({}, argv), {
  withEnv: (env: Record<string, string>) => (...argv: string[]) => runIn(env, argv),
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kpi-cli-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  for (let r = 1; r <= 100_000; r++) ws.getCell(r, 1).numFmt = "0.00%";
  ws.getCell(1, 2).value = "メモ";
  await wb.xlsx.writeFile(join(dir, "empty-formatted.xlsx"));
  const noTable = new ExcelJS.Workbook();
  noTable.addWorksheet("売上").addRows([["月", "売上"], ["4月", 100], ["5月", 120]]);
  await noTable.xlsx.writeFile(join(dir, "no-table.xlsx"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let parse5: Parse5;
beforeAll(() => (parse5 = startParse5()));
afterAll(() => parse5.stop());

describe("kpi-check on the sample", () => {
  it("prints the judged table and the findings in Japanese by default, exit 0", async () => {
    const { code, stdout, stderr } = await run(SAMPLE, "--as-of", "2026-11-29");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^KPIチェック {2}sample-kpi\.xlsx ／ シート「KPI」 A1:H25（表形式）/);
    expect(stdout).toContain("2021年度");
    expect(stdout).toMatch(/6 {2}△ 一部達成 {4}代理店事故対応窓口割合の向上/);
    expect(stdout).toContain("集計  KPI 24件： ◯ 達成 4 ／ △ 一部達成 1 ／ × 未達成 9 ／ ― 集計中 0 ／ ! 結果未入力 8 ／ ― 目標なし 2 ／ ? 判定不能 0");
    expect(stdout).toMatch(/警告 +G25 +2021年度 No 6 +目標の「火新種」と結果の「火新」の表記が異なります。/);
  });

  it("speaks English with --lang en", async () => {
    const { stdout } = await run(SAMPLE, "--lang", "en");
    expect(stdout).toContain("Summary  24 KPIs:");
    expect(stdout).toContain("The target says “火新種” where the result says “火新”");
  });

  it("prints only the JSON report with --json", async () => {
    const { code, stdout } = await run(SAMPLE, "--json", "--sheet", "Webサイト貼付");
    const report = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(report).toMatchObject({
      reportVersion: 1,
      source: { file: "sample-kpi.xlsx", sheet: "Webサイト貼付", layout: "blocks" },
      asOf: "2026-11-29",
      fiscalYearStartMonth: 4,
      summary: { kpis: 24 },
    });
    const partial = report.kpis.find((k: { status: string }) => k.status === "partial");
    expect(partial.components).toEqual([
      { label: "自動車", comparator: ">=", target: 85, actual: 80.6, unit: "%", status: "not_met" },
      { label: "火新種", comparator: ">=", target: 70, actual: 72.8, unit: "%", status: "met" },
    ]);
    const f = report.findings.find((x: { code: string }) => x.code === "label-mismatch");
    expect(f).toEqual({
      code: "label-mismatch", severity: "warning", row: partial.row, field: "result", cell: expect.stringMatching(/^[A-Z]+\d+$/),
      sheet: "Webサイト貼付", params: { target: "火新種", result: "火新" }, message: "目標の「火新種」と結果の「火新」の表記が異なります。",
    });
  });

  it("judges against --as-of and --fiscal-year-start", async () => {
    const before = JSON.parse((await run(SAMPLE, "--json", "--as-of", "2025-03-31")).stdout);
    expect(before.summary.byStatus).toMatchObject({ pending: 6, missing_result: 2 });
    const calendar = JSON.parse((await run(SAMPLE, "--json", "--as-of", "2024-12-31", "--fiscal-year-start", "1")).stdout);
    expect(calendar.fiscalYearStartMonth).toBe(1);
    expect(calendar.summary.byStatus).toMatchObject({ pending: 6 });
  });
});

describe("exit status", () => {
  it("is 1 when there are error findings, and the report is still complete", async () => {
    const csv = file("dup.csv", "年度,No,取組項目,目標,結果\n2023年度,1,a,回答数:200件,208件\n2023年度,1,b,対面募集率:75%,60%\n");
    const { code, stdout } = await run(csv, "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary.kpis).toBe(2);
    expect(report.findings.map((f: { code: string }) => f.code)).toContain("duplicate-kpi");
  });

  it("is 1 with a table-not-found finding for a workbook without a KPI table", async () => {
    const { code, stdout } = await run(join(dir, "no-table.xlsx"), "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { code: string }) => f.code)).toEqual(["table-not-found"]);
  });

  it("is 1 with table-not-found for a sheet of 100,000 empty formatted rows, without hanging", async () => {
    const { code, stdout } = await run(join(dir, "empty-formatted.xlsx"), "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings[0].code).toBe("table-not-found");
  }, 60_000);
});

describe("bad input: exit 2 with one clear line on stderr, never a stack trace", () => {
  const cases: [string, () => string, RegExp][] = [
    ["an empty file", () => file("empty.xlsx", ""), /ファイルが空です/],
    ["a corrupt .xlsx", () => join(FILES, "truncated.xlsx"), /Excelのブックとして読み取れません/],
    ["a zip that is not a workbook", () => join(FILES, "not-a-workbook.xlsx"), /Excelのブックとして読み取れません/],
    ["a binary file named .csv", () => file("binary.csv", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0, 1, 2])), /CSVとして読み取れません/],
    ["a password-protected workbook", () => join(FILES, "encrypted.xlsx"), /パスワードで保護されたブック/],
    ["an old .xls", () => join(FILES, "libreoffice-97.xls"), /Excel 97-2003形式/],
    ["a file that does not exist", () => join(dir, "nothing.xlsx"), /^kpi-check: ファイル「.*nothing\.xlsx」がありません。ファイル名とフォルダーを確かめてください。\n$/],
    ["a folder", () => dir, /^kpi-check: 「.*」はフォルダーです。ファイルを指定してください。\n$/],
    ["an unsupported type", () => file("kpi.pdf", "%PDF-1.4"), /対応していないファイル形式/],
  ];
  it.each(cases)("%s", async (_name, path, message) => {
    const { code, stdout, stderr } = await run(path());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^kpi-check: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    // a library's own words only in brackets after the sentence that explains them
    expect(stderr.replace(/（[^（）]*）/g, "")).not.toMatch(/ENOENT|EISDIR|Corrupted zip|Error:/);
  });

  it("names the sheets there are when --sheet names none", async () => {
    const { code, stderr } = await run(SAMPLE, "--sheet", "KPI2");
    expect(code).toBe(2);
    expect(stderr).toBe("kpi-check: シート「KPI2」がありません（あるシート：KPI、Webサイト貼付）。\n");
  });

  it("lists each mistake of a schema file with its JSON path", async () => {
    const schema = file("schema.json", JSON.stringify({ fiscalYear: { startMonth: 13 }, lowerIsBetter: "解約" }));
    const { code, stderr } = await run(SAMPLE, "--schema", schema);
    expect(code).toBe(2);
    expect(stderr.split("\n")).toEqual([
      `kpi-check: スキーマファイル「${schema}」に誤りがあります。`,
      "  $.fiscalYear.startMonth: 12 以下にしてください",
      "  $.lowerIsBetter: 型が違います（array が必要です）",
      "",
    ]);
  });

  it("uses an agency's schema: a start month of October from the file", async () => {
    const schema = file("october.json", JSON.stringify({ fiscalYear: { startMonth: 10 } }));
    const { stdout } = await run(SAMPLE, "--json", "--schema", schema);
    expect(JSON.parse(stdout).fiscalYearStartMonth).toBe(10);
  });

  it.each<[string, string[], string]>([
    ["a bad date", ["--as-of", "yesterday"], "--as-ofには日付をYYYY-MM-DDの形で指定してください（指定された値：yesterday）。"],
    ["an unknown option, named", ["--verbose"], "「--verbose」というオプションはありません。"],
    ["an option without its value", ["--out"], "--outのあとに値を指定してください。"],
    ["--out to a file that is not .xlsx", ["--out", "kpi.csv"], "--outはExcelのブックを書き出します。.xlsxのファイル名を指定してください（指定された値：kpi.csv）。"],
  ])("says what is wrong with %s in one Japanese line pointing to --help, exit 2", async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(SAMPLE, ...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`kpi-check: ${message}使い方はkpi-check --helpで表示できます。\n`);
  });

  it("names a missing schema file as missing, and a schema that is not JSON as such", async () => {
    const missing = await run(SAMPLE, "--schema", join(dir, "none.json"));
    expect(missing.stderr).toBe(`kpi-check: スキーマファイル「${join(dir, "none.json")}」がありません。ファイル名とフォルダーを確かめてください。\n`);
    const broken = await run(SAMPLE, "--schema", file("broken.json", "{ fiscalYear: 4 }"));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^kpi-check: スキーマファイル「.*broken\.json」をJSONとして読み取れません（.+）。\n$/);
  });
});

it("never modifies the input file", async () => {
  const before = readFileSync(SAMPLE);
  await run(SAMPLE, "--json");
  expect(readFileSync(SAMPLE).equals(before)).toBe(true);
});

describe("--out and --html", () => {
  it("write the checked workbook and the disclosure HTML, and say where", async () => {
    const out = join(dir, "out/checked.xlsx");
    const html = join(dir, "out/disclosure.html");
    const { code, stdout } = await run(SAMPLE, "--out", out, "--html", html);
    expect(code).toBe(0);
    expect(stdout).toContain(`書き出しました：${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["KPI", "Webサイト貼付", "開示用", "指摘一覧"]);
    expect(readFileSync(html, "utf8")).toContain('<section class="kpi-year"');
  });

  it.each<[string, string[], string | undefined]>([
    ["the as-of date by default", ["--as-of", "2026-11-29"], "2026年11月29日現在"],
    ["the date of --html-date (the day of publication)", ["--as-of", "2026-06-30", "--html-date", "2026-07-15"], "2026年7月15日現在"],
    ["no line with --html-date none", ["--html-date", "none"], undefined],
  ])("dates the HTML page: %s", async (_, args, line) => {
    const html = join(dir, `dated-${args.join("")}.html`);
    expect((await run(SAMPLE, "--html", html, ...args)).code).toBe(0);
    const parsed = await parse5.parse(readFileSync(html, "utf8"));
    expect(parsed.errors).toEqual([]);
    const dates = elements(parsed.nodes).filter((e) => hasClass(e, "kpi-disclosure__date")).map(textOf);
    expect(dates).toEqual(line === undefined ? [] : [line]);
  });

  it("writes around protection (Review tab) and says what it left out: a protected sheet keeps its cells, a protected structure gets no sheet and stays protected", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    await wb.getWorksheet("KPI")!.protect("", {});
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'));
    const input = file("protected.xlsx", await zip.generateAsync({ type: "uint8array" }));
    const out = join(dir, "out/protected-checked.xlsx");
    const { code, stdout } = await run(input, "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain("保護されているシート（KPI）には達成状況を書き込んでいません。");
    expect(stdout).toContain("ブックの構成が保護されているため、シート（開示用、指摘一覧）を追加していません。");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.map((ws) => ws.name)).toEqual(wb.worksheets.map((ws) => ws.name));
    expect(written.getWorksheet("KPI")!.getRow(1).values).not.toContain("達成状況");
    expect(await (await JSZip.loadAsync(readFileSync(out))).file("xl/workbook.xml")!.async("string")).toContain('<workbookProtection lockStructure="1"/>');
  });

  it("--html-css writes the stylesheet of class mode: a rule for every table part of the class-mode HTML, and says where", async () => {
    const html = join(dir, "class.html");
    const css = join(dir, "class.css");
    const { code, stdout } = await run(SAMPLE, "--html", html, "--html-style", "class", "--html-status", "--html-css", css);
    expect(code).toBe(0);
    expect(stdout).toContain(`書き出しました：${css}`);
    const rules = new Set([...readFileSync(css, "utf8").matchAll(/^\.([a-z_-]+)\{/gm)].map((m) => m[1]));
    const parts = [...readFileSync(html, "utf8").matchAll(/<(?:table|caption|th|td|span) class="([^"]+)"/g)].map((m) => m[1].split(" "));
    expect(parts.length).toBeGreaterThan(100);
    expect(parts.filter((classes) => !classes.some((c) => rules.has(c)))).toEqual([]);
  });

  it.each([
    { options: [], styled: true, status: false },
    { options: ["--html-style", "class"], styled: false, status: false },
    { options: ["--html-status"], styled: true, status: true },
  ])("--html $options: inline styles $styled, public status column $status, never the checker's own words", async ({ options, styled, status }) => {
    const html = join(dir, `styled-${options.join("")}.html`);
    expect((await run(SAMPLE, "--html", html, ...options)).code).toBe(0);
    const text = readFileSync(html, "utf8");
    expect(/ style="/.test(text)).toBe(styled);
    expect(text.includes('class="kpi-status')).toBe(status);
    for (const word of ["結果未入力", "目標なし", "判定不能", "集計中"]) expect(text).not.toContain(word);
  });

  it("says before publishing what would go out wrong: every NSP cell and the missing results of the years written", async () => {
    const { stdout } = await run(SAMPLE, "--html", join(dir, "check.html"), "--years", "2023");
    const check = stdout.slice(stdout.indexOf("公開前の確認"));
    expect(check).toMatch(/^公開前の確認：.*3件あります。/);
    expect(check.split("\n").slice(1, 4).map((l) => l.trim().split(/\s+/)[0])).toEqual(["F11", "G11", "G12"]);
    expect(check).toContain("「NSP」は「NPS」の誤記ではありませんか");
  });

  it("re-checking the written workbook ignores the add-in's own status column", async () => {
    const out = join(dir, "rerun.xlsx");
    await run(SAMPLE, "--out", out);
    const first = JSON.parse((await run(SAMPLE, "--json")).stdout);
    const again = JSON.parse((await run(out, "--json")).stdout);
    expect(again.kpis).toEqual(first.kpis);
    expect(again.findings.map((f: { code: string }) => f.code)).toEqual(first.findings.map((f: { code: string }) => f.code));
  });

  it("turns a .csv into a checked workbook", async () => {
    const csv = file("kpi.csv", "年度,No,取組項目,目標,結果\n2023年度,1,回答数,回答数:200件,208件\n");
    const out = join(dir, "from-csv.xlsx");
    expect((await run(csv, "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("kpi")?.getCell("F1").value).toBe("達成状況");
    expect(wb.getWorksheet("kpi")?.getCell("F2").value).toBe("◯ 達成");
  });

  it("refuses to write over the input file", async () => {
    const { code, stderr } = await run(SAMPLE, "--out", SAMPLE);
    expect(code).toBe(2);
    expect(stderr).toBe("kpi-check: --outに入力ファイル自身は指定できません（入力ファイルは変更しません）。\n");
  });

  it.each(["--out", "--html", "--html-css", "--next-year"])("refuses %s naming the input file, and leaves the input as it was", async (option) => {
    const input = file(`same${option}.xlsx`, readFileSync(SAMPLE));
    const { code, stderr } = await run(input, option, input);
    expect(code).toBe(2);
    expect(stderr).toBe(`kpi-check: ${option}に入力ファイル自身は指定できません（入力ファイルは変更しません）。\n`);
    expect(readFileSync(input).equals(readFileSync(SAMPLE))).toBe(true);
  });

  it.each<[string, (d: string) => string[], string]>([
    ["--out and --html", (d) => ["--out", join(d, "x.xlsx"), "--html", join(d, "x.xlsx")], "--outと--htmlに同じファイル「{d}/x.xlsx」が指定されています。"],
    ["--html and --html-css, spelt differently", (d) => ["--html", join(d, "p.html"), "--html-css", `${d}/sub/../p.html`], "--htmlと--html-cssに同じファイル「{d}/sub/../p.html」が指定されています。"],
    ["--out and --next-year", (d) => ["--out", join(d, "x.xlsx"), "--next-year", join(d, "x.xlsx")], "--outと--next-yearに同じファイル「{d}/x.xlsx」が指定されています。"],
    ["--schema and --html", (d) => ["--schema", join(d, "schema.json"), "--html", join(d, "schema.json")], "--schemaと--htmlに同じファイル「{d}/schema.json」が指定されています。"],
    ["--html through a symbolic link to the input", (d) => ["--html", join(d, "link.xlsx")], "--htmlに入力ファイル自身は指定できません（入力ファイルは変更しません）。"],
  ])("refuses %s naming one file before writing anything, exit 2", async (_, args, message) => {
    const d = mkdtempSync(join(dir, "clash-"));
    const input = file(`${basename(d)}.xlsx`, readFileSync(SAMPLE));
    symlinkSync(input, join(d, "link.xlsx"));
    writeFileSync(join(d, "schema.json"), "{}");
    const before = readdirSync(d).sort();
    const { code, stdout, stderr } = await run(input, ...args(d));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toMatch(new RegExp(`^kpi-check: ${escapeRegExp(message.replace("{d}", d))}`));
    expect(readdirSync(d).sort()).toEqual(before);
    expect(readFileSync(join(d, "schema.json"), "utf8")).toBe("{}");
    expect(readFileSync(input).equals(readFileSync(SAMPLE))).toBe(true);
  });

  it("refuses an output that standard output is redirected to (--json > r.json --html r.json), in English too", async () => {
    const report = file("r.json", "");
    let stdout = "";
    let stderr = "";
    const code = await main([SAMPLE, "--json", "--lang", "en", "--html", report], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      today: () => "2026-11-29",
      stdoutFile: () => fileIdentity(report),
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`kpi-check: --html names “${report}”, the file the standard output goes to. Name another file (nothing was written).\n`);
  });

  it("writes --out and --html of different names in one run as before", async () => {
    const d = mkdtempSync(join(dir, "apart-"));
    const { code } = await run(SAMPLE, "--out", join(d, "x.xlsx"), "--html", join(d, "x.html"), "--html-css", join(d, "x.css"));
    expect(code).toBe(0);
    expect(readdirSync(d).sort()).toEqual(["x.css", "x.html", "x.xlsx"]);
  });

  it("refuses a workbook whose macros the copy would lose, and leaves no file behind, the HTML and CSS asked with it neither", async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const xlsm = file("macro.xlsm", await zip.generateAsync({ type: "uint8array" }));
    const outDir = join(dir, "refused");
    const { code, stderr } = await run(xlsm, "--html", join(outDir, "x.html"), "--html-css", join(outDir, "x.css"), "--out", join(outDir, "x.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toBe("kpi-check: このブックには書き出すと失われる部分（マクロ（VBA）（xl/vbaProject.bin））があるため、--outでは書き出しません。\n");
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});

describe("help and version", () => {
  it.each([["--help"], ["-h"]])("%s prints the usage with every option explained, in Japanese, exit 0", async (flag) => {
    const { code, stdout, stderr } = await run(flag);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^使い方：kpi-check FILE \[オプション\]\n/);
    for (const o of CLI_OPTIONS) expect(stdout).toMatch(new RegExp(`--${o.name}\\b`));
    expect(stdout).toContain("終了コード：");
  });

  it.each<[string, string[], Record<string, string>]>([
    ["--lang en", ["--help", "--lang", "en"], {}],
    ["LANG=en_US.UTF-8", ["--help"], { LANG: "en_US.UTF-8" }],
  ])("speaks English with %s", async (_name, argv, env) => {
    const { code, stdout } = await run.withEnv(env)(...argv);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: kpi-check FILE \[options\]\n/);
    expect(stdout).not.toMatch(/[\u3040-\u30ff]/);
  });

  it("--version prints the version of package.json, exit 0", async () => {
    const { code, stdout } = await run("--version");
    expect(code).toBe(0);
    expect(stdout).toBe(`kpi-check ${JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")).version}\n`);
  });

  it("LANG=en* turns every message English, mistakes included", async () => {
    const { code, stderr } = await run.withEnv({ LANG: "en_GB.UTF-8" })(join(dir, "nothing.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toBe(`kpi-check: The file “${join(dir, "nothing.xlsx")}” does not exist. Check the file name and folder.\n`);
    expect((await run.withEnv({ LANG: "en_GB.UTF-8" })("--verbose")).stderr).toBe(
      "kpi-check: There is no option “--verbose”. See kpi-check --help for the usage.\n",
    );
  });
});

describe("--years", () => {
  it("is an error naming the years the sheet has when a listed year is not in the sheet, and writes nothing", async () => {
    const html = join(dir, "years/none.html");
    const { code, stdout, stderr } = await run(SAMPLE, "--years", "2019", "--html", html);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("kpi-check: --yearsの2019年度はシートにありません。シートにある年度（2021、2022、2023、2024）から指定してください。\n");
    expect(existsSync(html)).toBe(false);
  });

  it("names only the missing years when some are in the sheet", async () => {
    const { code, stderr } = await run(SAMPLE, "--years", "2023,2032", "--lang", "en");
    expect(code).toBe(2);
    expect(stderr).toBe("kpi-check: --years: the sheet has no fiscal year 2032. Choose from the years it has (2021, 2022, 2023, 2024).\n");
  });

  it("puts only the listed years in the HTML when the sheet has them", async () => {
    const html = join(dir, "years/2023.html");
    expect((await run(SAMPLE, "--years", "2023", "--html", html)).code).toBe(0);
    const text = readFileSync(html, "utf8");
    expect(text).toContain("2023");
    expect(text).not.toContain("2021年度");
  });
});

describe("the terminal is not the workbook's to control", () => {
  const OSC_TITLE = "\u001b]0;pwned\u0007";
  const RED = "\u001b[31m";
  const hostile = () =>
    file(
      "hostile.csv",
      `年度,No,取組項目,目標,結果\n2023年度,1,${OSC_TITLE}お客さまの声,回答数:200件${RED},208件\u202e逆順\u009b2J\n`,
    );
  // every character a terminal acts on, but the summary's own line breaks
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it("shows control characters of cells in the summary as visible escapes", async () => {
    const { stdout } = await run(hostile());
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain("\\x1B]0;pwned\\x07お客さまの声");
    expect(stdout).toContain("回答数:200件\\x1B[31m → 208件\\u202E逆順\\x9B2J");
  });

  it("keeps --json exact: the same strings after JSON.parse, with no raw control character in the text", async () => {
    const { stdout } = await run(hostile(), "--json");
    expect(stdout).not.toMatch(CONTROL);
    const kpi = JSON.parse(stdout).kpis[0];
    expect(kpi.title).toBe(`${OSC_TITLE}お客さまの声`);
    expect(kpi.target).toBe(`回答数:200件${RED}`);
    expect(kpi.result).toBe("208件\u202e逆順\u009b2J");
  });

  it("escapes a sheet name quoted in an error", async () => {
    const { stderr } = await run(SAMPLE, "--sheet", `${RED}KPI`);
    expect(stderr).not.toMatch(CONTROL);
    expect(stderr).toContain("シート「\\x1B[31mKPI」がありません");
  });
});

describe("--trend-sheet with --out: the 推移 sheet, without charts, said in one line", () => {
  it("adds the 推移 sheet and says that --out writes its tables only", async () => {
    const out = join(dir, "trend.xlsx");
    const { code, stdout } = await run(SAMPLE, "--out", out, "--trend-sheet");
    expect(code).toBe(0);
    expect(stdout).toContain("「推移」シートは表だけです（--outではグラフを書き出せません。グラフはExcelのアドインで作れます）。\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("推移")?.getCell("A1").value).toBe("KPIの推移");
  });

  it("on a copy whose 推移 sheet holds a chart drawn in Excel: written anew, the chart counted as dropped", async () => {
    const first = join(dir, "trend-first.xlsx");
    await run(SAMPLE, "--out", first, "--trend-sheet");
    const withChart = file("trend-chart.xlsx", await withLineChart(readFileSync(first), "推移", { title: "回答数", categories: "$A$6:$A$8", values: "$C$6:$C$8" }));
    const { code, stdout } = await run.withEnv({ LANG: "en_US.UTF-8" })(withChart, "--out", join(dir, "trend-second.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toContain("The “Trend” sheet was written anew, without the 1 chart(s) Excel had drawn on it (the Excel add-in draws them again when it checks).\n");
  });
});
