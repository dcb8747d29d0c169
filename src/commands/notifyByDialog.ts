/** The part of `Office.context.ui` the notification uses. */
export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: Office.AsyncResult<Office.Dialog>) => void): void;
}

/**
 * A short notification for a ribbon command in Excel, which has no notification bar for add-ins: a small
 * dialog showing the message, closed after `ms`. Resolves when done, never rejects (a host that refuses
 * dialogs just gets no notification).
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
        setTimeout(() => {
          try {
            result.value.close();
          } finally {
            resolve();
          }
        }, ms);
      });
    } catch {
      resolve();
    }
  });
}
