import { writebackLabels } from "../../../src/i18n/writeback";
import { KPI_STATUSES } from "../../../src/core/KpiStatus";
import { buildDisclosureSheet } from "../../../src/core/writeback/buildDisclosureSheet";
import type { ExistingWorkbook } from "../../../src/core/writeback/WriteOptions";
import { STATUS_STYLES } from "../../../src/core/writeback/statusStyle";
import { pageRows, rowTexts } from "./_support/rowTexts";
import { judged, seedJudged, seedPage } from "./_support/seedJudged";

const none: ExistingWorkbook = { sheetNames: ["KPI"], definedNames: {} };

describe("buildDisclosureSheet: the seed's page, as the sheet shows it", () => {
  it("holds the seed page's texts row for row (heading, notes, years, blocks), with no status by default", () => {
    const sheet = buildDisclosureSheet(seedJudged(), { labels: writebackLabels("ja"), existing: none });
    // The page's first line is the site's section name ("運営方針"), not part of the disclosure; the sheet adds
    // the year's heading again where a printed page continues a year.
    expect(rowTexts(sheet).filter((r) => !/（続き）$/.test(r[0]))).toEqual(pageRows(seedPage).slice(1));
  });

  it("with showStatus adds the public status word (達成, 一部達成, 未達成 only) at the end of each target row", () => {
    const kpis = seedJudged();
    const withStatus = rowTexts(buildDisclosureSheet(kpis, { labels: writebackLabels("ja"), existing: none, showStatus: true }));
    const without = rowTexts(buildDisclosureSheet(kpis, { labels: writebackLabels("ja"), existing: none }));
    const targetRows = withStatus.filter((r) => r[0] === "目標");
    expect(targetRows).toHaveLength(kpis.filter((k) => k.record.fields.target).length);
    expect(withStatus.filter((r) => r[0] !== "目標")).toEqual(without.filter((r) => r[0] !== "目標"));
    expect(targetRows[0].at(-1)).toBe("結果(2024年度)"); // 2024 No 1: result missing, nothing published
    expect(new Set(targetRows.map((r) => r.at(-1)).filter((t) => /^[◯△×]/.test(t!)))).toEqual(new Set(["◯ 達成", "△ 一部達成", "× 未達成"]));
  });

  it("puts fiscal years newest first and KPIs by No, whatever the sheet order", () => {
    const kpis = seedJudged();
    const shuffled = [...kpis].reverse();
    const ordered = rowTexts(buildDisclosureSheet(kpis, { labels: writebackLabels("ja"), existing: none }));
    expect(rowTexts(buildDisclosureSheet(shuffled, { labels: writebackLabels("ja"), existing: none }))).toEqual(ordered);
    const years = ordered.filter((r) => /^\d{4}年度$/.test(r[0])).map((r) => r[0]);
    expect(years).toEqual(["2024年度", "2023年度", "2022年度", "2021年度"]);
  });

  it.each([
    { years: [2023], shown: ["2023年度"] },
    { years: [2021, 2024], shown: ["2024年度", "2021年度"] },
    { years: [2030], shown: [] },
  ])("shows only the fiscal years asked for: $years", ({ years, shown }) => {
    const rows = rowTexts(buildDisclosureSheet(seedJudged(), { labels: writebackLabels("ja"), existing: none, years }));
    expect(rows.filter((r) => /^\d{4}年度$/.test(r[0])).map((r) => r[0])).toEqual(shown);
  });

  it("uses English labels in English", () => {
    const rows = rowTexts(buildDisclosureSheet(seedJudged(), { labels: writebackLabels("en"), existing: none, years: [2023], showStatus: true }));
    expect(rows).toContainEqual(["FY2023"]);
    expect(rows).toContainEqual(["Scope", "全種目"]);
    expect(rows).toContainEqual(["Target", "回答数:200件", "Result (FY2023)", "208件", "◯ Met"]);
  });
});

