/**
 * Data read while the workbook already has standard sheets: never silently ignored. The dialog
 * says whose data it is and what the workbook holds, and offers 用新数据覆盖标准表, 在新工作簿中生成
 * (where Excel can; otherwise disabled, saying why) or 取消, each with what it will do.
 */
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  useId,
} from "@fluentui/react-components";
import type { RawDataset } from "../../domain";
import type { RequirementSet } from "../../host";
import { uiText } from "../../i18n";

const T = uiText.choice;

const useImportChoiceStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: "12px", marginTop: "12px" },
  option: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: "2px" },
});

export function ImportChoiceDialog({
  open,
  dataset,
  current,
  canCreate,
  createMissing,
  onReplace,
  onCreate,
  onCancel,
}: {
  readonly open: boolean;
  readonly dataset: RawDataset | undefined;
  /** The unit and year the workbook's standard sheets hold. */
  readonly current: { readonly name: string; readonly year: number } | undefined;
  /** Whether the host can open a new workbook at all. */
  readonly canCreate: boolean;
  /** The requirement set it lacks for that, if any. */
  readonly createMissing: RequirementSet | undefined;
  readonly onReplace: () => void;
  readonly onCreate: () => void;
  readonly onCancel: () => void;
}) {
  const styles = useImportChoiceStyles();
  const ids = { replace: useId("replace"), create: useId("create"), cancel: useId("cancel") };
  const createDisabled = !canCreate || createMissing !== undefined;
  const createHint = createMissing
    ? T.createUnsupported(`${createMissing.set} ${createMissing.version}`)
    : T.createNewHint;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{T.title}</DialogTitle>
          <DialogContent>
            {dataset && current ? (
              <Body1>{T.text(dataset.unit.name, dataset.unit.year, current.name, current.year)}</Body1>
            ) : null}
            <div className={styles.options}>
              {canCreate ? (
                <div className={styles.option}>
                  <Button
                    appearance={createDisabled ? "secondary" : "primary"}
                    disabledFocusable={createDisabled}
                    onClick={onCreate}
                    aria-describedby={ids.create}
                  >
                    {T.createNew}
                  </Button>
                  <Caption1 id={ids.create}>{createHint}</Caption1>
                </div>
              ) : null}
              <div className={styles.option}>
                <Button
                  appearance={createDisabled ? "primary" : "secondary"}
                  onClick={onReplace}
                  aria-describedby={ids.replace}
                >
                  {T.replace}
                </Button>
                <Caption1 id={ids.replace}>{T.replaceHint}</Caption1>
              </div>
            </div>
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel} aria-describedby={ids.cancel}>
              {T.cancel}
            </Button>
            <Caption1 id={ids.cancel}>{T.cancelHint}</Caption1>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
