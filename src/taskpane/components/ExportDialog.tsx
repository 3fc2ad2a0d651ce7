/**
 * 导出 Word 报告 with errors still open: the errors are listed first, in a dialog (the focus goes to
 * 先去修改, the recommended answer). 先去修改 shows the open errors and selects the first one;
 * 仍然导出 exports as it is.
 */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { reviewKey, type Finding } from "../../domain";
import { uiText } from "../../i18n";

const T = uiText.exportDialog;
/** Errors listed in the dialog; the rest are counted. */
const LISTED = 5;

const useExportDialogStyles = makeStyles({
  list: { margin: "8px 0", paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "4px" },
  item: { wordBreak: "break-word" },
  actions: { flexWrap: "wrap" },
});

export function ExportDialog({
  open,
  errors,
  onFix,
  onExport,
  onClose,
}: {
  readonly open: boolean;
  readonly errors: readonly Finding[];
  readonly onFix: () => void;
  readonly onExport: () => void;
  readonly onClose: () => void;
}) {
  const styles = useExportDialogStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{T.title(errors.length)}</DialogTitle>
          <DialogContent>
            <Body1>{T.text}</Body1>
            <ul className={styles.list}>
              {errors.slice(0, LISTED).map((f) => (
                <li key={reviewKey(f)} className={styles.item}>
                  {f.message}
                </li>
              ))}
            </ul>
            {errors.length > LISTED ? <Body1>{T.more(errors.length - LISTED)}</Body1> : null}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={onFix}>
              {T.fixFirst}
            </Button>
            <Button onClick={onExport}>{T.exportAnyway}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
