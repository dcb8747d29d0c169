/** How much text a chunk gathers before it is handed on (small writes cost a system call each). */
const CHUNK = 1 << 20;

/**
 * The text of `JSON.stringify(value, null, 2)` for an object, in chunks: each array member of the object is
 * stringified on its own, so that a report of 100,000 KPIs is never one string of hundreds of MB (which the
 * escaping for the terminal and the write to stdout would copy again). Joined, the chunks are exactly that text.
 *
 * @example [...jsonChunks({ a: [1, 2], b: "x" })].join("") === JSON.stringify({ a: [1, 2], b: "x" }, null, 2) // true
 */
export function* jsonChunks(value: Record<string, unknown>): Generator<string> {
  let buffer = "";
  let first = true;
  const add = function* (text: string) {
    buffer += text;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  };
  yield* add("{");
  for (const [key, member] of Object.entries(value)) {
    const whole = Array.isArray(member) && member.length > 0 ? "" : (JSON.stringify(member, null, 2) as string | undefined);
    if (whole === undefined) continue; // as JSON.stringify leaves out undefined and functions
    yield* add(`${first ? "" : ","}\n  ${JSON.stringify(key)}: `);
    first = false;
    if (whole !== "") {
      yield* add(whole.replace(/\n/g, "\n  "));
      continue;
    }
    const items = member as unknown[];
    yield* add("[");
    for (let i = 0; i < items.length; i++) {
      const item = (JSON.stringify(items[i], null, 2) as string | undefined) ?? "null";
      yield* add(`${i === 0 ? "" : ","}\n    ${item.replace(/\n/g, "\n    ")}`);
    }
    yield* add("\n  ]");
  }
  buffer += first ? "}" : "\n}";
  yield buffer;
}
