/**
 * 记录说明: the 处理状态 and 说明 of one finding, in a dialog (the focus goes to 处理状态 and comes
 * back to the link that opened it). The review rules are the domain's: the status proposed is the
 * one recorded, else 待处理; 已说明 needs a 说明, said under the field before anything is written.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  proposedStatus,
  REVIEW_STATUSES,
  ReviewProblem,
  reviewKey,
  reviewProblem,
  type Finding,
  type Review,
} from "../../domain";
import { uiText } from "../../i18n";

const T = uiText.review;

const useReviewDialogStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: "12px" },
  message: { wordBreak: "break-word" },
});

/** The editor's state: the status and note typed, and the problem shown under the note. */
export function useReviewEditor(review: Review | undefined, onSave: (review: Review) => Promise<boolean>) {
  const [status, setStatus] = useState(() => proposedStatus(review));
  const [note, setNote] = useState(review?.note ?? "");
  const [problem, setProblem] = useState<string | undefined>();
  return {
    status,
    note,
    problem,
    setStatus: (value: string) => {
      setStatus(value);
      setProblem(undefined);
    },
    setNote: (value: string) => {
      setNote(value);
      setProblem(undefined);
    },
    save: () => {
      const next = { status, note: note.trim() };
      if (reviewProblem(next) === ReviewProblem.noteRequired) {
        setProblem(T.noteRequired);
        return;
      }
      void onSave(next);
    },
  };
}

function ReviewEditor({
  finding,
  review,
  onSave,
  onClose,
  disabled,
}: {
  readonly finding: Finding;
  readonly review: Review | undefined;
  readonly onSave: (review: Review) => Promise<boolean>;
  readonly onClose: () => void;
  readonly disabled: boolean;
}) {
  const styles = useReviewDialogStyles();
  const editor = useReviewEditor(review, onSave);
  return (
    <DialogBody>
      <DialogTitle>{T.title}</DialogTitle>
      <DialogContent className={styles.content}>
        <Caption1 className={styles.message}>{finding.message}</Caption1>
        <Field label={T.status} hint={T.statusHints[editor.status]}>
          <Select value={editor.status} onChange={(_, d) => editor.setStatus(d.value)} disabled={disabled}>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={T.note}
          hint={T.noteHint}
          {...(editor.problem
            ? { validationState: "error" as const, validationMessage: editor.problem }
            : {})}
        >
          <Textarea
            value={editor.note}
            onChange={(_, d) => editor.setNote(d.value)}
            disabled={disabled}
            resize="vertical"
            rows={3}
          />
        </Field>
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" onClick={editor.save} disabled={disabled}>
          {T.save}
        </Button>
        <Button onClick={onClose} disabled={disabled}>
          {T.cancel}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

/** The review dialog of `finding` (closed without one). */
export function ReviewDialog({
  finding,
  review,
  onSave,
  onClose,
  disabled = false,
}: {
  readonly finding: Finding | undefined;
  readonly review: Review | undefined;
  readonly onSave: (finding: Finding, review: Review) => Promise<boolean>;
  readonly onClose: () => void;
  readonly disabled?: boolean;
}) {
  return (
    <Dialog open={finding !== undefined} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        {finding ? (
          <ReviewEditor
            key={reviewKey(finding)}
            finding={finding}
            review={review}
            onSave={(r) => onSave(finding, r)}
            onClose={onClose}
            disabled={disabled}
          />
        ) : null}
      </DialogSurface>
    </Dialog>
  );
}
