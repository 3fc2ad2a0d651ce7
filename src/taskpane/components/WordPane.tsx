import { Body1, Button, Card, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { openFindings } from "../../domain";
import type { Host } from "../../host";
import { Notices, useOperation } from "./Notices";
import { uiText } from "../../i18n";

const useStyles = makeStyles({ card: { display: "flex", flexDirection: "column", gap: "8px" } });

/** In Word: pick a standard workbook or a dataset file; its report goes in at the cursor. */
export function WordPane({ host }: { readonly host: Host }) {
  const styles = useStyles();
  const { busy, notices, act } = useOperation();
  const input = useRef<HTMLInputElement>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void act(async () => {
      const result = await host.insertReportFrom?.(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!result) return;
      // Errors a reviewer marked 已核实 or 已修正 in the workbook are not counted again here.
      const errors = openFindings(result.findings, result.reviews).filter(
        (f) => f.severity === "error",
      ).length;
      return [{ intent: errors ? "warning" : "success", text: uiText.inserted(result.title, errors) }];
    });
  };
  return (
    <>
      <Notices notices={notices} busy={busy} />
      <Card className={styles.card}>
        <Subtitle2 as="h2">{uiText.wordTitle}</Subtitle2>
        <Body1>{uiText.wordHint}</Body1>
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
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
      </Card>
    </>
  );
}
