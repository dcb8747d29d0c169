/** One token of a number format code, as numfmt's `tokenize` gives it. */
export interface FormatToken {
  type: string;
  value: string;
  raw: string;
}

/** The part of the `numfmt` API the adapters use (numfmt renders full Excel number format codes). */
export interface Numfmt {
  format(pattern: string, value: unknown, options?: { locale?: string; throws?: boolean }): string;
  tokenize(pattern: string): FormatToken[];
}

/**
 * numfmt 4.0.1 as published names `dist/index.cjs` (and `dist/index.d.cts`) in `main`/`exports`, but its tarball
 * ships the CommonJS build as `dist/index.js`: `require("numfmt")` fails in Node and Jest, while bundlers that pick
 * the `default` condition (webpack) resolve it. Load the package normally and fall back to the shipped file.
 */
function loadNumfmt(): Numfmt {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("numfmt") as Numfmt;
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require("../../../node_modules/numfmt/dist/index.js") as Numfmt;
  }
}

/**
 * The numfmt module.
 *
 * @example numfmt.format("0.00%", 0.6) // "60.00%"
 */
export const numfmt: Numfmt = loadNumfmt();
