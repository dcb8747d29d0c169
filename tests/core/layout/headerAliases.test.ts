import { fieldCells } from "../../../src/core/KpiRecord";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import type { KpiField } from "../../../src/core/KpiRecord";
import { matchHeader } from "../../../src/core/layout/matchHeader";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import { readTsv } from "./_support/readTsv";
import { addressOf } from "../../../src/core/cellAddress";

const headers = readTsv("header-aliases.tsv").map(([header, field, why]) => ({
  header,
  field: field === "-" ? undefined : (field as KpiField),
  why,
}));

describe("matchHeader: every alias, width, case, bracket note (tests/fixtures/layouts/header-aliases.tsv)", () => {
  it.each(headers)("「$header」 → $field ($why)", ({ header, field }) => {
    expect(matchHeader(header, BUILT_IN_SCHEMA)).toBe(field);
  });

  it("every alias of the schema names its own field", () => {
    const wrong = BUILT_IN_SCHEMA.fields.flatMap((f) =>
      f.aliases.filter((a) => matchHeader(a, BUILT_IN_SCHEMA) !== f.name).map((a) => `${a} (${f.name})`),
    );
    expect(wrong).toEqual([]);
  });
});

describe("matchHeader with affix: false (labels of the blocks layout)", () => {
  it.each([
    ["目標", "target"],
    ["結果(2023年度)", "result"],
    ["実績", "result"],
    ["ＫＰＩ", "target"],
    ["KPI実績", undefined],
    ["対象者", undefined],
    ["対象となる契約の更改手続きを満期1か月前までに完了します。", undefined],
    ["目標達成に向けて研修を実施します", undefined],
  ])("「%s」 → %s", (label, field) => {
    expect(matchHeader(label, BUILT_IN_SCHEMA, { affix: false })).toBe(field);
  });
});

const HEADER = ["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"];
const ROW: CellValue[] = [
  "2023年度",
  1,
  "お客様アンケート(契約募集)の収集",
  "お客様の声を活かします。",
  "全種目",
  "回答数:200件",
  "208件",
  "真摯に受け止めます。",
];
const FIELDS: KpiField[] = ["fiscalYear", "no", "title", "description", "scope", "target", "result", "commitment"];

/** Columns reordered by `order` (indexes into HEADER). */
const permuted = (order: number[]): CellValue[][] => [order.map((i) => HEADER[i]), order.map((i) => ROW[i])];

describe("readKpiTable: columns in any order", () => {
  it.each([
    ["the usual order", [0, 1, 2, 3, 4, 5, 6, 7]],
    ["reversed", [7, 6, 5, 4, 3, 2, 1, 0]],
    ["result before target, No first", [1, 0, 2, 6, 5, 4, 3, 7]],
    ["title first, year last", [2, 3, 4, 5, 6, 7, 1, 0]],
  ])("%s: every field reads its own column", (_, order) => {
    const read = readKpiTable(snapshotFromRows("KPI", permuted(order)), BUILT_IN_SCHEMA);
    expect(read.layout).toBe("table");
    expect(read.findings).toEqual([]);
    for (const [i, field] of FIELDS.entries()) {
      expect(read.header?.columns[field]).toBe(order.indexOf(i) + 1);
      expect(read.records[0].fields[field]?.text).toBe(String(ROW[i]));
    }
  });
});

describe("readKpiTable: where the header row is", () => {
  /** `above` rows of page heading text (one cell each), then the header and one KPI row. */
  const withTextAbove = (above: number): CellValue[][] => [
    ...Array.from({ length: above }, (_, i) => [
      i === 0 ? "お客さま本位の業務運営方針と重要業績評価指数(KPI)" : `※注記${i}`,
    ]),
    HEADER,
    ROW,
  ];

  // past the first 20 rows (none a header there) the first header down to row 100: policy text above the table
  it.each([
    [0, 1],
    [16, 17],
    [19, 20],
    [20, 21],
    [60, 61],
    [99, 100],
  ])("%i text rows above: the header is found on row %i", (above, headerRow) => {
    const read = readKpiTable(snapshotFromRows("KPI", withTextAbove(above)), BUILT_IN_SCHEMA);
    expect(read.header?.row).toBe(headerRow);
    expect(read.records.map((r) => r.row)).toEqual([headerRow + 1]);
    expect(read.range).toBe(`A${headerRow}:H${headerRow + 1}`);
  });

  it("a header on row 101 is beyond the first 100 rows: table-not-found", () => {
    const read = readKpiTable(snapshotFromRows("KPI", withTextAbove(100)), BUILT_IN_SCHEMA);
    expect(read.layout).toBeNull();
    expect(read.findings.map((f) => f.code)).toEqual(["table-not-found"]);
  });

  it("a header within the first 20 rows wins over a better one further down", () => {
    const lower = [["年度", "No", "取組項目", "取組内容", "対象", "目標", "結果", "方針"], ["2024年度", 1, "研修", "", "", "年4回以上", "4回", ""]];
    const read = readKpiTable(snapshotFromRows("KPI", [["No", "取組項目", "目標"], [1, "研修", "年4回以上"], ...Array.from({ length: 25 }, () => ["※"]), ...lower]), BUILT_IN_SCHEMA);
    expect(read.header?.row).toBe(1);
  });

  it("rows are counted from the top of the snapshot, in sheet coordinates", () => {
    const read = readKpiTable(snapshotFromRows("KPI", [HEADER, ROW], { origin: { row: 30, col: 3 } }), BUILT_IN_SCHEMA);
    expect(read.header).toEqual({ row: 30, columns: Object.fromEntries(FIELDS.map((f, i) => [f, i + 3])) });
    expect(addressOf(read.records[0].fields.result)).toBe("I31");
    expect(read.range).toBe("C30:J31");
  });

  it("the row naming the most fields wins over a row naming fewer", () => {
    const rows = [["年度", "No", "メモ"], HEADER, ROW];
    expect(readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA).header?.row).toBe(2);
  });

  it("a row naming only one required field is not a header", () => {
    const rows = [
      ["取組項目", "方針"],
      ["回答数の向上", "お客様の声を活かします"],
    ];
    expect(readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA).layout).toBeNull();
  });

  it("a title with a target and a result is a header (a table without a No column: the No is missing)", () => {
    const rows = [
      ["取組項目", "目標", "結果"],
      ["回答数の向上", "200件", "208件"],
    ];
    const read = readKpiTable(snapshotFromRows("2023年度", rows), BUILT_IN_SCHEMA);
    expect(read.layout).toBe("table");
    expect(read.findings.map((f) => [f.code, f.field, f.severity])).toEqual([["missing-column", "no", "error"]]);
  });
});

