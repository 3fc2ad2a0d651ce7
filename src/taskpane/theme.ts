/**
 * The pane's Fluent theme from Office's theme (`Office.context.officeTheme`): Fluent's light or
 * dark theme, whichever reads better on Office's body colour, with Office's own body background
 * and text colours where every text colour the pane uses stays legible on them (WCAG AA, 4.5:1);
 * otherwise Fluent's own colours of that light or dark theme. Without Office's theme: light.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColors } from "../host";

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colours of the pane: each must stay legible on the body background. */
const TEXT_TOKENS = [
  "colorNeutralForeground1",
  "colorNeutralForeground2",
  "colorNeutralForeground3",
  "colorBrandForegroundLink",
  "colorBrandForeground1",
  "colorPaletteRedForeground1",
  "colorPaletteGreenForeground1",
] as const;

/** Whether Office's body colours are dark (white text reads better on them than black). */
export function isDark(colors: OfficeThemeColors): boolean {
  return contrast("#ffffff", colors.bodyBackgroundColor) > contrast("#000000", colors.bodyBackgroundColor);
}

/**
 * The Fluent theme for Office's theme colours.
 * @param colors Office's theme, when Office gives one.
 */
export function paneTheme(colors: OfficeThemeColors | undefined): Theme {
  if (!colors) return webLightTheme;
  const base = isDark(colors) ? webDarkTheme : webLightTheme;
  const themed: Theme = {
    ...base,
    colorNeutralBackground1: colors.bodyBackgroundColor,
    colorNeutralForeground1: colors.bodyForegroundColor,
  };
  const legible = TEXT_TOKENS.every((token) => contrast(themed[token], colors.bodyBackgroundColor) >= 4.5);
  return legible ? themed : base;
}
