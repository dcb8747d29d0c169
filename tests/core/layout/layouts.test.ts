import { addressOf } from "../../../src/core/cellAddress";
import { BUILT_IN_SCHEMA } from "../../../src/core/KpiSchema";
import { parseFiscalYear } from "../../../src/core/fiscalYear/parseFiscalYear";
import { readKpiTable } from "../../../src/core/layout/readKpiTable";
import type { CellValue, MergedRange } from "../../../src/core/SheetSnapshot";
import { snapshotFromRows } from "../../../src/core/snapshotFromRows";
import {
  blocksRows,
  recordTexts,
  seedKpis,
  seedPageRows,
  seedTexts,
  tableRows,
  type SeedKpi,
} from "./_support/seedFixture";

const read = (rows: CellValue[][], opts?: Parameters<typeof snapshotFromRows>[2]) =>
  readKpiTable(snapshotFromRows("KPI", rows, opts), BUILT_IN_SCHEMA);

/** The texts of a row's cells, the trailing empty ones dropped. */
const trimRow = (row: CellValue[]): string[] => {
  const out = row.map((c) => (c === null ? "" : String(c)));
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
};

/** The blocks layout as the add-in's disclosure sheet writes it (disclosure-output.md §2): merges and a status cell. */
function disclosureSheet(kpis: SeedKpi[]): { rows: CellValue[][]; merges: MergedRange[] } {
  const rows: CellValue[][] = [["お客さま本位の業務運営方針と重要業績評価指数(KPI)"]];
  const merges: MergedRange[] = [];
  const add = (cells: CellValue[], mergeFrom?: number) => {
    rows.push(cells);
    const row = rows.length;
    if (mergeFrom !== undefined) merges.push({ top: row, left: mergeFrom, bottom: row, right: 5 });
  };
  let year: string | undefined;
  for (const k of kpis) {
    if (k.fiscalYear !== year) add([(year = k.fiscalYear)], 1);
    add([k.no, k.title], 2);
    if (k.description !== null) add([k.description], 1);
    if (k.scope !== null) add(["対象", k.scope], 2);
    if (k.target !== null) {
      if (k.result === null) merges.push({ top: rows.length + 1, left: 2, bottom: rows.length + 1, right: 4 });
      const status = k.result ? "◯ 達成" : "! 結果未入力";
      add(
        k.result === null
          ? ["目標", k.target, null, null, status]
          : ["目標", k.target, `結果(${k.fiscalYear})`, k.result, status],
      );
    }
    if (k.commitment !== null) add([k.commitment], 1);
  }
  return { rows, merges };
}

describe("layout detection", () => {
  it.each([
    ["the canonical table (header row, one KPI per row)", () => tableRows(seedKpis), "table"],
    ["the seed page pasted into Excel", () => seedPageRows(), "blocks"],
    ["the blocks written from the seed fixture", () => blocksRows(seedKpis), "blocks"],
    ["the add-in's disclosure sheet", () => disclosureSheet(seedKpis).rows, "blocks"],
  ] as const)("%s → %s", (_, rows, layout) => {
    const result = read(rows());
    expect(result.layout).toBe(layout);
    expect(result.records).toHaveLength(24);
  });
});

