/**
 * The function file of the ribbon commands (commands.html). 检查 runs here, without the task pane:
 * its result, or what went wrong, is shown in a small dialog (dialog.html) and the command
 * completes when the dialog is closed.
 */
import { commandHandlers, type ShowMessage } from "./run";

/** Shows a message in an Office dialog; resolves when it is closed (or could not be shown). */
export const showInDialog: ShowMessage = (title, text) =>
  new Promise((resolve) => {
    const url = new URL("dialog.html", window.location.href);
    url.searchParams.set("title", title);
    url.searchParams.set("text", text);
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 30, width: 30, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = opened.value;
        const done = () => {
          dialog.close();
          resolve();
        };
        // The dialog's 关闭 button sends a message; closing it with its own × raises an event.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const handlers = commandHandlers({ run: (batch) => Excel.run(batch), show: showInDialog });
    for (const [name, handler] of Object.entries(handlers))
      Office.actions.associate(name, (event: Office.AddinCommands.Event) => void handler(event));
  });
}
