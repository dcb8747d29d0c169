import { join } from "node:path";
import type { Page } from "playwright-core";
import { uiStrings } from "../../src/i18n/ui";
import { previewStrings } from "../../src/preview/previewStrings";
import { checkSample, openPane, useServedPane } from "./_lib/pane";
import { ROOT, SAMPLE } from "./_lib/paths";

/**
 * The preview with the keyboard alone, and axe-core's audit of the pane before and after a check.
 */
const t = uiStrings("ja");
const p = previewStrings("ja");
const pane = useServedPane();


/** Presses Tab until the focused element's text is `name` (at most `limit` presses); false if it never is. */
async function tabTo(page: Page, name: string, limit = 20): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return true;
  }
  return false;
}

it("keyboard only: Tab to the open button, Enter opens the picker; Tab to the check button, Enter checks", async () => {
  const { context, page } = await openPane(pane.browser, pane.url);
  try {
    await page.getByRole("button", { name: p.open }).waitFor();
    // (listening before the key presses: Playwright intercepts the picker only once it is set up)
    const chooser = page.waitForEvent("filechooser");
    expect(await tabTo(page, p.open)).toBe(true);
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(SAMPLE);
    await page.getByRole("button", { name: t.run }).waitFor();
    expect(await tabTo(page, t.run)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByTestId("verdict").waitFor();
    // the button keeps the focus, so that the user can check again; the next stops are the other two actions
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(t.run);
    expect(await tabTo(page, t.copyHtml, 1)).toBe(true);
    expect(await tabTo(page, p.pane.write!, 1)).toBe(true);
    // the focused action is visibly marked (Fluent's focus outline)
    const focus = await page.evaluate(() => {
      const el = document.activeElement!;
      const own = getComputedStyle(el);
      const after = getComputedStyle(el, "::after");
      return {
        visible: el.matches(":focus-visible") || el.hasAttribute("data-fui-focus-visible"),
        marked: (own.outlineStyle !== "none" && own.outlineWidth !== "0px") || own.boxShadow !== "none" || (after.borderTopStyle !== "none" && after.borderTopWidth !== "0px"),
      };
    });
    expect(focus).toEqual({ visible: true, marked: true });
  } finally {
    await context.close();
  }
});

/** axe-core's serious and critical violations on the page, with the elements they concern. */
async function seriousViolations(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run({ include: ["#container"] }, { resultTypes: ["violations"] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

it("axe-core finds no serious or critical violation in the pane, before and after a check", async () => {
  const { context, page } = await openPane(pane.browser, pane.url);
  try {
    await page.getByRole("button", { name: p.open }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await checkSample(page);
    await page.getByRole("button", { name: t.copyHtml }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
