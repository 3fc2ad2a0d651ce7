/**
 * The pane before the workbook has standard sheets: the first-run screen (what the pane does, and
 * the sample as a link that says what it is), or the data read and not yet written (whose, what it
 * holds; the sample says it is one). The step's buttons are in the footer.
 */
import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PendingDataset } from "../state/usePane";
import { uiText } from "../../i18n";
import { focusRing } from "./styles";

const useStartStyles = makeStyles({
  start: { display: "flex", flexDirection: "column", gap: "8px", paddingTop: "8px" },
  heading: { margin: 0 },
  link: { ...focusRing, borderRadius: tokens.borderRadiusSmall, textAlign: "left" },
});

export function FirstRun({
  onSample,
  disabled,
}: {
  readonly onSample: () => void;
  readonly disabled: boolean;
}) {
  const styles = useStartStyles();
  return (
    <section className={styles.start} aria-labelledby="first-run-title">
      <Subtitle2 as="h2" id="first-run-title" className={styles.heading}>
        {uiText.firstRun.title}
      </Subtitle2>
      <Body1>{uiText.firstRun.text}</Body1>
      <Link as="button" className={styles.link} onClick={onSample} disabled={disabled}>
        {uiText.firstRun.sample}
      </Link>
    </section>
  );
}

export function PendingData({
  pending,
  onDiscard,
  disabled,
}: {
  readonly pending: PendingDataset;
  readonly onDiscard: () => void;
  readonly disabled: boolean;
}) {
  const styles = useStartStyles();
  const { raw } = pending;
  return (
    <section className={styles.start} aria-labelledby="pending-title">
      <Subtitle2 as="h2" id="pending-title" className={styles.heading}>
        {uiText.pending.title}
      </Subtitle2>
      <Body1>{uiText.pending.dataset(raw.unit.name, raw.unit.year)}</Body1>
      <Caption1>{uiText.pending.contents(raw.fundTables?.length ?? 0, raw.indicators?.length ?? 0)}</Caption1>
      {pending.sample ? <Body1>{uiText.pending.sample}</Body1> : null}
      <Link as="button" className={styles.link} onClick={onDiscard} disabled={disabled}>
        {uiText.pending.discard}
      </Link>
    </section>
  );
}
