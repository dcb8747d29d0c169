/**
 * Bad input never gives a stack trace: each kind of unreadable file is an `InputError` with a code (and params),
 * which src/i18n/inputErrors.ts turns into one line of Japanese or English. Fixtures: tests/fixtures/files/, made
 * by scripts/make-bad-fixtures.ts (see there how each was made).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { INPUT_ERROR_MESSAGES, inputErrorMessage } from "../../src/i18n/inputErrors";
import { InputError, isInputError, type InputErrorCode } from "../../src/core/InputError";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";

const FILES = join(__dirname, "../fixtures/files");
const fixture = (name: string): Uint8Array => readFileSync(join(FILES, name));
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const SAMPLE = readFileSync(join(__dirname, "../../assets/sample-kpi.xlsx"));

async function errorOf(input: Uint8Array, fileName: string): Promise<InputError> {
  try {
    await readWorkbookBytes(input, fileName);
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  throw new Error(`${fileName} was read without an error`);
}

describe("each bad input is an InputError with its code", () => {
  it.each<[string, InputErrorCode, string, () => Uint8Array]>([
    ["an empty .xlsx (0 bytes)", "empty", "kpi.xlsx", () => bytes()],
    ["an empty .csv (0 bytes)", "empty", "kpi.csv", () => bytes()],
    ["a text file named .xlsx (not a zip)", "corrupt", "kpi.xlsx", () => utf8("年度,No\n2023年度,1\n")],
    ["an HTML table saved as .xls by a web system", "corrupt", "kpi.xls", () => utf8("<html><table><tr><td>年度</td></tr></table></html>")],
    ["a zip that holds no workbook (a Word document)", "corrupt", "kpi.xlsx", () => fixture("not-a-workbook.xlsx")],
    ["a zip whose workbook part is broken XML", "corrupt", "kpi.xlsx", () => fixture("broken-xml.xlsx")],
    ["a truncated download", "corrupt", "kpi.xlsx", () => fixture("truncated.xlsx")],
    ["a password-protected workbook", "encrypted", "kpi.xlsx", () => fixture("encrypted.xlsx")],
    ["an Excel 97-2003 workbook", "legacy-xls", "kpi.xls", () => fixture("legacy.xls")],
    ["an Excel 97-2003 workbook renamed .xlsx", "legacy-xls", "kpi.xlsx", () => fixture("legacy.xls")],
    ["an Excel 97 file written by LibreOffice", "legacy-xls", "kpi.xls", () => fixture("libreoffice-97.xls")],
    ["a .csv with NUL bytes", "binary-csv", "kpi.csv", () => utf8("年度,No\n\u0000\u0000\n")],
    ["an .xlsx renamed .csv", "binary-csv", "kpi.csv", () => SAMPLE],
    ["a .csv in neither UTF-8 nor Shift_JIS", "binary-csv", "kpi.csv", () => bytes(0x4e, 0x6f, 0x2c, 0xff, 0xfe, 0xfd, 0x0a)],
    ["a .csv with an unclosed quote", "malformed-csv", "kpi.csv", () => utf8('年度,No,取組項目\n2023年度,1,"お客様アンケート\n')],
    ["a PDF", "unsupported-type", "kpi.pdf", () => utf8("%PDF-1.7")],
    ["a Numbers file", "unsupported-type", "kpi.numbers", () => SAMPLE],
    ["a file without extension", "unsupported-type", "kpi", () => SAMPLE],
  ])("%s → %s", async (_name, code, fileName, input) => {
    const err = await errorOf(input(), fileName);
    expect(err).toBeInstanceOf(InputError);
    expect(err.code).toBe(code);
  });
});

describe("params say what went wrong", () => {
  it("a zip without a workbook says so", async () => {
    expect((await errorOf(fixture("not-a-workbook.xlsx"), "kpi.xlsx")).params).toEqual({ detail: "no worksheets" });
  });

  it("a zip exceljs fails on keeps exceljs's reason", async () => {
    expect((await errorOf(fixture("truncated.xlsx"), "kpi.xlsx")).params.detail).toMatch(/zip/i);
    expect((await errorOf(fixture("broken-xml.xlsx"), "kpi.xlsx")).params.detail).toMatch(/attribute/i);
  });

  it("an unclosed quote gives its line", async () => {
    const err = await errorOf(utf8('年度,No\n2023年度,1\n2022年度,"1\n'), "kpi.csv");
    expect(err.params).toEqual({ line: 3, detail: "CSV_QUOTE_NOT_CLOSED" });
  });

  it("an unsupported type gives the extension", async () => {
    expect((await errorOf(SAMPLE, "KPI.PDF")).params).toEqual({ extension: ".pdf" });
  });
});

describe("readWorkbookBytes dispatches by extension", () => {
  it.each([
    ["sample-kpi.xlsx", ["KPI", "Webサイト貼付"]],
    ["SAMPLE-KPI.XLSX", ["KPI", "Webサイト貼付"]],
    ["sample-kpi.xlsm", ["KPI", "Webサイト貼付"]],
  ])("%s is read as a workbook", async (fileName, sheetNames) => {
    expect((await readWorkbookBytes(SAMPLE, fileName)).map((s) => s.sheetName)).toEqual(sheetNames);
  });

  it.each([
    ["kpi.csv", "kpi"],
    ["C:\\Users\\tanaka\\Desktop\\2024年度KPI.csv", "2024年度KPI"],
    ["exports/kpi.v2.TXT", "kpi.v2"],
    ["お客さま本位の業務運営方針と重要業績評価指数_KPI一覧_2024年度版.tsv", "お客さま本位の業務運営方針と重要業績評価指数_KPI一覧_20"],
  ])("%s is read as CSV into one sheet named %s (the file's name, at most 31 characters, as Excel names it)", async (fileName, sheetName) => {
    const sheets = await readWorkbookBytes(utf8("年度,No\n2023年度,1\n"), fileName);
    expect(sheets.map((s) => s.sheetName)).toEqual([sheetName]);
  });
});

describe("messages", () => {
  const codes = Object.keys(INPUT_ERROR_MESSAGES.ja) as InputErrorCode[];
  const params = { detail: "Corrupted zip", line: 3, extension: ".pdf", size: 2048, limit: 300, count: 9999, sheet: "KPI", range: "A1:XFD1048576" };

  it("exist for the same codes in Japanese and English", () => {
    expect(Object.keys(INPUT_ERROR_MESSAGES.en).sort()).toEqual([...codes].sort());
  });

  it.each(codes.flatMap((code) => (["ja", "en"] as const).map((lang) => [code, lang] as const)))(
    "%s in %s is one line with its params filled in",
    (code, lang) => {
      const text = inputErrorMessage(new InputError(code, params), lang);
      expect(text).not.toMatch(/[{}\n]/);
      for (const name of INPUT_ERROR_MESSAGES[lang][code].match(/\{(\w+)\}/g) ?? []) {
        expect(text).toContain(String(params[name.slice(1, -1) as keyof typeof params]));
      }
    },
  );

  it("are Japanese by default", () => {
    expect(inputErrorMessage(new InputError("encrypted"))).toBe(INPUT_ERROR_MESSAGES.ja.encrypted);
  });

  it.each([
    ["ja", "対応していないファイル形式です（.pdf）。.xlsx、.xlsm、.csvのファイルを指定してください。"],
    ["en", "Unsupported file type (.pdf). Choose an .xlsx, .xlsm or .csv file."],
  ] as const)("interpolate params (%s)", (lang, text) => {
    expect(inputErrorMessage(new InputError("unsupported-type", { extension: ".pdf" }), lang)).toBe(text);
  });

  it.each([
    ["ja", "Excelのブックとして読み取れません。ファイルが壊れているか、.xlsx形式ではありません。"],
    ["en", "The file cannot be read as an Excel workbook: it is damaged or not an .xlsx file."],
  ] as const)("leave out a bracketed part whose param is missing (%s)", (lang, text) => {
    expect(inputErrorMessage(new InputError("corrupt"), lang)).toBe(text);
  });
});
