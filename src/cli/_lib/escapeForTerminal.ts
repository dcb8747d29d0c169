/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts the sequences that recolour the screen,
 * retitle the window or move the cursor; BEL, BS and CR overwrite what was printed), DEL, C1 controls (U+009B is
 * CSI on 8-bit terminals), the line and paragraph separators, and the bidirectional controls that reorder the
 * text shown (U+202E displays what follows backwards).
 */
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same less C0: JSON.stringify escapes those itself, and its raw line breaks are the JSON's own layout. */
const CONTROLS_LEFT_BY_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function hex(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Text from a workbook made safe to print on a terminal: every control character shows as a visible escape
 * (`\x1B`, `\u202E`), so that a cell cannot recolour, retitle or rewrite the user's terminal. Printable text,
 * Japanese included, is unchanged; the result holds no control character, so escaping twice changes nothing.
 *
 * @example escapeForTerminal("\u001b]0;pwned\u0007KPI") // "\\x1B]0;pwned\\x07KPI"
 */
export function escapeForTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, hex);
}

/**
 * JSON text made safe to print on a terminal and still exactly the same JSON: the controls that JSON.stringify
 * leaves raw inside strings (DEL, C1, separators, bidirectional controls) are written as `\uXXXX` escapes, which
 * JSON.parse reads back to the very same characters.
 *
 * @example JSON.parse(escapeJsonForTerminal(JSON.stringify("a\u202eb"))) // "a\u202eb"
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(CONTROLS_LEFT_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