describe("buildDisclosureSheet: the NPS explanation and trademark notice", () => {
  it.each([
    { rule: "a title naming NPS", title: "お客様アンケートNPS(事故対応)の向上", target: "80%", notes: true },
    { rule: "a target with the seed's NSP spelling", title: "満足度向上", target: "NSP(事故対応) 自動車:60.0pt", notes: true },
    { rule: "full-width ＮＰＳ", title: "ＮＰＳの向上", target: "60pt", notes: true },
    { rule: "Net Promoter Score written out", title: "Net Promoter Scoreの向上", target: "60pt", notes: true },
    { rule: "no KPI mentioning it", title: "早期更改の実施", target: "早期更改率80.0%", notes: false },
    { rule: "a word merely containing the letters", title: "SNPSの導入", target: "1件", notes: false },
  ])("are added for $rule: $notes", ({ title, target, notes }) => {
    const kpi = judged(2, { fiscalYear: "2023年度", no: 1, title, target }, "pending");
    const rows = rowTexts(buildDisclosureSheet([kpi], { labels: writebackLabels("ja"), existing: none })).map((r) => r.join("|"));
    expect(rows.some((r) => r.startsWith("NPSとは"))).toBe(notes);
    expect(rows.some((r) => r.includes("登録商標です"))).toBe(notes);
  });
});

describe("buildDisclosureSheet: a sheet the add-in owns, never a user's", () => {
  it.each([
    { rule: "a new sheet", sheets: ["KPI"], names: {}, lang: "ja", name: "開示用", replaces: undefined },
    { rule: "beside a user sheet named 開示用", sheets: ["KPI", "開示用"], names: {}, lang: "ja", name: "開示用 (2)", replaces: undefined },
    { rule: "in place of its own 開示用", sheets: ["KPI", "開示用"], names: { KpiCheck_Disclosure: "'開示用'!$A$1" }, lang: "ja", name: "開示用", replaces: "開示用" },
    { rule: "in place of its own 開示用 (2), the user's 開示用 kept", sheets: ["開示用", "KPI", "開示用 (2)"], names: { KpiCheck_Disclosure: "'開示用 (2)'!$A$1" }, lang: "ja", name: "開示用 (2)", replaces: "開示用 (2)" },
    { rule: "in place of its own sheet the user renamed", sheets: ["KPI", "公開用"], names: { KpiCheck_Disclosure: "=公開用!$A$1" }, lang: "ja", name: "開示用", replaces: "公開用" },
    { rule: "new when its marker points nowhere (#REF!)", sheets: ["KPI", "開示用"], names: { KpiCheck_Disclosure: "=#REF!$A$1" }, lang: "ja", name: "開示用 (2)", replaces: undefined },
    { rule: "beside a user sheet whose name differs only in case", sheets: ["KPI", "DISCLOSURE"], names: {}, lang: "en", name: "Disclosure (2)", replaces: undefined },
    { rule: "in English in place of its Japanese one", sheets: ["KPI", "開示用"], names: { KpiCheck_Disclosure: "'開示用'!$A$1" }, lang: "en", name: "Disclosure", replaces: "開示用" },
  ] as const)("is $rule: $name", ({ sheets, names, lang, name, replaces }) => {
    const sheet = buildDisclosureSheet(seedJudged(), { labels: writebackLabels(lang), existing: { sheetNames: [...sheets], definedNames: { ...names } as Record<string, string> } });
    expect(sheet).toMatchObject({ name, ownerName: "KpiCheck_Disclosure", ownerRef: `'${name}'!$A$1` });
    expect(sheet.replaces).toBe(replaces);
  });
});

