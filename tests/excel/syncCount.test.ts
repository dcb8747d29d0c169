import { measureOneClick, type ClickMeasure } from "./_lib/measureOneClick";
import { WEB_PAYLOAD_LIMIT } from "./_lib/Recorder";

/**
 * One click on KPI sheets of 10, 1,000 and 10,000 rows, measured on the fake Excel: `context.sync()` calls, and
 * the size of every request and answer as Office.js would send it (object paths, Instantiate actions and
 * actions in UTF-8 JSON). The table is printed so the figures can be reported.
 */
const SIZES = [10, 1_000, 10_000];
const rows: ClickMeasure[] = [];

afterAll(() => {
  const table = rows.map((r) => ({
    kpis: r.kpis,
    sheet: r.sheet,
    click: r.what,
    host: r.host,
    syncs: r.syncs,
    refused: r.refused,
    "largest request (KB)": Math.round(r.largestRequestBytes / 1024),
    "largest answer (KB)": Math.round(r.largestResponseBytes / 1024),
  }));
  console.log(`one-click sync counts\n${JSON.stringify(table, null, 1)}`);
});

describe("one click uses a small number of syncs whatever the number of KPIs", () => {
  it.each(SIZES)("the ribbon command's status column on a lean KPI sheet of %i rows: 3 syncs on the web (2 to read, 1 to write)", async (kpis) => {
    const m = await measureOneClick(kpis, "compact", "status column");
    rows.push(m);
    expect(m.syncs).toBe(3);
    expect(m.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  }, 60_000);

  it.each(SIZES)("the ribbon command on the seed's full text, %i rows, desktop: 3 syncs", async (kpis) => {
    const m = await measureOneClick(kpis, "full", "status column", "desktop");
    rows.push(m);
    expect(m.syncs).toBe(3);
  }, 60_000);

  it.each([10, 1_000])("the task pane's click (status column + disclosure sheet), full text, %i rows on the web: 3 syncs", async (kpis) => {
    const m = await measureOneClick(kpis, "full", "pane default");
    rows.push(m);
    expect(m.syncs).toBe(3);
    expect(m.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  }, 60_000);

  it("the task pane's click checking all sheets, the seed's KPIs one sheet per year, on the web: 3 syncs, as one sheet", async () => {
    const m = await measureOneClick(10, "full", "all sheets");
    rows.push(m);
    expect(m.syncs).toBe(3);
  }, 60_000);

  it("checking all sheets at 1,000 rows (42 year sheets): none refused, every request under 5 MB, the writes packed ≥ 3 MB each", async () => {
    const m = await measureOneClick(1_000, "full", "all sheets");
    rows.push(m);
    expect(m.refused).toBe(0);
    expect(m.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(m.syncs - 2).toBeLessThanOrEqual(Math.ceil(m.totalRequestBytes / (3 * 1024 * 1024)));
  }, 60_000);

  it("the task pane's click writing everything (findings, 推移 with its native charts), full text, 10 rows on the web: 3 syncs", async () => {
    const m = await measureOneClick(10, "full", "everything");
    rows.push(m);
    expect(m.syncs).toBe(3);
  }, 60_000);

  it("writing everything at 1,000 rows (42 fiscal years: charts of 126 points): every request under 5 MB, packed ≥ 3 MB each", async () => {
    const m = await measureOneClick(1_000, "full", "everything");
    rows.push(m);
    expect(m.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(m.syncs - 2).toBeLessThanOrEqual(Math.ceil(m.totalRequestBytes / (3 * 1024 * 1024)));
  }, 60_000);

  it("the task pane's click on 10,000 lean rows on the web: every request under 5 MB, requests packed ≥ 3 MB each", async () => {
    const m = await measureOneClick(10_000, "compact", "pane default");
    rows.push(m);
    expect(m.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    const writes = m.syncs - 2;
    expect(writes).toBeLessThanOrEqual(Math.ceil(m.totalRequestBytes / (3 * 1024 * 1024)));
  }, 120_000);

  it("the seed's full text at 10,000 rows on the web: the 10 MB answer is refused once, then read in blocks under 5 MB", async () => {
    const m = await measureOneClick(10_000, "full", "status column");
    rows.push(m);
    expect(m.refused).toBe(1);
    expect(m.largestResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(m.largestRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  }, 60_000);
});
