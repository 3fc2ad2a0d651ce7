/**
 * Office's theme (`Office.context.officeTheme`, Office's own colours for the pane's body and its
 * controls), read where Office provides it: Excel and Word on Windows, on the Mac and on the web
 * since the Office 2016 generation. Elsewhere, and outside Office, there is none.
 */

/** The colours Office gives the pane, as `#rrggbb` texts. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

const KEYS = [
  "bodyBackgroundColor",
  "bodyForegroundColor",
  "controlBackgroundColor",
  "controlForegroundColor",
] as const;

/**
 * The theme colours of `Office.context.officeTheme`, or undefined when Office gives none (or gives
 * something that is not four colours).
 * @param theme what `Office.context.officeTheme` holds; read by the caller, which runs in Office.
 */
export function officeThemeColors(theme: unknown): OfficeThemeColors | undefined {
  if (typeof theme !== "object" || theme === null) return undefined;
  const colors: Record<string, string> = {};
  for (const key of KEYS) {
    const value = (theme as Record<string, unknown>)[key];
    if (typeof value !== "string" || !/^#?[0-9a-f]{6}$/i.test(value.trim())) return undefined;
    colors[key] = `#${value.trim().replace(/^#/, "").toLowerCase()}`;
  }
  return colors as unknown as OfficeThemeColors;
}
