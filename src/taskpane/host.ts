/**
 * The host seam: what the task pane may ask of the application it runs in. Components receive
 * a Host and never call Office.js themselves; tests pass a stand-in. Later issues add the
 * workbook operations.
 */

export const HostKind = { excel: "excel", browser: "browser" } as const;
export type HostKind = (typeof HostKind)[keyof typeof HostKind];

export interface Host {
  readonly kind: HostKind;
}

/** The host for the environment the pane was loaded in. */
export function detectHost(info: { host?: Office.HostType | null } | undefined): Host {
  const excel = typeof Office !== "undefined" && info?.host === Office.HostType.Excel;
  return { kind: excel ? HostKind.excel : HostKind.browser };
}
