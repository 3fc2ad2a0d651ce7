import { commandText } from "../i18n";
/**
 * The dialog the ribbon commands show their result in: a title and a message from the address,
 * set as text (never as HTML), and a 关闭 button that tells the command to close the dialog.
 */

/** Fills the dialog from its address (`?title=…&text=…`). */
export function fillDialog(doc: Document, search: string): void {
  const params = new URLSearchParams(search);
  const set = (id: string, text: string) => {
    const el = doc.getElementById(id);
    if (el) el.textContent = text;
  };
  set("title", params.get("title") ?? "");
  set("text", params.get("text") ?? "");
  set("close", commandText.close);
}

if (typeof document !== "undefined") {
  fillDialog(document, window.location.search);
  const close = () => {
    if (typeof Office !== "undefined") Office.context.ui.messageParent("close");
  };
  document.getElementById("close")?.addEventListener("click", close);
  if (typeof Office !== "undefined") void Office.onReady(() => document.getElementById("close")?.focus());
}
