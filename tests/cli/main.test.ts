import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, readdirSync } from "node:fs";
import { main } from "../../src/cli/main";

const SAMPLE = join(__dirname, "../../assets/sample-kpi.xlsx");
const FILES = join(__dirname, "../fixtures/files");
let dir: string;

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    today: () => "2026-11-29",
  });
  return { code, stdout, stderr };
}

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

describe("kpi-check on the sample", () => {
  it("prints the judged table and the findings in Japanese by default, exit 0", async () => {
    const { code, stdout, stderr } = await run(SAMPLE, "--as-of", "2026-11-29");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^KPIチェック {2}sample-kpi\.xlsx ／ シート「KPI」 A1:H25（表形式）/);
    expect(stdout).toContain("2021年度");
    expect(stdout).toMatch(/6 {2}△ 一部達成 {4}代理店事故対応窓口割合の向上/);
    expect(stdout).toContain("集計  KPI 24件： ◯ 達成 4 ／ △ 一部達成 1 ／ × 未達成 9 ／ ― 集計中 0 ／ ! 結果未入力 8 ／ ― 目標なし 2 ／ ? 判定不能 0");
    expect(stdout).toMatch(/警告 +G25 +2021年度 No 6 +目標の「火新種」と結果の「火新」の表記が異なります/);
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
      params: { target: "火新種", result: "火新" }, message: "目標の「火新種」と結果の「火新」の表記が異なります",
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
    ["a corrupt .xlsx", () => join(FILES, "truncated.xlsx"), /Excel ブックとして読めません/],
    ["a zip that is not a workbook", () => join(FILES, "not-a-workbook.xlsx"), /Excel ブックとして読めません/],
    ["a binary file named .csv", () => file("binary.csv", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0, 1, 2])), /CSV として読めません/],
    ["a password-protected workbook", () => join(FILES, "encrypted.xlsx"), /パスワードで保護されたブック/],
    ["an old .xls", () => join(FILES, "libreoffice-97.xls"), /Excel 97-2003 形式/],
    ["a file that does not exist", () => join(dir, "nothing.xlsx"), /ファイルを読めません: .*ENOENT/],
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
  });

  it("names the sheets there are when --sheet names none", async () => {
    const { code, stderr } = await run(SAMPLE, "--sheet", "KPI2");
    expect(code).toBe(2);
    expect(stderr).toBe("kpi-check: シート「KPI2」がありません（あるシート: KPI, Webサイト貼付）\n");
  });

  it("lists each mistake of a schema file with its JSON path", async () => {
    const schema = file("schema.json", JSON.stringify({ fiscalYear: { startMonth: 13 }, lowerIsBetter: "解約" }));
    const { code, stderr } = await run(SAMPLE, "--schema", schema);
    expect(code).toBe(2);
    expect(stderr.split("\n")).toEqual([
      `kpi-check: スキーマファイルに誤りがあります: ${schema}`,
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

  it("prints the usage after a usage mistake", async () => {
    const { code, stderr } = await run(SAMPLE, "--as-of", "yesterday");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kpi-check: --as-of は YYYY-MM-DD 形式の日付で指定してください: yesterday\n使い方: kpi-check FILE/);
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
    expect(stdout).toContain(`書き出しました: ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["KPI", "Webサイト貼付", "開示用", "検証結果"]);
    expect(readFileSync(html, "utf8")).toContain('<section class="kpi-year"');
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
    expect(stderr).toBe("kpi-check: --out に入力ファイル自身は指定できません（入力ファイルは変更しません）\n");
  });

  it("refuses a workbook whose macros the copy would lose, and leaves no file behind", async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const xlsm = file("macro.xlsm", await zip.generateAsync({ type: "uint8array" }));
    const outDir = join(dir, "refused");
    const { code, stderr } = await run(xlsm, "--out", join(outDir, "x.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toBe("kpi-check: このブックには書き出すと失われる部分があるため、--out では書き出しません: マクロ (VBA)（xl/vbaProject.bin）\n");
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});
