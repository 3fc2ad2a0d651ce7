/**
 * The status strip: always in view under the pane's header. Progress while an operation runs; a
 * success or information as a Fluent toast; a warning as a MessageBar until the next operation or
 * until closed; an error as an alert, with Office's own code folded under 详细信息.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Toast,
  Toaster,
  ToastTitle,
  makeStyles,
  tokens,
  useId,
  useToastController,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { useEffect } from "react";
import { uiText } from "../../i18n";
import type { Feedback, Operation } from "../state/useOperation";
import { focusRing } from "./styles";

const useStatusStripStyles = makeStyles({
  strip: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "0 12px",
    flexShrink: 0,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  spinner: { justifyContent: "flex-start", padding: "4px 0" },
  detail: { marginTop: "4px", fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", borderRadius: tokens.borderRadiusSmall, ...focusRing },
  text: { wordBreak: "break-word" },
});

/** Toasts last long enough to read a sentence of Chinese; a pointer over one keeps it. */
const TOAST_TIMEOUT = 8000;

function Bar({ feedback, onDismiss }: { readonly feedback: Feedback; readonly onDismiss: () => void }) {
  const styles = useStatusStripStyles();
  const error = feedback.intent === "error";
  return (
    <MessageBar
      intent={feedback.intent}
      layout="multiline"
      // Errors interrupt (an alert); a bar without a title is not labelled by a missing element.
      {...(error ? { role: "alert" } : {})}
      {...(feedback.title ? {} : { "aria-labelledby": undefined })}
    >
      <MessageBarBody className={styles.text}>
        {feedback.title ? <MessageBarTitle>{feedback.title}</MessageBarTitle> : null}
        <span>{feedback.text}</span>
        {feedback.detail ? (
          <details className={styles.detail}>
            <summary className={styles.summary}>{uiText.details}</summary>
            <span>{feedback.detail}</span>
          </details>
        ) : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={uiText.dismiss}
            icon={<Dismiss20Regular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}

/** The status strip of an operation; `toasterId` names its toaster (one per pane). */
export function StatusStrip({ op }: { readonly op: Operation }) {
  const styles = useStatusStripStyles();
  const toasterId = useId("status");
  const { dispatchToast, dismissAllToasts } = useToastController(toasterId);
  const toasts = op.feedback.filter((f) => f.intent === "success" || f.intent === "info");
  const bars = op.feedback.filter((f) => f.intent === "warning" || f.intent === "error");
  const latest = toasts.at(-1);
  useEffect(() => {
    if (!latest) return;
    dismissAllToasts();
    dispatchToast(
      <Toast>
        <ToastTitle>{latest.text}</ToastTitle>
      </Toast>,
      { intent: latest.intent, timeout: TOAST_TIMEOUT, pauseOnHover: true, politeness: "polite" },
    );
    // A new notice has a new id; the same one is not shown twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest?.id]);
  // A new operation's feedback is not hidden under the last one's toast.
  useEffect(() => {
    if (op.busy) dismissAllToasts();
  }, [op.busy, dismissAllToasts]);
  return (
    <div className={styles.strip} role="region" aria-label={uiText.status}>
      <Toaster toasterId={toasterId} position="top" offset={{ vertical: 8 }} />
      {op.busy ? (
        <Spinner className={styles.spinner} size="tiny" label={op.progress ?? uiText.working} />
      ) : null}
      {bars.map((f) => (
        <Bar key={f.id} feedback={f} onDismiss={() => op.dismiss(f.id)} />
      ))}
    </div>
  );
}
