/**
 * One operation at a time: busy while it runs (with where it is, when the host says), and what it
 * reports — a success or information shown as a toast, a warning or an error kept in the status
 * strip until the next operation or until dismissed. A failure is never swallowed: it is described
 * (what to do, and Office's own code in 详细信息) and shown as an alert.
 */
import { useCallback, useRef, useState } from "react";
import { describeError, type ProgressListener } from "../../host";
import { uiText } from "../../i18n";

export type FeedbackIntent = "success" | "info" | "warning" | "error";

/** What an operation says when it is done. */
export interface Notice {
  readonly intent: FeedbackIntent;
  readonly title?: string;
  readonly text: string;
  /** Details for support (Office's code and message), shown folded under 详细信息. */
  readonly detail?: string;
}

/** A notice as shown: with an id, new for each notice. */
export interface Feedback extends Notice {
  readonly id: number;
}

export interface Operation {
  readonly busy: boolean;
  /** Where the running operation is, in words. */
  readonly progress: string | undefined;
  /** What the last operation said. */
  readonly feedback: readonly Feedback[];
  /**
   * Runs an operation: what it returns is shown; what it throws is shown as an error. Resolves
   * true when it completed.
   */
  readonly act: (
    work: (onProgress: ProgressListener) => Promise<readonly Notice[] | void>,
  ) => Promise<boolean>;
  /** Shows notices without running anything (a form's own problems). */
  readonly say: (...notices: readonly Notice[]) => void;
  readonly dismiss: (id: number) => void;
}

/** The operation state of a pane. */
export function useOperation(): Operation {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | undefined>();
  const [feedback, setFeedback] = useState<readonly Feedback[]>([]);
  const nextId = useRef(1);
  const running = useRef(false);
  const show = useCallback((notices: readonly Notice[]) => {
    setFeedback(notices.map((n) => ({ ...n, id: nextId.current++ })));
  }, []);
  const act = useCallback(
    async (work: (onProgress: ProgressListener) => Promise<readonly Notice[] | void>) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setFeedback([]);
      setProgress(undefined);
      try {
        show((await work((p) => setProgress(uiText.progress(p)))) ?? []);
        return true;
      } catch (error) {
        const { title, text, detail } = describeError(error);
        show([{ intent: "error", title, text, ...(detail ? { detail } : {}) }]);
        return false;
      } finally {
        running.current = false;
        setBusy(false);
        setProgress(undefined);
      }
    },
    [show],
  );
  return {
    busy,
    progress,
    feedback,
    act,
    say: useCallback((...notices: readonly Notice[]) => show(notices), [show]),
    dismiss: useCallback((id: number) => setFeedback((all) => all.filter((f) => f.id !== id)), []),
  };
}
