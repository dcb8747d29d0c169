import ExcelJS from "exceljs";
import { writeCheckedWorkbook } from "../../../src/xlsx/writeCheckedWorkbook";
import { writebackLabels } from "../../../src/i18n/writeback";
import { kpiWorkbook } from "./_support/kpiWorkbook";

type Cf = { ref: string; rules: { type: string; formulae?: string[] }[] };

async function formatsOf(bytes: Uint8Array): Promise<Cf[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return (wb.getWorksheet("KPI") as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
}

/** The seed's KPI workbook with one conditional format of the user's over the target column. */
async function withUserFormat() {
  const { bytes, result } = await kpiWorkbook();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  wb.getWorksheet("KPI")!.addConditionalFormatting({
    ref: "F2:F25",
    rules: [{ type: "expression", priority: 1, formulae: ['LEN($F2)>20'], style: { font: { bold: true } } }],
  });
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), result };
}

describe("status conditional formats through .xlsx files", () => {
  it("are present once after writing twice (--out of --out), and the user's own rule is kept", async () => {
    const { bytes, result } = await withUserFormat();
    const options = { labels: writebackLabels("ja") };
    const once = await writeCheckedWorkbook(bytes, result, options);
    const twice = await writeCheckedWorkbook(once, result, options);
    const formats = await formatsOf(twice);
    const formulas = formats.flatMap((f) => f.rules.flatMap((r) => r.formulae ?? []));
    expect(formulas.filter((f) => f === 'LEFT($I2,1)="◯"')).toHaveLength(1);
    expect(formulas.filter((f) => f.startsWith("LEFT($I2,1)="))).toHaveLength(5);
    expect(formats.find((f) => f.rules.some((r) => r.formulae?.[0] === "LEN($F2)>20"))?.ref).toBe("F2:F25");
    expect(formats.find((f) => f.rules.some((r) => r.formulae?.[0] === 'LEFT($I2,1)="◯"'))?.ref).toBe("G2:G25");
  });
});
