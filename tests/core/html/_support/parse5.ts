/* parse5 for the tests, through a child Node process (parse5 8 is ESM-only; Jest runs these tests as CommonJS). */
import { spawn, type ChildProcessWithoutNullStreams } from "child_process";
import { join } from "path";
import { createInterface } from "readline";

/** A parsed node: an element with its attributes and children, a text, or a comment. */
export type HtmlNode =
  | { tag: string; attrs: Record<string, string>; children: HtmlNode[] }
  | { text: string }
  | { comment: string };

/** What parse5 made of a fragment: its parse errors (`onParseError` codes) and its nodes. */
export interface Parsed {
  errors: string[];
  nodes: HtmlNode[];
}

/** A running parse5: `parse(html)` answers in order; `stop()` ends the process. */
export interface Parse5 {
  parse(html: string): Promise<Parsed>;
  stop(): void;
}

/** Starts the parse5 worker. */
export function startParse5(): Parse5 {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [join(__dirname, "parse5-worker.mjs")], {
    cwd: join(__dirname, "../../../.."),
  });
  const waiting: ((p: Parsed) => void)[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => waiting.shift()?.(JSON.parse(line) as Parsed));
  return {
    parse(html) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(JSON.stringify(html) + "\n");
      });
    },
    stop() {
      child.stdin.end();
      child.kill();
    },
  };
}

/** Every element of a tree, depth first, in document order. */
export function elements(nodes: HtmlNode[]): Extract<HtmlNode, { tag: string }>[] {
  const out: Extract<HtmlNode, { tag: string }>[] = [];
  const walk = (list: HtmlNode[]): void => {
    for (const n of list) {
      if ("tag" in n) {
        out.push(n);
        walk(n.children);
      }
    }
  };
  walk(nodes);
  return out;
}

/** The text a person reads in an element: its text nodes, `<br>` as a line break. */
export function textOf(node: HtmlNode): string {
  if ("text" in node) return node.text;
  if ("comment" in node) return "";
  if (node.tag === "br") return "\n";
  return node.children.map(textOf).join("");
}

/** Whether an element has a class. */
export const hasClass = (node: { attrs: Record<string, string> }, cls: string): boolean =>
  (node.attrs.class ?? "").split(/\s+/).includes(cls);