describe("buildDisclosureSheet: a page that prints well", () => {
  const sheet = buildDisclosureSheet(seedJudged(), { labels: writebackLabels("ja"), existing: none });

  it("writes every text as text (number format @), never as a number or formula", () => {
    for (const c of sheet.cells) if (typeof c.value === "string") expect(c.format?.numberFormat).toBe("@");
  });

  it("keeps every cell and merge inside the five columns and the print area", () => {
    const bottom = Math.max(...sheet.cells.map((c) => c.row));
    expect(sheet.print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToWidth: true, area: `A1:E${bottom}` });
    for (const c of sheet.cells) expect(c.col).toBeLessThanOrEqual(5);
    for (const m of sheet.merges) expect([m.left >= 1, m.right <= 5, m.top === m.bottom]).toEqual([true, true, true]);
  });

  it("never merges a cell twice (merges do not overlap)", () => {
    const seen = new Set<string>();
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          expect(seen.has(`${r}/${c}`)).toBe(false);
          seen.add(`${r}/${c}`);
        }
      }
    }
  });

  it("borders every cell of a KPI block and wraps its text", () => {
    for (const c of sheet.cells.filter((c) => c.row > 6)) {
      if (c.format?.borders) expect(c.format).toMatchObject({ wrapText: true, borders: { top: true, bottom: true, left: true, right: true } });
    }
  });

  it("makes a row with a long text taller than one with a short text", () => {
    const long = "お客様の声を真摯に受け止め、".repeat(20);
    const s = buildDisclosureSheet(
      [judged(2, { fiscalYear: "2023年度", no: 1, title: "短い", description: long, commitment: "短い方針" }, "no_target")],
      { labels: writebackLabels("ja"), existing: none },
    );
    const rowOf = (text: string) => s.cells.find((c) => c.value === text)!.row;
    // 280 wide characters cannot fit in fewer than four lines of the sheet's 84.5 character widths
    expect(s.rowHeights[rowOf(long)]).toBeGreaterThanOrEqual(4 * (s.rowHeights[rowOf("短い方針")] - 6));
  });

  it("starts each printed page at a year heading — the year's own, or repeated where the page continues it — so no block is split", () => {
    const text = (row: number) => sheet.cells.find((c) => c.row === row && c.col === 1)?.value;
    const rows = rowTexts(sheet);
    expect(sheet.pageBreaks!.length).toBeGreaterThan(0);
    for (const b of sheet.pageBreaks!) {
      const heading = String(text(b));
      expect(heading).toMatch(/^\d{4}年度(（続き）)?$/);
      if (heading.endsWith("（続き）")) {
        // the year it repeats is the year of the block before the break
        const before = rows.slice(0, rows.findIndex((r) => r[0] === heading)).filter((r) => /^\d{4}年度$/.test(r[0])).at(-1)![0];
        expect(heading).toBe(`${before}（続き）`);
        expect(typeof text(b + 1)).toBe("number"); // a KPI's title row follows
      }
    }
  });

  it.each([
    ["Excel, the default font Calibri 11 (a digit 7 px wide)", 7],
    ["LibreOffice with Carlito, Calibri's metric twin (measured: 7.64 px a character unit)", 7.64],
  ])("prints at 100 %% in %s: the columns fit A4's printable width, so the planned page heights are the printed ones", (_, px) => {
    const printableWidth = 595 - 2 * 0.7 * 72; // pt, less Excel's default side margins of 0.7 in
    const columns = Object.values(sheet.columnWidths!).reduce((sum, w) => sum + Math.trunc(w * px + 0.5), 0) * 0.75;
    expect(columns).toBeLessThanOrEqual(printableWidth);
  });

  it("plans no page taller than A4's printable height (297 mm less the 0.75 in margins) and fills each before breaking", () => {
    const bottom = Math.max(...sheet.cells.map((c) => c.row));
    const starts = [1, ...sheet.pageBreaks!];
    const heights = starts.map((top, i) => {
      let h = 0;
      for (let r = top; r < (starts[i + 1] ?? bottom + 1); r++) h += sheet.rowHeights[r] ?? 15;
      return h;
    });
    for (const h of heights) expect(h).toBeLessThanOrEqual(842 - 2 * 54);
    // the seed's blocks are about a fifth of a page: every page but the last is at least 3/4 full
    for (const h of heights.slice(0, -1)) expect(h / (842 - 2 * 54)).toBeGreaterThanOrEqual(0.75);
  });

  it("puts the page heading in the header and page numbers in the footer, on A4 portrait", () => {
    expect(sheet.print).toMatchObject({ paperSize: "A4", orientation: "portrait", header: "お客さま本位の業務運営方針と重要業績評価指数(KPI)", pageNumbers: true });
  });

  it("colours each public status cell as the status column does, and shows none of the checker's own", () => {
    for (const status of KPI_STATUSES) {
      const s = buildDisclosureSheet([judged(2, { fiscalYear: "2023年度", no: 1, title: "t", target: "80%", result: "" }, status)], {
        labels: writebackLabels("ja"),
        existing: none,
        showStatus: true,
      });
      const cell = s.cells.find((c) => c.col === 5 && c.value !== null);
      if (["met", "partial", "not_met"].includes(status)) expect(cell?.format?.fill).toBe(STATUS_STYLES[status].fill);
      else expect(cell).toBeUndefined();
    }
  });
});
