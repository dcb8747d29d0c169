/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { uiStrings } from "../../src/i18n/ui";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { previewStrings } from "../../src/preview/previewStrings";
import { memorySettingsStore } from "../../src/app/settings/CheckSettings";
import { installResizeObserver } from "../_helpers/installResizeObserver";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writebackLabels } from "../../src/i18n/writeback";

/** The preview's screens in jsdom; the real browser path is tests/e2e. */
const p = previewStrings("ja");
const t = uiStrings("ja");
const CSV = readFileSync(join(__dirname, "..", "fixtures", "files", "kpi-utf8.csv"));

beforeAll(() => {
  installResizeObserver();
  // jsdom lacks what every browser has and the CSV reader uses
  Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
});
/** A File as a browser gives it (jsdom's lacks arrayBuffer). */
function fileOf(bytes: Buffer, name: string): File {
  const copy = new Uint8Array(bytes);
  return Object.assign(new File([copy], name, { type: "text/csv" }), { arrayBuffer: async () => copy.buffer });
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

function renderPreview(save = jest.fn()) {
  render(<PreviewApp lang="ja" store={memorySettingsStore({ write: { findingsSheet: true } })} today={() => "2026-11-29"} sampleUrl="assets/sample-kpi.xlsx" save={save} />);
  return save;
}

it("before a file is open: the notice, the open and sample buttons, and no check button", () => {
  renderPreview();
  expect(screen.getByText(p.noticeTitle)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: p.open })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: p.openSample })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: t.run })).not.toBeInTheDocument();
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(t.appTitle);
});

