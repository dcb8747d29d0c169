import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseExpression, type ExpressionRole } from "../../../src/core/expression/parseExpression";
import { cases, readTsv, showComponents } from "./_lib/fixtures";

const read = (text: string, role: string) => parseExpression(text, role as ExpressionRole, BUILT_IN_SCHEMA);

describe("the seed page: every target and result", () => {
  const rows = readTsv("seed.tsv").map((r): [string, Record<string, string>] => [
    `${r.fy} No.${r.no} ${r.role} ${r.text || '""'}`,
    r,
  ]);
  it.each(rows)("%s", (_, row) => {
    const e = read(row.text, row.role);
    expect(e.kind).toBe(row.kind);
    expect(e.metric ?? "").toBe(row.metric);
    expect(showComponents(e)).toBe(row.components);
  });
});

describe("metric, labelled components, qualifiers and equivalent restatements", () => {
  it.each(cases(readTsv("components.tsv")))("%s", (_, row) => {
    const e = read(row.text, row.role);
    expect(e.kind).toBe("expression");
    expect(e.metric ?? "").toBe(row.metric);
    expect(showComponents(e)).toBe(row.components);
    expect(e.qualifiers.join(" | ")).toBe(row.qualifiers);
  });
});

describe("free text: a figure picked out of a sentence, or candidates when none can be picked", () => {
  it.each(cases(readTsv("free-text.tsv")))("%s", (_, row) => {
    const e = read(row.text, "result");
    expect(e.kind).toBe(row.kind);
    expect(e.fromText === true).toBe(row.fromText === "yes");
    expect(e.candidates ?? 0).toBe(Number(row.candidates || 0));
    expect(showComponents(e)).toBe(row.components);
    expect(e.metric ?? "").toBe(row.metric);
  });
});

describe("a clean expression is not free text", () => {
  it.each([
    "3ヶ月以内の解約率5%以下",
    "事故受付から初動対応まで 24時間以内",
    "全社員 1人1資格以上の取得",
    "自動車:38.4pt 火新:36.0pt",
  ])("%s", (text) => {
    const e = read(text, "result");
    expect(e.kind).toBe("expression");
    expect(e.fromText).toBeUndefined();
  });
});

describe("the normalised text is kept", () => {
  it("normalized is the text after NFKC and space folding", () => {
    expect(read("　自動車：８０．６％\n火新：７２．８％ ", "result").normalized).toBe("自動車:80.6% 火新:72.8%");
  });
});
