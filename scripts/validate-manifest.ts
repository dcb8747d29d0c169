/**
 * `npm run validate`: checks manifest.xml against the Office add-in manifest XML schemas kept in
 * schemas/office-manifest/ (see the README there), offline, with xmllint-wasm (libxml2 compiled to WebAssembly:
 * no system package needed). Prints `manifest.xml validates` and exits 0, or each schema error with its line and
 * exits 1.
 *
 *   npm run validate [-- path/to/manifest.xml]
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = join(__dirname, "..");
/** The folder of the schema files; the main schema imports the others by file name. */
export const MANIFEST_SCHEMA_DIR = join(ROOT, "schemas", "office-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The outcome of one validation: `errors` are xmllint's lines (`file:line: message`), empty when valid. */
export interface ManifestValidation {
  valid: boolean;
  errors: string[];
}

/**
 * Validates a manifest file against the add-in manifest schema in schemas/office-manifest/.
 *
 * @example (await validateManifest("manifest.xml")).valid // true
 */
export async function validateManifest(manifestPath: string): Promise<ManifestValidation> {
  const schemas = readdirSync(MANIFEST_SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(MANIFEST_SCHEMA_DIR, name), "utf8") });
  const result = await validateXML({
    xml: { fileName: basename(manifestPath), contents: readFileSync(manifestPath, "utf8") },
    schema: file(MAIN_SCHEMA),
    preload: schemas.filter((f) => f !== MAIN_SCHEMA).map(file),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

if (require.main === module) {
  const manifest = process.argv[2] ?? join(ROOT, "manifest.xml");
  validateManifest(manifest).then(
    ({ valid, errors }) => {
        const name = process.argv[2] ?? "manifest.xml";
      if (valid) {
        console.log(`${name} validates against schemas/office-manifest/${MAIN_SCHEMA}`);
      } else {
        console.error(`${name} does not validate:\n${errors.join("\n")}`);
        process.exitCode = 1;
      }
    },
    (e: Error) => {
      console.error(`Could not validate ${manifest}: ${e.message}`);
      process.exitCode = 2;
    },
  );
}
