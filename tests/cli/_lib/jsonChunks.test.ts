import { jsonChunks } from "../../../src/cli/_lib/jsonChunks";

describe("jsonChunks: JSON.stringify(value, null, 2) in chunks", () => {
  it.each([
    ["an empty object", {}],
    ["scalars and nested objects", { a: 1, b: "x\u202e\n", c: null, d: { e: [1, { f: true }] } }],
    ["empty and filled arrays", { none: [], kpis: [{ no: 1, components: [{ label: "自動車", target: 60 }] }, 2, "三", null] }],
    ["members JSON leaves out", { keep: 1, gone: undefined, fn: () => 1, list: [undefined, () => 1] }],
  ])("%s", (_, value) => {
    expect([...jsonChunks(value as Record<string, unknown>)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("hands a long array on in several chunks of about 1 MB, never one string", () => {
    const value = { findings: Array.from({ length: 20_000 }, (_, i) => ({ code: "kpi-dropped", message: `No ${i} の取組が翌年度の表にありません。` })) };
    const chunks = [...jsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 ** 20 + 1000);
    expect(chunks.join("")).toBe(JSON.stringify(value, null, 2));
  });
});
