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

  it("does not close a dialog the user closed first (close() would throw), and resolves at once", async () => {
    let handler: ((arg: { error?: number }) => void) | undefined;
    let closeCalls = 0;
    const dialogUi = {
      displayDialogAsync: (_url: string, _o: unknown, cb: (r: unknown) => void) =>
        cb({
          status: "succeeded",
          value: {
            addEventHandler: (type: string, h: (arg: { error?: number }) => void) => {
              expect(type).toBe("dialogEventReceived");
              handler = h;
            },
            close: () => {
              closeCalls++;
              throw new Error("dialog already closed");
            },
          },
        }),
    } as unknown as Parameters<typeof notifyByDialog>[0];
    const done = notifyByDialog(dialogUi, "https://x/notice.html", "m", 60_000);
    handler?.({ error: 12006 });
    await expect(done).resolves.toBeUndefined();
    expect(closeCalls).toBe(0);
  });

  it("survives close() throwing when the dialog went away unseen", async () => {
    const dialogUi = {
      displayDialogAsync: (_url: string, _o: unknown, cb: (r: unknown) => void) =>
        cb({ status: "succeeded", value: { addEventHandler: () => undefined, close: () => { throw new Error("gone"); } } }),
    } as unknown as Parameters<typeof notifyByDialog>[0];
    await expect(notifyByDialog(dialogUi, "https://x/notice.html", "m", 5)).resolves.toBeUndefined();
  });

  it.each([
    ["the host refuses the dialog", () => ui("failed", [], { n: 0 })],
    ["there is no dialog API", () => undefined],
    ["the call throws", () => ({ displayDialogAsync: () => { throw new Error("no"); } }) as unknown as Parameters<typeof notifyByDialog>[0]],
  ])("resolves quietly when %s", async (_name, make) => {
    await expect(notifyByDialog(make(), "https://x/notice.html", "m", 5)).resolves.toBeUndefined();
  });
});
