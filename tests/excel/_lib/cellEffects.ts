import type { FakeCell, Rect } from "./FakeBook";

/** Calls `f` for every cell of a rectangle (whole rows and columns are refused: the fake has no need of them). */
export function forCells(r: Rect, f: (row: number, col: number) => void): void {
  if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000) throw new Error("fake: range too large to touch cell by cell");
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?%?$/i;

/**
 * What Excel makes of a value written through `range.values`, as a user typing it: in a cell formatted as text
 * (`@`) the string is kept as typed, apostrophe and `=` included; elsewhere a leading apostrophe stores the rest
 * as text, `=` starts a formula, a numeric-looking string becomes a number (`80%` → 0.8) and `TRUE`/`FALSE` a
 * boolean. The fake applies the rules the adapter must
 * defend against, so a test sees text turned into something else.
 */
export function applyInput(c: FakeCell, v: string | number | boolean): void {
  c.text = undefined;
  c.formula = undefined;
  c.quotePrefix = false;
  if (typeof v !== "string") {
    c.value = v;
    return;
  }
  if (v === "") {
    c.value = null;
    return;
  }
  // A cell formatted as text ("@") keeps what is entered exactly as typed: a leading apostrophe stays a visible
  // character and a formula stays its text (Microsoft support: "Format numbers as text" — the cell shows the
  // entry as typed; "Fix formulas that show as text"). That an apostrophe written through `range.values` into
  // such a cell is kept, not stripped, is assumed and checked by hand (docs/testing-in-excel.md).
  if (c.numberFormat === "@") {
    c.value = v;
    return;
  }
  if (v.startsWith("'")) {
    c.value = v.slice(1);
    c.quotePrefix = true;
    return;
  }
  const t0 = v.trim();
  if (v.startsWith("=") || ((t0.startsWith("+") || t0.startsWith("-")) && !NUMBER.test(t0.replace(/,/g, "")))) {
    c.formula = v;
    c.value = evaluate(v);
    return;
  }
  const t = v.trim().replace(/,/g, "");
  if (NUMBER.test(t)) {
    c.value = t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(t)) {
    c.value = /^TRUE$/i.test(t);
    return;
  }
  c.value = v;
}

const HYPERLINK = /^=HYPERLINK\("((?:[^"]|"")*)",(?:"((?:[^"]|"")*)"|(-?[\d.]+))\)$/;

/** The one formula the fake computes: `=HYPERLINK("target","shown")` shows its second argument; others are #NAME?. */
function evaluate(formula: string): string | number {
  const m = HYPERLINK.exec(formula);
  if (!m) return "#NAME?";
  return m[2] !== undefined ? m[2].replace(/""/g, '"') : Number(m[3]);
}
