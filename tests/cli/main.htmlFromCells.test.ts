/**
 * `kpi-check FILE --html`: what a cell holds never becomes markup. A workbook whose cells hold markup, a
 * `javascript:` hyperlink, rich text and a formula's text goes through the whole path — exceljs reader, check,
 * renderer, file — and the page parses without errors, holds only the renderer's own elements and attributes (no
 * script, no event handler, no URL), and shows each cell's text exactly as written.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { elements, startParse5, textOf, type Parse5 } from "../core/html/_support/parse5";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror="alert(1)">',
  "</td></tr></table><iframe src=\"javascript:alert(1)\"></iframe>",
  "<!-- 注記 --> ]]> &lt;b&gt; &amp;",
  "<style>body{display:none}</style>お客様",
];
/** The elements and attributes the renderer writes (renderDisclosureHtml's TSDoc). */
const ELEMENTS = ["div", "section", "h2", "h3", "p", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "span", "br"];
const ATTRIBUTES = ["class", "lang", "scope", "colspan", "style", "border", "cellpadding", "cellspacing", "width", "bgcolor"];

let dir: string;
let parse5: Parse5;
let book: string;
beforeAll(async () => {
  parse5 = startParse5();
  dir = mkdtempSync(join(tmpdir(), "kpi-cli-html-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KPI");
  ws.addRow(["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"]);
  HOSTILE.forEach((h, i) => ws.addRow(["2023年度", i + 1, `取組${i + 1}${h}`, h, h, `回答数200件以上${h}`, `208件${h}`, h]));
  const n = HOSTILE.length + 2;
  ws.addRow(["2023年度", n - 1, "リンクの取組", "", "お客様", "回答数200件以上", "208件", ""]);
  ws.getCell(n, 4).value = { text: "詳しくはこちら", hyperlink: "javascript:alert(1)" };
  ws.getCell(n, 8).value = { richText: [{ text: "<b>", font: { bold: true } }, { text: "太字</b>" }] };
  ws.getCell(n, 5).value = { formula: '"<script>"&"x"', result: "<script>x" };
  book = join(dir, "hostile.xlsx");
  await wb.xlsx.writeFile(book);
});
afterAll(() => {
  parse5.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function htmlOf(...options: string[]): Promise<string> {
  const html = join(dir, `out${options.join("")}.html`);
  await main([book, "--html", html, ...options], { stdout: () => {}, stderr: () => {}, today: () => "2026-11-29", env: {} });
  return readFileSync(html, "utf8");
}

describe.each([[], ["--html-style", "class"], ["--html-status"]])("kpi-check --html %j on cells holding markup", (...options: string[]) => {
  let all: ReturnType<typeof elements>;
  beforeAll(async () => {
    const parsed = await parse5.parse(await htmlOf(...options));
    expect(parsed.errors).toEqual([]);
    all = elements(parsed.nodes);
  });

  it("holds only the renderer's own elements and attributes: no script, no handler, no URL", () => {
    expect([...new Set(all.map((e) => e.tag))].filter((t) => !ELEMENTS.includes(t))).toEqual([]);
    expect([...new Set(all.flatMap((e) => Object.keys(e.attrs)))].filter((a) => !ATTRIBUTES.includes(a))).toEqual([]);
    expect(all.flatMap((e) => Object.values(e.attrs)).filter((v) => /javascript:|alert|<|>/i.test(v))).toEqual([]);
  });

  it.each(HOSTILE)("shows %j as the text it is, in every cell that holds it", (h) => {
    const cells = all.filter((e) => e.tag === "td" || e.tag === "th").map(textOf);
    for (const text of [h, `取組${HOSTILE.indexOf(h) + 1}${h}`, `回答数200件以上${h}`, `208件${h}`]) expect(cells).toContain(text);
  });

  it("shows a hyperlink's text without its URL, rich text and a formula's value as text", () => {
    const cells = all.filter((e) => e.tag === "td" || e.tag === "th").map(textOf);
    expect(cells).toEqual(expect.arrayContaining(["詳しくはこちら", "<b>太字</b>", "<script>x"]));
  });
});