describe("the seed in both layouts gives the same records", () => {
  const expected = seedTexts(seedKpis);

  it("the blocks fixture is the seed page, cell for cell (after its page heading)", () => {
    const page = seedPageRows();
    const firstYear = page.findIndex((r) => r[0] === "2024年度");
    expect(blocksRows(seedKpis).map(trimRow)).toEqual(page.slice(firstYear).map(trimRow));
  });

  it.each([
    ["table", () => read(tableRows(seedKpis))],
    ["blocks (seed page)", () => read(seedPageRows())],
    ["blocks (written from the fixture)", () => read(blocksRows(seedKpis))],
    [
      "blocks (disclosure sheet with merges)",
      () => read(disclosureSheet(seedKpis).rows, { merges: disclosureSheet(seedKpis).merges }),
    ],
  ])("%s: the texts of all 24 KPIs, in page order", (_, readIt) => {
    expect(recordTexts(readIt().records)).toEqual(expected);
  });

  it("blocks: the record's row is the No row; fiscal year is the heading cell; each field remembers its cell", () => {
    const page = seedPageRows();
    const result = read(page);
    for (const record of result.records) {
      const { fiscalYear, no, title, scope, target, result: res } = record.fields;
      expect([no?.row, title?.row, no?.col, title?.col]).toEqual([record.row, record.row, 1, 2]);
      expect(page[fiscalYear!.row - 1]).toEqual([fiscalYear!.text]);
      expect(addressOf(fiscalYear)).toBe(`A${fiscalYear!.row}`);
      if (scope) expect(page[scope.row - 1].slice(0, 2)).toEqual(["対象", scope.text]);
      if (target) expect(addressOf(target)).toBe(`B${target.row}`);
      if (res) expect([addressOf(res), page[res.row - 1][2]]).toEqual([`D${res.row}`, `結果(${fiscalYear!.text})`]);
    }
  });

  it("blocks: the range starts at the first year heading and ends at the last KPI", () => {
    const page = seedPageRows();
    const firstYear = page.findIndex((r) => r[0] === "2024年度") + 1;
    expect(read(page).range).toBe(`A${firstYear}:D${page.length}`);
  });

  it("table: the range is the header row down to the last KPI", () => {
    expect(read(tableRows(seedKpis)).range).toBe("A1:H25");
  });
});

describe("blocks: KPIs with fewer rows", () => {
  const byKey = (year: string, no: number) => {
    const records = read(seedPageRows()).records;
    return records.find((r) => r.fields.fiscalYear?.text === year && r.fields.no?.text === String(no))!;
  };

  it.each([
    ["2023年度", 5, ["fiscalYear", "no", "title", "description", "scope", "target", "commitment"]],
    ["2023年度", 6, ["fiscalYear", "no", "title", "description", "commitment"]],
    ["2022年度", 6, ["fiscalYear", "no", "title", "description", "commitment"]],
    ["2021年度", 6, ["fiscalYear", "no", "title", "description", "scope", "target", "result", "commitment"]],
  ] as const)("seed %s No %i has only the fields of its rows", (year, no, fields) => {
    expect(Object.keys(byKey(year, no).fields).sort()).toEqual([...fields].sort());
  });

  it("a 2024 KPI without a result keeps the empty result cell next to 結果(2024年度)", () => {
    const result = byKey("2024年度", 1).fields.result!;
    expect([result.text, result.col]).toEqual(["", 4]);
  });

  it.each<[string, CellValue[][], Record<string, string>]>([
    ["title only", [["1", "早期更改の実施"]], { title: "早期更改の実施" }],
    [
      "no description: text after the labels is the commitment",
      [[1, "早期更改の実施"], ["目標", "早期更改率80.0%"], ["証券の早期発行に努めます。"]],
      { title: "早期更改の実施", target: "早期更改率80.0%", commitment: "証券の早期発行に努めます。" },
    ],
    [
      "no commitment: text before the labels is the description",
      [[1, "早期更改の実施"], ["満期2か月前にアプローチを開始します。"], ["対象", "自動車保険"]],
      { title: "早期更改の実施", description: "満期2か月前にアプローチを開始します。", scope: "自動車保険" },
    ],
    [
      "no labels: the first text is the description, the next the commitment",
      [[1, "人事評価制度の導入"], ["研修計画を策定します。"], ["研修・教育を実施いたします。"]],
      {
        title: "人事評価制度の導入",
        description: "研修計画を策定します。",
        commitment: "研修・教育を実施いたします。",
      },
    ],
    [
      "a paragraph split over two rows is joined with a line break",
      [
        [1, "早期更改の実施"],
        ["満期2か月前に"],
        ["アプローチを開始します。"],
        ["目標", "80%"],
        ["証券を早期発行します。"],
      ],
      {
        title: "早期更改の実施",
        description: "満期2か月前に\nアプローチを開始します。",
        target: "80%",
        commitment: "証券を早期発行します。",
      },
    ],
    [
      "other label words: 実績, KPI, 取組内容, 備考, 原則",
      [
        [1, "回答数の向上"],
        ["取組内容", "アンケートを収集します。"],
        ["KPI", "200件", "実績", "208件"],
        ["原則", "原則2・原則6"],
        ["備考", "継続します。"],
      ],
      {
        title: "回答数の向上",
        description: "アンケートを収集します。",
        target: "200件",
        result: "208件",
        principles: "原則2・原則6",
        commitment: "継続します。",
      },
    ],
    [
      "a label with nothing after it, then the next label",
      [
        [1, "回答数の向上"],
        ["目標", "", "結果(2023年度)", "208件"],
      ],
      { title: "回答数の向上", target: "", result: "208件" },
    ],
  ])("%s", (_, kpiRows, fields) => {
    const result = read([["2023年度"], ...kpiRows]);
    expect(result.layout).toBe("blocks");
    const texts = Object.fromEntries(Object.entries(result.records[0].fields).map(([k, c]) => [k, c.text]));
    expect(texts).toEqual({ fiscalYear: "2023年度", no: String(kpiRows[0][0]), ...fields });
  });
});

