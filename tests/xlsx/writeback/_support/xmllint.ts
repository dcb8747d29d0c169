/* The XML parts of a package checked by xmllint (well-formed, namespaces declared), as a test expects them.
   xmllint-wasm (libxml2's xmllint compiled to WebAssembly, an npm dev dependency) runs `xmllint --noout` on the
   parts, so that no system package is needed. */
import JSZip from "jszip";
import { validateXML } from "xmllint-wasm";

/** What xmllint says of the XML parts of a package (`.xml`, `.rels`, `.vml`): nothing if all are well-formed. */
export async function xmllintErrors(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir && /\.(xml|rels|vml)$/.test(p));
  const xml = await Promise.all(parts.map(async (fileName) => ({ fileName, contents: await zip.file(fileName)!.async("uint8array") })));
  const run = await validateXML({
    xml,
    normalization: "format", // the library asks for a schema or a normalization; --noout replaces it
    modifyArguments: (args) => args.map((a) => (a === "--format" ? "--noout" : a)),
    maxMemoryPages: 16 * 1024, // 1 GiB: a big sheet part fits
  });
  return run.rawOutput;
}
