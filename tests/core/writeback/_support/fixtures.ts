/* Reading the write-back fixtures, and naming a colour's family the way disclosure-output.md §1 does. */
import { readFileSync } from "fs";
import { join } from "path";

export const FIXTURES = join(__dirname, "../../../fixtures/writeback");

/** The rows of a TSV fixture as objects keyed by its header line (lines starting with `#` skipped). */
export function readTsv(name: string): Record<string, string>[] {
  const lines = readFileSync(join(FIXTURES, name), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
  const header = lines[0].split("\t");
  return lines.slice(1).map((l) => Object.fromEntries(l.split("\t").map((v, i) => [header[i], v])));
}

/** The colour family of a `#RRGGBB` fill by hue and saturation ("none" for no fill). */
export function colourFamily(hex: string | undefined): string {
  if (!hex) return "none";
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  const sat = max === min ? 0 : (max - min) / (1 - Math.abs(2 * light - 1));
  if (sat < 0.15) return "grey";
  let hue = max === r ? ((g - b) / (max - min)) * 60 : max === g ? (2 + (b - r) / (max - min)) * 60 : (4 + (r - g) / (max - min)) * 60;
  if (hue < 0) hue += 360;
  if (hue < 15 || hue >= 330) return "red";
  if (hue < 40) return "orange";
  if (hue < 65) return "amber";
  if (hue < 170) return "green";
  if (hue < 250) return "blue";
  return "purple";
}
