import { linkSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileIdentity, findFileClash, type NamedFile } from "../../../src/cli/_lib/findFileClash";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-clash-"));
  writeFileSync(join(dir, "kpi.xlsx"), "x");
  linkSync(join(dir, "kpi.xlsx"), join(dir, "hard.xlsx"));
  symlinkSync(join(dir, "kpi.xlsx"), join(dir, "soft.xlsx"));
  mkdirSync(join(dir, "real"));
  symlinkSync(join(dir, "real"), join(dir, "alias"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = (path: string): NamedFile => ({ option: "FILE", path, writes: false });
const output = (option: string, path: string): NamedFile => ({ option, path, writes: true });

describe("findFileClash: files of one run that are one file on disk, one of them written", () => {
  it.each<[string, (d: string) => NamedFile[], { option: string; other: string } | undefined]>([
    ["different outputs", (d) => [input(join(d, "kpi.xlsx")), output("--out", join(d, "o.xlsx")), output("--html", join(d, "o.html"))], undefined],
    ["two outputs of one name, not yet written", (d) => [output("--out", join(d, "o.xlsx")), output("--html", join(d, "o.xlsx"))], { option: "--html", other: "--out" }],
    ["two spellings of one path", (d) => [output("--html", join(d, "p.html")), output("--html-css", `${d}/real/../p.html`)], { option: "--html-css", other: "--html" }],
    ["a folder reached through a link", (d) => [output("--html", join(d, "real", "p.html")), output("--html-css", join(d, "alias", "p.html"))], { option: "--html-css", other: "--html" }],
    ["an output that is a hard link of the input", (d) => [input(join(d, "kpi.xlsx")), output("--out", join(d, "hard.xlsx"))], { option: "--out", other: "FILE" }],
    ["an output that is a symbolic link to the input", (d) => [input(join(d, "kpi.xlsx")), output("--html", join(d, "soft.xlsx"))], { option: "--html", other: "FILE" }],
    ["two files only read (the schema is the input)", (d) => [input(join(d, "kpi.xlsx")), { option: "--schema", path: join(d, "kpi.xlsx"), writes: false }], undefined],
  ])("%s", (_, files, expected) => {
    const clash = findFileClash(files(dir));
    expect(clash === undefined ? undefined : { option: clash.option, other: clash.other }).toEqual(expected);
  });

  it("names an output that standard output is redirected to", () => {
    const report = join(dir, "r.json");
    writeFileSync(report, "");
    expect(findFileClash([output("--html", report)], { option: "stdout", identity: fileIdentity(report) })).toEqual({ option: "--html", other: "stdout", path: report });
    expect(findFileClash([output("--html", join(dir, "x.html"))], { option: "stdout", identity: fileIdentity(report) })).toBeUndefined();
  });
});
