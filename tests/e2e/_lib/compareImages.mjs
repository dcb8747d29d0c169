// Compares two PNG files with pixelmatch (ESM-only, so run as its own Node process by the tests):
// `node compareImages.mjs expected.png actual.png diff.png` prints {"width","height","different"} as JSON;
// images of different sizes differ in every pixel. The diff image marks the differing pixels in red.
import { readFileSync, writeFileSync } from "node:fs";
import pixelmatch from "pixelmatch";
import pngjs from "pngjs";

const { PNG } = pngjs;
const [expectedPath, actualPath, diffPath] = process.argv.slice(2);
const expected = PNG.sync.read(readFileSync(expectedPath));
const actual = PNG.sync.read(readFileSync(actualPath));
if (expected.width !== actual.width || expected.height !== actual.height) {
  const all = Math.max(expected.width * expected.height, actual.width * actual.height);
  process.stdout.write(JSON.stringify({ width: actual.width, height: actual.height, different: all, sizes: [expected.width, expected.height, actual.width, actual.height] }) + "\n");
} else {
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.02 });
  if (diffPath) writeFileSync(diffPath, PNG.sync.write(diff));
  process.stdout.write(JSON.stringify({ width: actual.width, height: actual.height, different }) + "\n");
}
