import { notifyByDialog } from "../../src/commands/notifyByDialog";
import { OfficeMockObject } from "../excel/_lib/officeMock";

function ui(status: "succeeded" | "failed", opened: string[], closed: { n: number }) {
  return new OfficeMockObject({
    displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
      opened.push(url);
      cb({ status, value: { close: () => void closed.n++ } });
    },
  }) as unknown as Parameters<typeof notifyByDialog>[0];
}

describe("notifyByDialog: the ribbon command's short notification", () => {
  it("opens the notice page with the message in its query string, and closes it after a while", async () => {
    const opened: string[] = [];
    const closed = { n: 0 };
    await notifyByDialog(ui("succeeded", opened, closed), "https://localhost:3000/notice.html", "KPIチェック: ◯ 達成 5 & more", 5);
    expect(new URL(opened[0]).searchParams.get("m")).toBe("KPIチェック: ◯ 達成 5 & more");
    expect(closed.n).toBe(1);
  });

  it.each([
    ["the host refuses the dialog", () => ui("failed", [], { n: 0 })],
    ["there is no dialog API", () => undefined],
    ["the call throws", () => ({ displayDialogAsync: () => { throw new Error("no"); } }) as unknown as Parameters<typeof notifyByDialog>[0]],
  ])("resolves quietly when %s", async (_name, make) => {
    await expect(notifyByDialog(make(), "https://x/notice.html", "m", 5)).resolves.toBeUndefined();
  });
});
