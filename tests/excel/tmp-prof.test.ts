import { readSheetSnapshot } from "../../src/excel/readSheetSnapshot";
import { fakeExcel } from "./_lib/fakeExcel";
import { seedBook } from "./_lib/seedBook";
it("prof", async () => {
  let t = Date.now();
  const b = seedBook({ kpis: 10_000 });
  console.log("book", Date.now() - t); t = Date.now();
  const excel = fakeExcel(b, { web: false });
  await excel.run((c) => readSheetSnapshot(c));
  console.log("read", Date.now() - t, excel.rec.stats);
}, 60000);