describe("blocks: how a No and a year heading may be written", () => {
  it.each<[CellValue, string]>([
    [1, "1"],
    ["1", "1"],
    ["１", "１"],
    ["①", "①"],
    ["No.1", "No.1"],
    ["No1", "No1"],
    ["#1", "#1"],
    ["(1)", "(1)"],
    ["A-1", "A-1"],
    ["1-2", "1-2"],
  ])("No cell %p starts a KPI", (no, text) => {
    const result = read([["2023年度"], [no, "回答数の向上"], ["目標", "200件"]]);
    expect(result.records.map((r) => [r.fields.no?.text, r.fields.title?.text])).toEqual([[text, "回答数の向上"]]);
  });

  it.each<[CellValue, string | undefined]>([
    ["2023年度", undefined],
    ["令和5年度", undefined],
    ["FY2023", undefined],
    [2023, "2023年度"],
  ])("heading %p (shown as %p) starts a fiscal year", (value, shown) => {
    const rows = [[value], [1, "回答数の向上"]];
    const texts = shown === undefined ? undefined : [[shown]];
    const result = read(rows, { texts });
    expect(result.records[0].fields.fiscalYear).toMatchObject({ value, text: shown ?? value, row: 1, col: 1 });
  });

  it.each<[string, CellValue[]]>([
    ["a sentence", ["1. お客様アンケートの収集を行います。"]],
    ["a code without a title", ["A-1"]],
  ])("%s in a row of its own is text, not a No", (_, row) => {
    const result = read([["2023年度"], [1, "回答数の向上"], row]);
    expect(result.records.map((r) => r.fields.description?.text)).toEqual([row[0]]);
  });

  it("the English disclosure sheet's words work as headings and labels", () => {
    const rows: CellValue[][] = [
      ["FY2024"],
      [1, "Collect customer surveys"],
      ["Scope", "Customers"],
      ["Principles", "Principle 2"],
      ["Target", "80 points", "Result (FY2024)", "82 points", "◯ Met"],
    ];
    expect(recordTexts(read(rows).records)[0]).toMatchObject({
      fiscalYear: "FY2024",
      no: "1",
      title: "Collect customer surveys",
      scope: "Customers",
      target: "80 points",
      result: "82 points",
    });
    expect(read(rows).records[0].fields.principles?.text).toBe("Principle 2");
  });

  it("text right under a heading, before the first No, is not a KPI", () => {
    const result = read([["2023年度"], ["※結果は2024年3月末時点"], [1, "回答数の向上"]]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0].fields.description).toBeUndefined();
  });
});

