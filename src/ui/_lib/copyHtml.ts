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
  const Item = env.ClipboardItem;
  const clipboard = env.navigator.clipboard;
  if (clipboard && typeof clipboard.write === "function" && Item) {
    try {
      const item = new Item({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await clipboard.write([item]);
      return "clipboard";
    } catch {
      // Blocked by the host's permissions policy: try the older way below.
    }
  }
  return execCommandCopy(html, text, env.document) ? "exec-command" : "failed";
}

function execCommandCopy(html: string, text: string, doc: CopyEnv["document"]): boolean {
  let set = false;
  const onCopy = (event: Event) => {
    const data = (event as ClipboardEvent).clipboardData;
    if (!data) return;
    data.setData("text/html", html);
    data.setData("text/plain", text);
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
