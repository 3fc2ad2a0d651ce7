/**
 * Handing a file or the report to the user from the pane: a download where the host's browser
 * allows it, and the clipboard (formatted HTML plus plain text) as the fallback that works in
 * every Office host.
 */

/** Offers bytes as a file download (an object URL on a temporary link). */
export function download(fileName: string, bytes: Uint8Array | string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Puts formatted HTML and its plain text on the clipboard (needs a user gesture). */
export async function copyHtml(html: string, text: string): Promise<void> {
  const item = new ClipboardItem({
    "text/html": new Blob([html], { type: "text/html" }),
    "text/plain": new Blob([text], { type: "text/plain" }),
  });
  await navigator.clipboard.write([item]);
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
