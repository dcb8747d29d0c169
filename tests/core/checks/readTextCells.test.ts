import type { KpiField } from "../../../src/core/KpiRecord";
import { readTextCells, type TextCellCheck } from "../../../src/core/checks/readTextCells";
import { makeRecord } from "../../_helpers/makeRecord";

/** A check that logs what it reads and notes. */
function logging(): TextCellCheck<string> & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    read: (text, normalized) => (log.push(`read ${text} → ${normalized}`), normalized),
    note: (found, row, field) => void log.push(`note ${found} at ${field}${row}`),
  };
}

const records = (titles: string[], scope = "全種目") =>
  titles.map((title, i) => makeRecord(i + 2, { fiscalYear: "2023年度", no: i + 1, title, scope }));

describe("readTextCells: one walk over the text cells for several checks", () => {
  it("gives each check the text as written and NFKC-normalised, in sheet order then field order", () => {
    const check = logging();
    readTextCells(records(["ＮＰＳ向上"]), [check]);
    expect(check.log).toEqual(["read ＮＰＳ向上 → NPS向上", "note NPS向上 at title2", "read 全種目 → 全種目", "note 全種目 at scope2"]);
  });

  it("reads a text repeating the one above in its column once, and notes every cell", () => {
    const check = logging();
    readTextCells(records(["A", "A", "B", "A"], "全種目"), [check]);
    const reads = check.log.filter((l) => l.startsWith("read"));
    const notes = check.log.filter((l) => l.startsWith("note") && l.includes("title"));
    expect(reads).toEqual(["read A → A", "read 全種目 → 全種目", "read B → B", "read A → A"]);
    expect(notes).toEqual(["note A at title2", "note A at title3", "note B at title4", "note A at title5"]);
  });

  it("feeds every check of the walk", () => {
    const [a, b] = [logging(), logging()];
    readTextCells(records(["お客様"]), [a, b]);
    expect(b.log).toEqual(a.log);
  });

  it.each<[string, KpiField]>([["fiscal year", "fiscalYear"], ["No", "no"]])("passes over the %s", (_name, field) => {
    const check = logging();
    readTextCells(records(["t"]), [check]);
    expect(check.log.some((l) => l.includes(` at ${field}`))).toBe(false);
  });
});
