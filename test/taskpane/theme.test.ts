/** The pane follows Office's theme: light or dark by Office's body colour, Office's colours where legible. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { officeThemeColors } from "../../src/host/theme";
import { contrast, paneTheme } from "../../src/taskpane/theme";

const office = (bodyBackgroundColor: string, bodyForegroundColor: string) => ({
  bodyBackgroundColor,
  bodyForegroundColor,
  controlBackgroundColor: bodyBackgroundColor,
  controlForegroundColor: bodyForegroundColor,
});

describe("paneTheme", () => {
  it("is Fluent's light theme without Office's theme", () => {
    expect(paneTheme(undefined)).toBe(webLightTheme);
  });

  it.each([
    ["White", office("#ffffff", "#262626"), "light", true],
    ["Colorful", office("#f3f2f1", "#262626"), "light", true],
    ["Black", office("#262626", "#ffffff"), "dark", true],
    ["Dark Gray", office("#666666", "#ffffff"), "dark", false],
  ])("for Office's %s theme is %s (Office's own body colours: %s)", (_, colors, kind, own) => {
    const theme = paneTheme(colors);
    const base = kind === "dark" ? webDarkTheme : webLightTheme;
    expect(theme.colorNeutralForeground2).toBe(base.colorNeutralForeground2);
    expect(theme.colorNeutralBackground1).toBe(
      own ? colors.bodyBackgroundColor : base.colorNeutralBackground1,
    );
    // Whatever the theme, its text is legible on its background.
    for (const token of [
      "colorNeutralForeground1",
      "colorNeutralForeground2",
      "colorNeutralForeground3",
    ] as const)
      expect(contrast(theme[token], theme.colorNeutralBackground1)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("officeThemeColors", () => {
  it("reads Office's four colours, as #rrggbb", () => {
    expect(officeThemeColors(office("FFFFFF", "#262626 "))).toEqual(office("#ffffff", "#262626"));
  });

  it.each([
    [undefined],
    [null],
    ["dark"],
    [{ bodyBackgroundColor: "#fff" }],
    [{ ...office("#ffffff", "#000000"), bodyForegroundColor: 3 }],
  ])("gives none for %j", (theme) => {
    expect(officeThemeColors(theme)).toBeUndefined();
  });
});