describe("table: merged cells and number formats", () => {
  it("a fiscal year merged down over 6 rows applies to all 6 and points at the merge's top-left cell", () => {
    const rows: CellValue[][] = [["年度", "No", "取組項目", "目標", "結果"]];
    for (let no = 1; no <= 6; no++) rows.push([no === 1 ? "2023年度" : null, no, `取組${no}`, "80%", "81%"]);
    const result = read(rows, { merges: [{ top: 2, left: 1, bottom: 7, right: 1 }] });
    expect(result.records.map((r) => [r.row, r.fields.fiscalYear?.text, addressOf(r.fields.fiscalYear)])).toEqual(
      [2, 3, 4, 5, 6, 7].map((row) => [row, "2023年度", "A2"]),
    );
  });

  it("a row that is empty but for a merged-down fiscal year is skipped", () => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目"],
      ["2023年度", 1, "取組1"],
      [null, null, null],
      [null, 2, "取組2"],
    ];
    const result = read(rows, { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] });
    expect(result.records.map((r) => [r.row, r.fields.fiscalYear?.text])).toEqual([
      [2, "2023年度"],
      [4, "2023年度"],
    ]);
  });

  it.each<[string, CellValue]>([
    ["【】 heading", "【お客様対応】"],
    ["■ heading", "■ 社員教育"],
    ["plain heading", "お客様対応"],
  ])("a %s merged across the whole row is a section heading, not a KPI (it fills every column it spans)", (_, heading) => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目", "目標", "結果"],
      [heading],
      ["2023年度", 1, "回答数の向上", "200件", "208件"],
    ];
    const result = read(rows, { merges: [{ top: 2, left: 1, bottom: 2, right: 5 }] });
    expect(result.records.map((r) => r.row)).toEqual([3]);
    expect(result.skippedRows).toEqual([{ row: 2, why: "section" }]);
  });

  it("a row whose one own cell is a second target under a No and title merged down is a KPI", () => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目", "目標", "結果"],
      ["2024年度", 1, "業務知識の向上", "勉強会12回以上", "12回"],
      [null, null, null, "合格者3名以上", null],
    ];
    const merges = [1, 2, 3].map((col) => ({ top: 2, left: col, bottom: 3, right: col }));
    expect(read(rows, { merges }).records.map((r) => [r.row, r.fields.no?.text, r.fields.target?.text])).toEqual([
      [2, "1", "勉強会12回以上"],
      [3, "1", "合格者3名以上"],
    ]);
  });

  it("wholly empty rows between KPIs are skipped", () => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目"],
      ["2023年度", 1, "取組1"],
      [],
      ["", " ", null],
      ["2023年度", 2, "取組2"],
    ];
    expect(read(rows).records.map((r) => r.row)).toEqual([2, 5]);
  });

  it("a percent cell keeps value, shown text and format (0.6 shown 60.00%)", () => {
    const rows: CellValue[][] = [
      ["年度", "No", "取組項目", "目標", "結果"],
      ["2023年度", 2, "最適提案", "対面募集率:75%", 0.6],
    ];
    const result = read(rows, {
      texts: [[], [undefined, undefined, undefined, undefined, "60.00%"]],
      numberFormats: [[], [undefined, undefined, undefined, undefined, "0.00%"]],
    });
    expect(result.records[0].fields.result).toEqual({
      text: "60.00%",
      value: 0.6,
      numberFormat: "0.00%",
      row: 2,
      col: 5,
    });
  });
});

describe("table: the year of the whole table in a title row", () => {
  it.each<[string, CellValue[][], number]>([
    ["a year title above a dated line", [["令和6年度　KPI一覧"], ["作成：2025年5月"]], 2024],
    ["a dated line above a year title", [["2025年5月31日現在"], ["2024年度 KPI実績"]], 2024],
    ["only a period", [["2023年4月～2024年3月の実績"]], 2023],
    ["only a date stamp (the fiscal year it falls in)", [["2024年3月末現在"]], 2023],
  ])("%s", (_, titles, year) => {
    const rows: CellValue[][] = [...titles, [], ["No", "取組項目", "目標", "結果"], [1, "回答数の向上", "200件", "208件"]];
    const [record] = read(rows).records;
    expect(parseFiscalYear(record.fields.fiscalYear!.value, record.fields.fiscalYear!.text, BUILT_IN_SCHEMA)).toBe(year);
  });
});

describe("transposed: one fiscal year", () => {
  it("rows `2024年度目標 | 2024年度結果` under the KPI names read as one record per KPI of that year", () => {
    const rows: CellValue[][] = [
      ["No", 1, 2],
      ["取組項目", "回答数の向上", "対面募集の推進"],
      ["2024年度目標", "回答数:200件以上", "対面募集率:75%以上"],
      ["2024年度結果", "208件", null],
    ];
    const result = read(rows);
    expect(result.layout).toBe("transposed");
    expect(result.records.map((r) => [r.fields.no?.text, r.fields.title?.text, r.fields.fiscalYear?.value, r.fields.target?.text, r.fields.result?.text ?? ""])).toEqual([
      ["1", "回答数の向上", 2024, "回答数:200件以上", "208件"],
      ["2", "対面募集の推進", 2024, "対面募集率:75%以上", ""],
    ]);
  });
});

