import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { uiText } from "../../i18n/zh-CN/ui";

export type Notice = { intent: "success" | "info" | "warning" | "error"; title?: string; text: string };

/**
 * One operation at a time: busy while it runs, what it reports shown as MessageBars, and its
 * failure shown too — never swallowed.
 */
export function useOperation() {
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const act = async (work: () => Promise<Notice[] | void>) => {
    setBusy(true);
    setNotices([]);
    try {
      setNotices((await work()) ?? []);
    } catch (error) {
      setNotices([{ intent: "error", title: uiText.errorTitle, text: (error as Error).message }]);
    } finally {
      setBusy(false);
    }
  };
  return { busy, notices, act };
}

/** The notices of the last operation and a spinner while one runs (announced politely). */
export function Notices({ notices, busy }: { readonly notices: readonly Notice[]; readonly busy: boolean }) {
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
      {busy ? <Spinner size="tiny" label={uiText.working} /> : null}
    </div>
  );
}