it("a sample that cannot be fetched is a message, and the buttons still work", async () => {
  (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({ ok: false, status: 404, statusText: "Not Found" }));
  renderPreview();
  await userEvent.click(screen.getByRole("button", { name: p.openSample }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(p.openFailed("sample-kpi.xlsx"));
  expect(alert).toHaveTextContent(p.readFailed);
  // the raw reason is kept, folded under 詳細, never in place of the sentence
  expect(screen.getByText(p.details)).toBeInTheDocument();
  expect(screen.getByText(/404 Not Found/).closest("details")).not.toBeNull();
  expect(screen.getByRole("button", { name: p.open })).toBeEnabled();
});

jest.setTimeout(30_000);

it("a file chosen in the picker is checked with the pane's button and downloads as the checked workbook", async () => {
  const save = renderPreview();
  const input = document.querySelector("input[type=file]") as HTMLInputElement;
  await userEvent.upload(input, fileOf(CSV, "kpi-utf8.csv"));
  await screen.findByText(p.opened("kpi-utf8.csv"), {}, { timeout: 15_000 }); // exceljs loads on first use
  await userEvent.click(screen.getByRole("button", { name: t.run }));
  await screen.findByTestId("verdict");
  await userEvent.click(screen.getByRole("button", { name: p.pane.write }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  const [bytes, name, type] = save.mock.calls[0];
  expect(name).toBe("kpi-utf8-checked.xlsx");
  expect(type).toMatch(/spreadsheetml/);
  expect(Buffer.from(bytes.slice(0, 2)).toString()).toBe("PK");
});

it.each([
  ["ja", "推移", true, "「推移」シートは表だけです（ブラウザーのプレビューではグラフを書き出せません。グラフはExcelのアドインで作れます）。"],
  ["en", "Trend", true, 'The "Trend" sheet holds the tables only (the browser preview cannot write charts; the Excel add-in draws them).'],
  ["ja", "推移", false, null],
] as const)("the download with the trend sheet says in the pane that it has no charts (%s, sheet %s written: %s)", async (lang, sheet, trendSheet, said) => {
  const save = jest.fn();
  const store = memorySettingsStore({ write: { trendSheet } });
  render(<PreviewApp lang={lang} store={store} today={() => "2026-11-29"} sampleUrl="assets/sample-kpi.xlsx" save={save} />);
  const pp = previewStrings(lang);
  const input = document.querySelector("input[type=file]") as HTMLInputElement;
  await userEvent.upload(input, fileOf(CSV, "kpi-utf8.csv"));
  await screen.findByText(pp.opened("kpi-utf8.csv"), {}, { timeout: 15_000 });
  await userEvent.click(screen.getByRole("button", { name: uiStrings(lang).run }));
  await screen.findByTestId("verdict");
  await userEvent.click(screen.getByRole("button", { name: pp.pane.write }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(save.mock.calls[0][0]);
  expect(wb.worksheets.some((ws) => ws.name === sheet)).toBe(trendSheet);
  // the line stands in the pane's live status, after the count of the check
  const line = pp.trendWithoutCharts(sheet, 0);
  if (said) {
    expect(line).toBe(said);
    expect(screen.getByText(said, { exact: false }).closest("[role=status]")).toHaveAttribute("aria-live", "polite");
  } else expect(screen.queryByText(line, { exact: false })).toBeNull();
});

it("新年度の準備 in the preview downloads the file with next year's rows: the rows as they were, then the latest year's again for the next, results empty", async () => {
  const save = renderPreview();
  const input = document.querySelector("input[type=file]") as HTMLInputElement;
  await userEvent.upload(input, fileOf(CSV, "kpi-utf8.csv"));
  await screen.findByText(p.opened("kpi-utf8.csv"), {}, { timeout: 15_000 });
  await userEvent.click(screen.getByRole("button", { name: t.run }));
  await screen.findByTestId("verdict");
  await userEvent.click(screen.getByRole("button", { name: "新年度の準備" }));
  await userEvent.click(await screen.findByRole("button", { name: "新年度の行を加えたブックをダウンロード" }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  const [bytes, name] = save.mock.calls[0];
  // the copy holds the CSV's rows as they were, then the latest year's again for the next year, results empty
  const rows = CSV.toString("utf8").trim().split(/\r?\n(?=\d{4}年度,)/).slice(1).map((line) => line.split(","));
  const latest = Math.max(...rows.map((r) => Number(r[0].slice(0, 4))));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const ws = wb.worksheets[0];
  const years: string[] = [];
  ws.eachRow((row, r) => r > 1 && years.push(String(row.getCell(1).value)));
  const copied = rows.filter((r) => r[0] === `${latest}年度`).length;
  expect(name).toBe(`kpi-utf8-${latest + 1}年度.xlsx`);
  expect(years.slice(-copied)).toEqual(Array.from({ length: copied }, () => `${latest + 1}年度`));
  expect(years.slice(0, -copied)).toEqual(rows.map((r) => r[0]));
  for (let r = ws.rowCount - copied + 1; r <= ws.rowCount; r++) expect(ws.getRow(r).getCell(7).value ?? null).toBeNull();
});

it("opening another file forgets the results of the one before", async () => {
  renderPreview();
  const input = document.querySelector("input[type=file]") as HTMLInputElement;
  await userEvent.upload(input, fileOf(CSV, "kpi-utf8.csv"));
  await userEvent.click(await screen.findByRole("button", { name: t.run }, { timeout: 15_000 }));
  await screen.findByTestId("verdict");
  await userEvent.upload(input, fileOf(CSV, "other.csv"));
  await screen.findByText(p.opened("other.csv"));
  await waitFor(() => expect(screen.queryByTestId("verdict")).not.toBeInTheDocument());
  expect(screen.getByText(p.pane.intro!)).toBeInTheDocument();
});

it("a file that fails to open clears the results of the one before and names itself", async () => {
  renderPreview();
  const input = document.querySelector("input[type=file]") as HTMLInputElement;
  await userEvent.upload(input, fileOf(CSV, "kpi-utf8.csv"));
  await userEvent.click(await screen.findByRole("button", { name: t.run }, { timeout: 15_000 }));
  await screen.findByTestId("verdict");
  await userEvent.upload(input, fileOf(Buffer.from("PK\x03\x04 broken"), "broken.xlsx"));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(p.openFailed("broken.xlsx"));
  expect(screen.queryByTestId("verdict")).not.toBeInTheDocument();
  expect(screen.queryByText(p.opened("kpi-utf8.csv"))).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: t.run })).not.toBeInTheDocument();
});

it.each(["ja", "en"] as const)("the download of a protected workbook says in the pane what protection kept out of it: the protected sheet's status, the sheets not added (%s)", async (lang) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "..", "assets", "sample-kpi.xlsx"));
  await wb.getWorksheet("KPI")!.protect("", {});
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'));
  const bytes = Buffer.from(await zip.generateAsync({ type: "uint8array" }));
  const save = jest.fn();
  render(<PreviewApp lang={lang} store={memorySettingsStore({ write: { findingsSheet: true } })} today={() => "2026-11-29"} sampleUrl="assets/sample-kpi.xlsx" save={save} />);
  const pp = previewStrings(lang);
  await userEvent.upload(document.querySelector("input[type=file]") as HTMLInputElement, fileOf(bytes, "protected.xlsx"));
  await screen.findByText(pp.opened("protected.xlsx"), {}, { timeout: 15_000 });
  await userEvent.click(screen.getByRole("button", { name: uiStrings(lang).run }));
  await screen.findByTestId("verdict");
  await userEvent.click(screen.getByRole("button", { name: pp.pane.write }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  const L = writebackLabels(lang);
  const sep = uiStrings(lang).listSeparator;
  expect(screen.getByText(pp.pane.notWritten!("KPI"), { exact: false })).toBeInTheDocument();
  expect(screen.getByText(pp.pane.notAdded!([L.disclosureSheet, L.findingsSheet].join(sep)), { exact: false })).toBeInTheDocument();
});
