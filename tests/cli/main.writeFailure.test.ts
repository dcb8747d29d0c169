/**
 * An output the disk refuses: one line naming the file and what to do, exit 2, never a stack trace. The commonest
 * case at an agency is Windows refusing to replace the copy written last time while it is still open in Excel
 * (`rename` over an open file: EPERM, or EBUSY for a sharing violation), which is no matter of permission.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import * as atomic from "../../src/cli/writeFileAtomic";
import type { Lang } from "../../src/i18n/Lang";

const SAMPLE = join(__dirname, "../../assets/sample-kpi.xlsx");

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "kpi-cli-write-"))));
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), today: () => "2026-11-29", env: {} });
  return { code, stdout, stderr };
}

/** Writes as the CLI does, except that the file named `refused` fails with Node's error `code`. */
function refuseWriting(refused: string, code: string): void {
  const real = atomic.writeFileAtomic;
  jest.spyOn(atomic, "writeFileAtomic").mockImplementation((path, data) =>
    path === refused ? Promise.reject(Object.assign(new Error(`${code}: operation not permitted, rename`), { code })) : real(path, data),
  );
}

describe("an output the disk refuses", () => {
  it.each<[string, Lang, RegExp]>([
    ["EPERM", "ja", /^kpi-check: ファイル「.+checked\.xlsx」を書き出せません。Excelなどで開いているときは閉じてから、もう一度実行してください。開いていないときは、書き出す権限があるか確認してください。\n$/],
    ["EBUSY", "ja", /^kpi-check: ファイル「.+checked\.xlsx」を書き出せません。Excelなどで開いているときは閉じてから、/],
    ["EPERM", "en", /^kpi-check: The file “.+checked\.xlsx” cannot be written\. If it is open \(in Excel, for instance\), close it, then run again; if not, check that you may write it\.\n$/],
    ["EBUSY", "en", /^kpi-check: The file “.+checked\.xlsx” cannot be written\. If it is open/],
  ])("%s (%s): says the file may be open in Excel, as well as without permission; exit 2", async (code, lang, message) => {
    const out = join(dir, "checked.xlsx");
    refuseWriting(out, code);
    const r = await run([SAMPLE, "--as-of", "2026-11-29", "--out", out, "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("a folder where the file should go is named as such (EISDIR, nothing mocked)", async () => {
    const out = join(dir, "checked.xlsx");
    mkdirSync(out);
    const r = await run([SAMPLE, "--as-of", "2026-11-29", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kpi-check: 「${out}」はフォルダーです。書き出すファイルの名前を指定してください。\n`);
  });

  it("a later output refused by the disk leaves the earlier one whole, as docs/cli.md says", async () => {
    const html = join(dir, "kpi.html");
    const out = join(dir, "checked.xlsx");
    refuseWriting(out, "EBUSY");
    const r = await run([SAMPLE, "--as-of", "2026-11-29", "--html", html, "--out", out]);
    expect(r.code).toBe(2);
    expect(readFileSync(html, "utf8")).toMatch(/^<div class="kpi-disclosure"[\s\S]*<\/div>\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
