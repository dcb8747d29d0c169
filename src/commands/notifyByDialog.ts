/** The part of `Office.context.ui` the notification uses. */
export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

/** `DialogEventReceived` error code: the user closed the dialog ("Use the Office dialog API in Office Add-ins"). */
const DIALOG_CLOSED_BY_USER = 12006;
/** `Office.EventType.DialogEventReceived`, without needing the global at load time. */
const DIALOG_EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;

/**
 * A short notification for a ribbon command in Excel, which has no notification bar for add-ins: a small
 * dialog showing the message, closed after `ms`. Resolves when done — at once when the user closes the dialog
 * first (its `DialogEventReceived`; calling `close()` on a dialog the user closed throws) — and never rejects (a
 * host that refuses dialogs just gets no notification).
 *
 * @example await notifyByDialog(Office.context.ui, "https://localhost:3000/notice.html", "KPIチェック: ◯ 達成 5");
 */
export function notifyByDialog(ui: DialogUi | undefined, pageUrl: string, message: string, ms = 4000): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!ui) {
      resolve();
      return;
    }
    try {
      ui.displayDialogAsync(`${pageUrl}?m=${encodeURIComponent(message)}`, { height: 20, width: 30, displayInIframe: true }, (result) => {
        if (String(result.status) !== "succeeded") {
          resolve();
          return;
        }
        const dialog = result.value;
        let open = true;
        const timer = setTimeout(() => {
          if (open) {
            open = false;
            try {
              dialog.close();
            } catch {
              // Closed in between: nothing left to close.
            }
          }
          resolve();
        }, ms);
        try {
          dialog.addEventHandler(DIALOG_EVENT_RECEIVED, (arg) => {
            if ("error" in arg && arg.error !== DIALOG_CLOSED_BY_USER) return;
            open = false;
            clearTimeout(timer);
            resolve();
          });
        } catch {
          // A host without dialog events: the timer closes it.
        }
      });
    } catch {
      resolve();
    }
  });
}