describe("readKpiTable: extra, duplicate and missing columns", () => {
  it("extra columns are ignored", () => {
    const rows = [
      ["担当者", ...HEADER.slice(0, 4), "メモ", ...HEADER.slice(4)],
      ["山田", ...ROW.slice(0, 4), "要確認", ...ROW.slice(4)],
    ];
    const read = readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA);
    expect(read.findings).toEqual([]);
    expect(Object.keys(read.header?.columns ?? {}).sort()).toEqual([...FIELDS].sort());
    expect(fieldCells(read.records[0]).map(([, c]) => c.text)).not.toContain("要確認");
    expect(addressOf(read.records[0].fields.scope)).toBe("G2");
  });

  it.each([
    ["結果 and 実績", ["年度", "No", "取組項目", "目標", "結果", "実績"], "result", "F1", "E1"],
    ["目標 and KPI目標", ["年度", "No", "取組項目", "目標", "KPI目標", "結果"], "target", "E1", "D1"],
    // beside an initiative's title (取組項目) a bare KPI names the KPIs (titleColumns.test.ts); beside KPI項目 it is a target
    ["KPI and 目標 beside KPI項目", ["年度", "No", "KPI項目", "KPI", "目標", "結果"], "target", "E1", "D1"],
    ["No and 番号", ["番号", "年度", "No", "取組項目", "目標", "結果"], "no", "C1", "A1"],
  ])("%s: duplicate-column warning on the second, the first column wins", (_, header, field, dup, first) => {
    const rows = [header, header.map((_h, i) => `v${i + 1}`)];
    const read = readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA);
    expect(read.findings).toEqual([
      {
        code: "duplicate-column",
        severity: "warning",
        row: 1,
        field,
        cell: dup,
        params: { field, header: header[dup.charCodeAt(0) - 65], first },
      },
    ]);
    expect(addressOf(read.records[0].fields[field as KpiField])).toBe(`${first[0]}2`);
  });

  it.each<[string, string[], [string, string][]]>([
    ["no title column", ["年度", "No", "目標", "結果"], [["title", "error"]]],
    ["no result column", ["年度", "No", "取組項目", "目標"], [["result", "warning"]]],
    [
      "no target nor result",
      ["年度", "No", "取組項目", "方針"],
      [
        ["target", "warning"],
        ["result", "warning"],
      ],
    ],
    [
      "only the required columns",
      ["年度", "No", "取組項目"],
      [
        ["target", "warning"],
        ["result", "warning"],
      ],
    ],
    ["no description, scope, commitment, principles: silent", ["年度", "No", "取組項目", "目標", "結果"], []],
  ])("%s", (_, header, expected) => {
    const read = readKpiTable(snapshotFromRows("KPI", [header]), BUILT_IN_SCHEMA);
    expect(read.layout).toBe("table");
    expect(read.findings.map((f) => [f.code, f.field, f.severity, f.row])).toEqual(
      expected.map(([field, severity]) => ["missing-column", field, severity, 1]),
    );
  });

  it("no fiscal year column, and no year in a header, the sheet name or a title: year-not-found (error)", () => {
    const read = readKpiTable(snapshotFromRows("KPI", [["No", "取組項目", "目標", "結果"], [1, "回答数", "200件", "208件"]]));
    expect(read.findings.map((f) => [f.code, f.field, f.severity, f.params])).toEqual([
      ["year-not-found", "fiscalYear", "error", { count: 1 }],
    ]);
  });

  it("ignoreColumns leaves out a column the add-in owns (its 達成状況 status column)", () => {
    const rows = [
      [...HEADER, "達成状況"],
      [...ROW, "◯ 達成"],
    ];
    const plain = readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA);
    const ignoring = readKpiTable(snapshotFromRows("KPI", rows), BUILT_IN_SCHEMA, { ignoreColumns: [9] });
    // without its marker, a 達成状況 column beside a result column is a typed evaluation, never the result
    expect(plain.findings).toEqual([]);
    expect(plain.records[0].fields.evaluation?.text).toBe("◯ 達成");
    expect(plain.records[0].fields.result?.text).toBe("208件");
    expect(ignoring.findings).toEqual([]);
    expect(ignoring.records[0].fields.result?.text).toBe("208件");
  });
});
