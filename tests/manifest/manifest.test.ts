/** @jest-environment jsdom */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { allElements, BT, manifestUrls, OFFICE, readManifest, resources, ROOT } from "./_lib/manifestDoc";

const doc = readManifest();
const defined = resources(doc);

describe("manifest.xml: what the XML schema cannot check", () => {
  it.each(allElements(doc).filter((el) => el.hasAttribute("resid")).map((el) => [el.tagName, el.getAttribute("resid")!]))(
    "<%s resid=%j> names a resource that is defined",
    (_tag, resid) => {
      expect(defined.has(resid)).toBe(true);
    },
  );

  it("defines no resource that nothing uses", () => {
    const used = new Set(allElements(doc).map((el) => el.getAttribute("resid")).filter(Boolean));
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("defines each resource id once", () => {
    const ids = Array.from(doc.getElementsByTagNameNS(BT, "*")).map((el) => el.getAttribute("id")).filter(Boolean);
    expect(ids.length).toBe(new Set(ids).size);
  });

  const visible = [
    ...["DisplayName", "Description"].map((tag) => doc.getElementsByTagNameNS(OFFICE, tag)[0]),
    ...[...defined.values()].filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings").map((r) => r.el),
  ];
  const overrideOf = (el: Element, locale: string) => Array.from(el.children).filter((c) => c.localName === "Override" && c.getAttribute("Locale") === locale);

  it("is Japanese by default with an en-US override for every visible string", () => {
    expect(doc.getElementsByTagNameNS(OFFICE, "DefaultLocale")[0].textContent).toBe("ja-JP");
    for (const el of visible) {
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const overrides = overrideOf(el, "en-US");
      expect(overrides).toHaveLength(1);
      expect(overrides[0].getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  // Office picks an override by the exact locale ("Localization for Office Add-ins"): every English locale Office
  // may run in needs its own, or Excel in English shows Japanese there.
  it.each(["en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA", "en-HK", "en-MY", "en-PH"])(
    "shows English in %s: every visible string has that locale's override, the same as en-US",
    (locale) => {
      for (const el of visible) {
        const overrides = overrideOf(el, locale);
        expect(overrides).toHaveLength(1);
        expect(overrides[0].getAttribute("Value")).toBe(overrideOf(el, "en-US")[0].getAttribute("Value"));
      }
    },
  );

  it("names a support page (SupportUrl, required for AppSource), hosted with the add-in", () => {
    const support = doc.getElementsByTagNameNS(OFFICE, "SupportUrl")[0];
    expect(support?.getAttribute("DefaultValue")).toBe("https://localhost:3000/support.html");
  });

  it("puts a group 「KPIチェック」 on the Home tab with a task-pane button and a one-click button", () => {
    const tab = doc.querySelector("OfficeTab");
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const group = tab!.querySelector("Group")!;
    const label = defined.get(group.querySelector("Label")!.getAttribute("resid")!)!.el;
    expect(label.getAttribute("DefaultValue")).toBe("KPIチェック");
    const actions = Array.from(group.querySelectorAll("Control > Action")).map((a) => a.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
    expect(actions.sort()).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    expect(group.querySelector("Action FunctionName")?.textContent).toBe("runKpiCheck");
  });

  it("asks for the ExcelApi set the code checks at run time, and read/write access to the document", () => {
    const set = doc.querySelector('Requirements Set[Name="ExcelApi"]');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { REQUIRED_EXCEL_API } = require("../../src/excel/excelSupport") as typeof import("../../src/excel/excelSupport");
    expect(set?.getAttribute("MinVersion")).toBe(REQUIRED_EXCEL_API);
    expect(doc.getElementsByTagNameNS(OFFICE, "Permissions")[0].textContent).toBe("ReadWriteDocument");
    expect(doc.documentElement.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("TaskPaneApp");
  });

  it.each(manifestUrls(doc))("names %s on the dev server, for a file the build makes or copies", (url) => {
    expect(url.startsWith("https://localhost:3000/")).toBe(true);
    const path = url.slice("https://localhost:3000/".length);
    const sources: Record<string, string> = {
      "taskpane.html": "src/taskpane/taskpane.html",
      "commands.html": "src/commands/commands.html",
      "support.html": "src/support/support.html",
    };
    expect(existsSync(join(ROOT, sources[path] ?? path))).toBe(true);
  });

  it("has every icon size the ribbon and the store use, drawn from assets/icon.svg", () => {
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(join(ROOT, `assets/icon-${size}.png`))).toBe(true);
    expect(existsSync(join(ROOT, "assets/icon.svg"))).toBe(true);
  });
});
