/** How the HTML reached the clipboard, or that it did not. */
export type CopyOutcome = "clipboard" | "exec-command" | "failed";

/** What {@link copyHtml} needs from the browser (the real `navigator` and `document`, or test doubles). */
export interface CopyEnv {
  navigator: Pick<Navigator, "clipboard"> | { clipboard?: undefined };
  document: Pick<Document, "addEventListener" | "removeEventListener" | "execCommand">;
  ClipboardItem?: typeof ClipboardItem;
}

/**
 * Puts the disclosure on the clipboard as both `text/html` and `text/plain`, so that a CMS editor gets the table
 * and a plain editor the text. Office on the web blocks `navigator.clipboard` inside add-in frames, so when
 * that fails it falls back to `document.execCommand("copy")` with a `copy` listener that sets both types — call
 * it from the click handler, while the click still counts as a user gesture. "failed" tells the caller to show
 * the read-only text box and the download instead.
 *
 * @example button.onclick = async () => setOutcome(await copyHtml(html, text));
 */
export async function copyHtml(html: string, text: string, env: CopyEnv = browserEnv()): Promise<CopyOutcome> {
  return copyTypes({ "text/html": html, "text/plain": text }, env);
}

/**
 * Puts the HTML *source* on the clipboard as text (`text/plain` only), for an editor's HTML block (WordPress
 * 「カスタムHTML」, Jimdo/Wix HTML widgets) or its source view: the way the full look (inline styles) reaches the
 * page, since editors strip `style` from pasted rendered HTML. Same fallbacks as {@link copyHtml}.
 *
 * @example button.onclick = async () => setOutcome(await copyHtmlSource(html));
 */
export async function copyHtmlSource(html: string, env: CopyEnv = browserEnv()): Promise<CopyOutcome> {
  return copyTypes({ "text/plain": html }, env);
}

async function copyTypes(types: Record<string, string>, env: CopyEnv): Promise<CopyOutcome> {
  const Item = env.ClipboardItem;
  const clipboard = env.navigator.clipboard;
  if (clipboard && typeof clipboard.write === "function" && Item) {
    try {
      const item = new Item(Object.fromEntries(Object.entries(types).map(([type, data]) => [type, new Blob([data], { type })])));
      await clipboard.write([item]);
      return "clipboard";
    } catch {
      // Blocked by the host's permissions policy: try the older way below.
    }
  }
  return execCommandCopy(types, env.document) ? "exec-command" : "failed";
}

function execCommandCopy(types: Record<string, string>, doc: CopyEnv["document"]): boolean {
  let set = false;
  const onCopy = (event: Event) => {
    const data = (event as ClipboardEvent).clipboardData;
    if (!data) return;
    for (const [type, value] of Object.entries(types)) data.setData(type, value);
    event.preventDefault();
    set = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    return doc.execCommand("copy") && set;
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
}

function browserEnv(): CopyEnv {
  return {
    navigator,
    document,
    ClipboardItem: typeof ClipboardItem === "undefined" ? undefined : ClipboardItem,
  };
}
