import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App, PaneView } from "./components/App";
import {
  detectHost,
  excelHost,
  HostKind,
  officeThemeColors,
  wordHost,
  type Host,
  type OfficeThemeColors,
} from "../host";
import { paneTheme } from "./theme";

/** The view asked for in the pane's address (`?view=export` from the ribbon's 导出 Word). */
function viewOf(search: string): PaneView {
  return new URLSearchParams(search).get("view") === PaneView.export ? PaneView.export : PaneView.start;
}

function render(host: Host, theme?: OfficeThemeColors): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={paneTheme(theme)} style={{ height: "100%" }}>
      <App host={host} view={viewOf(window.location.search)} />
    </FluentProvider>,
  );
}

// Inside Office wait for Office.js; in a plain browser (tests, preview) render at once.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    const host = detectHost(info);
    const supports = (set: string, version: string) =>
      Office.context.requirements.isSetSupported(set, version);
    // Office on Mac runs the pane in WKWebView, which does not save downloads.
    const canDownload = Office.context.platform !== Office.PlatformType.Mac;
    // Office's theme colours, where this Office has them.
    const theme = officeThemeColors(Office.context.officeTheme);
    if (host.kind === HostKind.excel)
      render(
        excelHost((batch) => Excel.run(batch), canDownload, {
          supports,
          ...(typeof Excel.createWorkbook === "function"
            ? { createWorkbook: (base64: string) => Excel.createWorkbook(base64) }
            : {}),
        }),
        theme,
      );
    else if (host.kind === HostKind.word)
      render(
        wordHost((batch) => Word.run(batch), supports),
        theme,
      );
    else render(host, theme);
  });
} else {
  render(detectHost(undefined));
}
