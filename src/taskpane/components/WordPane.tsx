/** In Word: pick a standard workbook or a dataset file; its report goes in at the cursor. */
import { Body1, Button, PortalMountNodeProvider, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { openFindings } from "../../domain";
import type { Host } from "../../host";
import { uiText } from "../../i18n";
import { useOperation } from "../state/useOperation";
import { Header } from "./Header";
import { StatusStrip } from "./StatusStrip";

const useWordPaneStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  content: { display: "flex", flexDirection: "column", gap: "8px", padding: "8px 12px", overflowY: "auto" },
  heading: { margin: 0 },
});

export function WordPane({ host }: { readonly host: Host }) {
  const styles = useWordPaneStyles();
  const op = useOperation();
  const input = useRef<HTMLInputElement>(null);
  // The toasts open inside the pane's main landmark.
  const [main, setMain] = useState<HTMLElement | null>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void op.act(async () => {
      const result = await host.insertReportFrom?.(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!result) return;
      // Errors a reviewer settled in the workbook (已说明, 已修正) are not counted again here.
      const errors = openFindings(result.findings, result.reviews).filter(
        (f) => f.severity === "error",
      ).length;
      return [{ intent: errors ? "warning" : "success", text: uiText.inserted(result.title, errors) }];
    });
  };
  return (
    <main className={styles.pane} ref={setMain}>
      <PortalMountNodeProvider value={main ?? undefined}>
        <Header />
        <StatusStrip op={op} />
        <section className={styles.content} aria-labelledby="word-title">
          <Subtitle2 as="h2" id="word-title" className={styles.heading}>
            {uiText.wordTitle}
          </Subtitle2>
          <Body1>{uiText.wordHint}</Body1>
          <Button appearance="primary" onClick={() => input.current?.click()} disabled={op.busy}>
            {uiText.wordPick}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.json"
            hidden
            aria-label={uiText.wordPick}
            onChange={pick}
          />
        </section>
      </PortalMountNodeProvider>
    </main>
  );
}
