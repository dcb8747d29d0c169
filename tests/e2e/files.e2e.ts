import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { inputErrorMessage } from "../../src/i18n/inputErrors";
import { uiStrings } from "../../src/i18n/ui";
import { writebackLabels } from "../../src/i18n/writeback";
import { previewStrings } from "../../src/preview/previewStrings";
import { isInputError } from "../../src/core/InputError";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookBytes";
import { checkSample, openPane, useServedPane } from "./_lib/pane";
import { ROOT } from "./_lib/paths";

/**
 * Files the preview is given: the picker and drag-and-drop open them; a file it cannot read, or one with no KPI
 * table, is a clear message — and the pane keeps working for the next file.
 */
const t = uiStrings("ja");
const p = previewStrings("ja");
const FILES = join(ROOT, "tests", "fixtures", "files");
const pane = useServedPane();


async function withPane(run: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await openPane(pane.browser, pane.url);
  try {
    await page.getByRole("button", { name: p.open }).waitFor();
    await run(page);
  } finally {
    await context.close();
  }
}

/** After whatever went before, the sample still opens and checks. */
async function stillWorks(page: Page): Promise<void> {
  await checkSample(page);
  expect(await page.getByRole("alert").count()).toBe(0);
}

describe("a file the preview cannot read: the reader's own message, then the pane works on", () => {
  it.each(["truncated.xlsx", "not-a-workbook.xlsx", "legacy.xls", "encrypted.xlsx"])("%s", async (name) => {
    const bytes = readFileSync(join(FILES, name));
    // what the same reader says in Node, without the reader's detail (exceljs words it per build)
    const error = await readWorkbookBytes(bytes, name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isInputError(error)).toBe(true);
    const message = inputErrorMessage({ code: (error as { code: never }).code, params: {} }, "ja");
    await withPane(async (page) => {
      await page.locator("input[type=file]").setInputFiles({ name, mimeType: "application/octet-stream", buffer: bytes });
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(p.openFailed(name));
      expect(await alert.textContent()).toContain(message);
      // the reader's own words (exceljs, JSZip: English) are only in the folded details
      const sentence = await alert.evaluate((el) => [...el.querySelectorAll(".fui-MessageBarBody")].map((b) => [...b.childNodes].filter((n) => n.nodeName !== "DETAILS").map((n) => n.textContent).join("")).join(""));
      expect(sentence).not.toMatch(/zip|central directory|attribute without value/i);
      expect(await page.getByRole("button", { name: t.run }).count()).toBe(0);
      await stillWorks(page);
    });
  });
});

it("a workbook with no KPI table: the check says so, and the pane works on", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("売上");
  ws.addRows([["月", "売上"], ["4月", 120], ["5月", 98]]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await withPane(async (page) => {
    await page.locator("input[type=file]").setInputFiles({ name: "sales.xlsx", mimeType: "application/octet-stream", buffer });
    await page.getByRole("button", { name: t.run }).click();
    await page.getByText(t.noTableHint).waitFor();
    expect(await page.getByRole("button", { name: p.pane.write }).getAttribute("aria-disabled")).toBe("true");
    await stillWorks(page);
    expect(await page.getByText(t.noTableHint).count()).toBe(0); // the old file's message went with it
  });
});

it("a CSV dropped on the pane opens and checks, and downloads as .xlsx", async () => {
  const name = "kpi-utf8.csv";
  const bytes = [...readFileSync(join(FILES, name))];
  await withPane(async (page) => {
    const transfer = await page.evaluateHandle(
      ([file, data]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], file, { type: "text/csv" }));
        return dt;
      },
      [name, bytes] as const,
    );
    await page.getByTestId("drop-zone").dispatchEvent("dragover", { dataTransfer: transfer });
    await page.getByText(p.dropActive).waitFor();
    await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
    await page.getByText(p.opened(name)).waitFor();
    await page.getByRole("button", { name: t.run }).click();
    await page.getByTestId("verdict").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: p.pane.write }).click()]);
    expect(download.suggestedFilename()).toBe("kpi-utf8-checked.xlsx");
  });
});

it("a workbook of one sheet per year: the one-line offer checks all the sheets together, and the download marks each", async () => {
  const table = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "excel", "seed-table.json"), "utf8")) as { header: string[]; rows: (string | number)[][] };
  const years = [...new Set(table.rows.map((r) => String(r[0])))].sort();
  const wb = new ExcelJS.Workbook();
  for (const year of years) wb.addWorksheet(year).addRows([table.header.slice(1), ...table.rows.filter((r) => r[0] === year).map((r) => r.slice(1))]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await withPane(async (page) => {
    await page.locator("input[type=file]").setInputFiles({ name: "years.xlsx", mimeType: "application/octet-stream", buffer });
    await page.getByRole("button", { name: t.run }).click();
    const offer = page.getByTestId("other-year-sheets");
    await offer.waitFor();
    await offer.getByRole("button", { name: t.checkAllSheets }).click();
    await page.getByRole("button", { name: t.sheetsSummary(years.length) }).waitFor();
    expect(await page.getByTestId("other-year-sheets").count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: p.pane.write }).click()]);
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    for (const year of years) expect(checked.getWorksheet(year)!.getRow(1).values).toContain(writebackLabels("ja").statusHeader);
  });
});
