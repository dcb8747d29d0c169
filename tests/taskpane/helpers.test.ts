import { workbookError } from "../../src/excel/toWorkbookError";
import { uiStrings } from "../../src/i18n/ui";
import { copyHtml, copyHtmlSource, type CopyEnv } from "../../src/ui/_lib/copyHtml";
import { errorMessage } from "../../src/app/errorMessage";
import { htmlDocument } from "../../src/ui/_lib/htmlDocument";
import { isDarkTheme } from "../../src/taskpane/_lib/officeTheme";

function env(over: { write?: () => Promise<void>; exec?: (fire: (data: Record<string, string>) => void) => boolean } = {}) {
  const data: Record<string, string> = {};
  const written: unknown[] = [];
  let listener: ((e: Event) => void) | undefined;
  const e: CopyEnv = {
    navigator: over.write ? ({ clipboard: { write: async (items: unknown[]) => { written.push(...items); await over.write!(); } } } as unknown as CopyEnv["navigator"]) : {},
    ClipboardItem: class {
      constructor(public types: Record<string, Blob>) {}
    } as unknown as typeof ClipboardItem,
    document: {
      addEventListener: (_t: string, l: (e: Event) => void) => void (listener = l),
      removeEventListener: () => void (listener = undefined),
      execCommand: () =>
        (over.exec ?? (() => false))((d) => {
          listener?.({ clipboardData: { setData: (t: string, v: string) => (d[t] = v) }, preventDefault: () => undefined } as unknown as Event);
        }),
    } as unknown as CopyEnv["document"],
  };
  return { e, data, written, fire: (d: Record<string, string>) => listener };
}

describe("copyHtml: both types on the clipboard, whatever the host allows", () => {
  it("uses the Clipboard API with text/html and text/plain when allowed", async () => {
    const { e, written } = env({ write: async () => undefined });
    expect(await copyHtml("<p>a</p>", "a", e)).toBe("clipboard");
    expect(Object.keys((written[0] as { types: Record<string, Blob> }).types).sort()).toEqual(["text/html", "text/plain"]);
  });

  it("falls back to execCommand with a copy listener that sets both types", async () => {
    const data: Record<string, string> = {};
    const { e } = env({
      write: () => Promise.reject(new Error("NotAllowedError")),
      exec: (fire) => {
        fire(data);
        return true;
      },
    });
    expect(await copyHtml("<p>a</p>", "a", e)).toBe("exec-command");
    expect(data).toEqual({ "text/html": "<p>a</p>", "text/plain": "a" });
  });

  it("fails when execCommand copies nothing, so the pane shows the text box", async () => {
    const { e } = env({ exec: () => true });
    expect(await copyHtml("<p>a</p>", "a", e)).toBe("failed");
  });
});

describe("copyHtmlSource: the HTML source as text, for an HTML block or source view", () => {
  it("puts only text/plain holding the markup on the clipboard", async () => {
    const { e, written } = env({ write: async () => undefined });
    expect(await copyHtmlSource("<p>a</p>", e)).toBe("clipboard");
    const types = (written[0] as { types: Record<string, Blob> }).types;
    expect(Object.keys(types)).toEqual(["text/plain"]);
    expect(await types["text/plain"].text()).toBe("<p>a</p>");
  });

  it("falls back to execCommand with text/plain only", async () => {
    const data: Record<string, string> = {};
    const { e } = env({ exec: (fire) => (fire(data), true) });
    expect(await copyHtmlSource("<p>a</p>", e)).toBe("exec-command");
    expect(data).toEqual({ "text/plain": "<p>a</p>" });
  });
});

describe("small pane helpers", () => {
  it.each([
    ["#ffffff", false],
    ["#262626", true],
    ["#1f1f1f", true],
    ["#e6e6e6", false],
    [undefined, false],
  ])("Office body colour %s is dark: %s", (colour, dark) => {
    expect(isDarkTheme(colour === undefined ? undefined : { bodyBackgroundColor: colour })).toBe(dark);
  });

  it("wraps the fragment in a UTF-8 page with the disclosure's stylesheet and an escaped title", () => {
    const page = htmlDocument('<div class="kpi-disclosure">x</div>', "ja", "A & <B>");
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain("<title>A &#38; &#60;B&#62;</title>");
    expect(page).toContain(".kpi-status--met");
    expect(page).toContain('<div class="kpi-disclosure">x</div>');
  });

  it.each([
    [workbookError("cell-edit-mode"), uiStrings("ja").errors["cell-edit-mode"], undefined],
    [workbookError("unknown", "GeneralException: boom"), uiStrings("ja").errors.unknown, "GeneralException: boom"],
    [new TypeError("x is undefined"), uiStrings("ja").errors.unknown, "x is undefined"],
    // a kind that is no port's kind, even one every object has, gets the generic words
    [Object.assign(new Error("boom"), { kind: "constructor" }), uiStrings("ja").errors.unknown, "boom"],
    [workbookError("protected", "sheet 2024年度 is protected", { sheet: "2024年度" }), "シート「2024年度」は保護されているため書き込めません。［校閲］タブでシートの保護を解除してから、もう一度実行してください。", undefined],
    [workbookError("protected", "workbook structure", { structure: true }), "ブックの構成が保護されているため、シートを追加できません。［校閲］タブの［ブックの保護］で保護を解除してから、もう一度実行してください。", undefined],
    [workbookError("protected", "AccessDenied: denied"), uiStrings("ja").errors.protected, undefined],
    [workbookError("insert-conflict", "InsertDeleteConflict: x"), "新年度の行（または列）を挿入できませんでした。挿入する位置に配列数式、ピボットテーブル、フィルター、または結合セルがかかっていると、Excelは挿入を受け付けません。それらを表の外に移すか、フィルターや結合を解除してから、もう一度実行してください。", undefined],
    [workbookError("conflict", "Conflict: x"), "ほかの変更（共同編集しているほかの人や、別のアドインの変更）と重なったため、Excelが変更を受け付けませんでした。少し待ってから、［チェックを実行］をクリックして、もう一度実行してください。", undefined],
  ])("explains %s", (error, body, detail) => {
    expect(errorMessage(error, uiStrings("ja"))).toEqual(detail === undefined ? { body } : { body, detail });
  });

  it("names the protected sheet in English too", () => {
    expect(errorMessage(workbookError("protected", "x", { sheet: "FY2023" }), uiStrings("en")).body).toBe('The sheet "FY2023" is protected, so nothing was written. Unprotect it on the Review tab, then try again.');
  });
});