describe("table: Excel Table bounds", () => {
  const rows: CellValue[][] = [
    ["年度", "No", "取組項目", "目標", "結果", "担当"],
    ["2023年度", 1, "回答数の向上", "200件", "208件", "山田"],
    ["2023年度", 2, "最適提案", "75%", "60%", "佐藤"],
    [],
    ["※2023年度", 3, "表の外の行", "", "", ""],
  ];
  const table = { name: "KPI表", top: 1, left: 1, bottom: 3, right: 5 };

  it("the table ends at the Excel Table's bottom; the range is the Table's", () => {
    const result = read(rows, { table });
    expect(result.records.map((r) => r.row)).toEqual([2, 3]);
    expect(result.range).toBe("A1:E3");
  });

  it("without the Excel Table the rows below are read (a row starting with ※ is a footnote, skipped and listed)", () => {
    const result = read(rows);
    expect(result.records.map((r) => r.row)).toEqual([2, 3]);
    expect(result.skippedRows).toEqual([{ row: 5, why: "footnote" }]);
  });

  it("the Table's top row is its header even below the first 20 rows, and columns outside it are ignored", () => {
    const low = [...Array.from({ length: 30 }, () => ["メモ"]), ...rows];
    const result = read(low, { table: { ...table, top: 31, bottom: 33, right: 4 } });
    expect(result.header).toEqual({ row: 31, columns: { fiscalYear: 1, no: 2, title: 3, target: 4 } });
    expect(result.records.map((r) => r.row)).toEqual([32, 33]);
  });
});

describe("no KPI table", () => {
  it.each<[string, CellValue[][]]>([
    ["an empty sheet", []],
    [
      "empty rows",
      [
        [null, null],
        [null, ""],
      ],
    ],
    ["page text only", [["お客さま本位の業務運営方針"], ["KPIとは、Key Performance Indicatorの略で…"]]],
    ["a year heading without KPIs", [["2024年度"], ["準備中です。"]]],
    [
      "KPIs without a year heading",
      [
        [1, "お客様アンケートの収集"],
        ["対象", "お客様"],
      ],
    ],
    ["a header naming one required field", [["取組項目", "方針"]]],
  ])("%s → layout null and table-not-found", (_, rows) => {
    const result = read(rows);
    expect(result).toEqual({
      layout: null,
      records: [],
      range: null,
      findings: [
        { code: "table-not-found", severity: "error", row: null, field: null, cell: null, params: { sheet: "KPI" } },
      ],
    });
  });
});

describe("large sheets (speed is measured by npm run bench, not here)", () => {
  it("a sheet of 100,000 empty rows gives table-not-found", () => {
    const snap = snapshotFromRows(
      "KPI",
      Array.from({ length: 100_000 }, () => new Array<CellValue>(8).fill(null)),
    );
    expect(readKpiTable(snap, BUILT_IN_SCHEMA).layout).toBeNull();
  });

  it("reads all 100,000 KPI rows of the table layout", () => {
    const rows = tableRows(Array.from({ length: 100_000 }, (_, i) => ({ ...seedKpis[i % 24], no: i + 1 })));
    const snap = snapshotFromRows("KPI", rows);
    expect(readKpiTable(snap, BUILT_IN_SCHEMA).records.length).toBe(100_000);
  });

  it("reads all 20,000 KPIs of the blocks layout (about 100,000 rows)", () => {
    const kpis = Array.from({ length: 20_000 }, (_, i) => ({
      ...seedKpis[i % 24],
      fiscalYear: `${2000 + (Math.floor(i / 24) % 999)}年度`,
      no: (i % 24) + 1,
    }));
    const snap = snapshotFromRows("KPI", blocksRows(kpis));
    expect(readKpiTable(snap, BUILT_IN_SCHEMA).records.length).toBe(20_000);
  });
});
