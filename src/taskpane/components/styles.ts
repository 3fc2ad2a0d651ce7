/**
 * Styles shared by the pane's components: a visible focus ring (links and other inline controls
 * get Fluent's 2 px focus stroke, not a thin underline) and the visually hidden text a screen
 * reader reads in place of a compact visible one.
 */
import { tokens, usePortalMountNode, type GriffelStyle } from "@fluentui/react-components";

/** A 2 px ring around the focused element when the keyboard put the focus there. */
export const focusRing: GriffelStyle = {
  ":focus-visible": {
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: tokens.colorStrokeFocus2,
    outlineOffset: "2px",
    textDecorationLine: "none",
  },
};

/** Present for screen readers only. */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
};

/**
 * The element the pane's popups (tooltips, menus) open in: the pane's main landmark, which the
 * pane provides as the portal mount node. Tooltips and menus are given it explicitly — they do not
 * take it from the context by themselves — so that everything on screen is inside a landmark.
 */
export function usePaneMountNode(): HTMLElement | undefined {
  const node = usePortalMountNode();
  return node instanceof HTMLElement ? node : undefined;
}
