import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Safari / WKWebView before 16.4 (Excel on older Macs) cannot parse a regex lookbehind: one in any module the
 * pane or the ribbon command loads stops the whole script. No compiler can lower it, so the sources must not
 * use it (class static blocks are lowered by the build's ES2020 target; tests/manifest/build.test.ts scans the
 * built files for both).
 */
const SRC = join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const BROWSER_CODE = sources(SRC).filter((f) => !/[\\/]src[\\/](cli)[\\/]/.test(f));

describe("no regex lookbehind in code that runs in Excel", () => {
  it("has none in any source the pane, the preview or the ribbon command can load", () => {
    expect(BROWSER_CODE.length).toBeGreaterThan(50);
    const found = BROWSER_CODE.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (/\(\?<[=!]/.test(line) ? [`${relative(SRC, file)}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("would catch one (the check itself is not blind)", () => {
    expect(/\(\?<[=!]/.test(String.raw`const re = /(?<![A-Z])NPS/;`)).toBe(true);
  });
});
