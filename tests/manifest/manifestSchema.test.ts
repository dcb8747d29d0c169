import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateManifest } from "../../scripts/validate-manifest";

/**
 * manifest.xml against the Office add-in manifest XML schemas kept in schemas/office-manifest/ (offline, with
 * xmllint-wasm — no system xmllint, no network, nothing outside the repository), as `npm run validate` does.
 */
const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-manifest-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function variant(name: string, edit: (xml: string) => string): string {
  const edited = edit(MANIFEST);
  expect(edited).not.toBe(MANIFEST);
  const path = join(dir, name);
  writeFileSync(path, edited);
  return path;
}

describe("manifest.xml and the add-in manifest schema", () => {
  it("validates", async () => {
    expect(await validateManifest(join(ROOT, "manifest.xml"))).toEqual({ valid: true, errors: [] });
  });

  it.each<[string, (xml: string) => string, RegExp]>([
    ["an element the schema does not know", (x) => x.replace(/<Permissions>(.*?)<\/Permissions>/, "<Permission>$1</Permission>"), /Permission'.*not expected/],
    ["a permission outside the enumeration", (x) => x.replace(/<Permissions>.*?<\/Permissions>/, "<Permissions>Everything</Permissions>"), /Everything/],
    ["an Id that is not a GUID", (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>kpi-check</Id>"), /kpi-check/],
  ])("rejects %s, naming the line", async (name, edit, message) => {
    const { valid, errors } = await validateManifest(variant(`${name.replace(/\W+/g, "-")}.xml`, edit));
    expect(valid).toBe(false);
    expect(errors.join("\n")).toMatch(message);
    expect(errors[0]).toMatch(/\.xml:\d+: /);
  });
});
