// Parses HTML fragments with parse5 (ESM-only since v8, so it runs here, in plain Node, not inside Jest's CommonJS
// runtime). Reads one JSON string per line on stdin, writes one JSON line per input: the parse errors parse5
// reported (onParseError) and the fragment as a plain tree of elements and texts.
import { createInterface } from "node:readline";
import { parseFragment } from "parse5";

function plain(node) {
  if (node.nodeName === "#text") return { text: node.value };
  if (node.nodeName === "#comment") return { comment: node.data };
  const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
  return { tag: node.tagName, attrs, children: (node.childNodes ?? []).map(plain) };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  const errors = [];
  const fragment = parseFragment(JSON.parse(line), { onParseError: (e) => errors.push(e.code) });
  process.stdout.write(JSON.stringify({ errors, nodes: fragment.childNodes.map(plain) }) + "\n");
});
