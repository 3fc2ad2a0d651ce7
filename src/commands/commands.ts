/**
 * The function file of the ribbon commands. The 检查 and 导出 Word commands arrive with the task
 * pane issue; until then the file registers a placeholder action that completes at once.
 */

/** A ribbon command that has nothing to do yet. */
export function placeholder(event: Office.AddinCommands.Event): void {
  event.completed();
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("placeholder", placeholder);
  });
}
