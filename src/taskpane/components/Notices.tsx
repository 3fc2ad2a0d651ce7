import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { describeError, type ProgressListener } from "../../host";
import { uiText } from "../../i18n";

export type Notice = { intent: "success" | "info" | "warning" | "error"; title?: string; text: string };

/**
 * One operation at a time: busy while it runs (with where it is, when the host says), what it
 * reports shown as MessageBars, and its failure shown too — never swallowed.
 */
export function useOperation() {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | undefined>();
  const [notices, setNotices] = useState<Notice[]>([]);
  const act = async (work: (onProgress: ProgressListener) => Promise<Notice[] | void>) => {
    setBusy(true);
    setNotices([]);
    setProgress(undefined);
    try {
      setNotices((await work((p) => setProgress(uiText.progress(p)))) ?? []);
    } catch (error) {
      const { title, text } = describeError(error);
      setNotices([{ intent: "error", title, text }]);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };
  return { busy, progress, notices, act };
}

/** The notices of the last operation and a spinner while one runs (announced politely). */
export function Notices({
  notices,
  busy,
  progress,
}: {
  readonly notices: readonly Notice[];
  readonly busy: boolean;
  readonly progress?: string | undefined;
}) {
  return (
    <div aria-live="polite">
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.intent}>
          <MessageBarBody>
            {n.title ? <MessageBarTitle>{n.title}</MessageBarTitle> : null}
            {n.text}
          </MessageBarBody>
        </MessageBar>
      ))}
      {busy ? <Spinner size="tiny" label={progress ?? uiText.working} /> : null}
    </div>
  );
}
