import { planPages, type PageBlock } from "../../../src/core/writeback/planPages";

const PAGE = { pageHeight: 100, headingHeight: 10, firstPageUsed: 0 };
const block = (height: number, opensYear = false, gap = 5): PageBlock => ({ height, gap, opensYear });

/** The plan as a picture: `|` a page break, `^` the year's heading repeated on top of the page. */
const picture = (blocks: PageBlock[], page = PAGE) =>
  planPages(blocks, page)
    .map((p, i) => `${p.newPage ? "|" : ""}${p.continuesYear ? "^" : ""}${i}`)
    .join(" ");

describe("planPages: pages filled before breaking, no block split, year headings repeated", () => {
  it.each([
    { rule: "blocks that fit stay on the page, gaps included", blocks: [block(40, true), block(40), block(10)], plan: "0 1 2" },
    { rule: "a block that does not fit starts the next page, under its year's heading again", blocks: [block(40, true), block(40), block(30)], plan: "0 1 |^2" },
    { rule: "a year that opens on a new page needs no repeated heading", blocks: [block(60, true), block(50, true)], plan: "0 |1" },
    { rule: "the gap before a block counts (40+5+56 > 100)", blocks: [block(40, true), block(56)], plan: "0 |^1" },
    { rule: "the gap is dropped at the top of a page", blocks: [block(95, true), block(90)], plan: "0 |^1" },
    { rule: "the repeated heading counts on the page it opens (10+60+5+30 > 100)", blocks: [block(90, true), block(60), block(30)], plan: "0 |^1 |^2" },
    { rule: "a block taller than a page gets a page of its own, never split", blocks: [block(20, true), block(150), block(20)], plan: "0 |^1 |^2" },
    { rule: "the first block goes on the first page even when it is tall", blocks: [block(150, true)], plan: "0" },
  ])("$rule: $plan", ({ blocks, plan }) => {
    expect(picture(blocks)).toBe(plan);
  });

  it("counts the page heading and notes on the first page", () => {
    expect(picture([block(40, true), block(40)], { ...PAGE, firstPageUsed: 30 })).toBe("0 |^1");
    expect(picture([block(40, true), block(40)], { ...PAGE, firstPageUsed: 10 })).toBe("0 1");
  });

  it("breaks a page only when the next block does not fit on it, and overfills none but with a block taller than a page", () => {
    const blocks = Array.from({ length: 40 }, (_, i) => block(10 + ((i * 37) % 50), i % 8 === 0));
    const plan = planPages(blocks, PAGE);
    let used = 0;
    plan.forEach((p, i) => {
      if (p.newPage) {
        // the block that opened this page did not fit on the one before
        expect(used + blocks[i].gap + blocks[i].height).toBeGreaterThan(PAGE.pageHeight);
        used = (p.continuesYear ? PAGE.headingHeight : 0) + blocks[i].height;
      } else used += (used > 0 ? blocks[i].gap : 0) + blocks[i].height;
      expect(used <= PAGE.pageHeight || p.newPage).toBe(true);
    });
  });
});
