/**
 * The pane's footer, always in view: the step's one primary action, and beside it what else the
 * step offers — before the standard sheets 新建空白工作簿 and 导入数据文件; with data read,
 * 生成标准表; in the form, 生成空白标准表 (submitting it) and 取消; once checked, 导出 Word 报告 with
 * 检查 and the other actions in a menu. Buttons that cannot work are disabled and say why.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";
import type { RefObject } from "react";
import { newWorkbookText, uiText } from "../../i18n";
import { Phase, type PaneState } from "../state/usePane";
import { usePaneMountNode } from "./styles";

const A = uiText.actions;

const useFooterStyles = makeStyles({
  footer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "8px",
    padding: "8px 12px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    flexShrink: 0,
  },
});

/** A button that cannot work yet: focusable, and its reason said (tooltip and description). */
function Unavailable({ label, reason, primary }: { label: string; reason: string; primary?: boolean }) {
  const mount = usePaneMountNode();
  return (
    <Tooltip content={reason} relationship="description" mountNode={mount}>
      <Button appearance={primary ? "primary" : "secondary"} disabledFocusable>
        {label}
      </Button>
    </Tooltip>
  );
}

export function Footer({
  pane,
  formId,
  primaryRef,
}: {
  readonly pane: PaneState;
  /** The new-workbook form's id, which 生成空白标准表 submits. */
  readonly formId: string;
  readonly primaryRef: RefObject<HTMLButtonElement | null>;
}) {
  const styles = useFooterStyles();
  const mount = usePaneMountNode();
  const busy = pane.op.busy;
  const { phase } = pane;
  let content;
  if (phase === Phase.opening) content = null;
  else if (phase === Phase.unavailable)
    content = (
      <>
        <Unavailable label={newWorkbookText.open} reason={uiText.firstRun.unavailable} primary />
        <Unavailable label={uiText.firstRun.importDataset} reason={uiText.firstRun.unavailable} />
      </>
    );
  else if (pane.creating)
    content = (
      <>
        <Button
          key="create"
          ref={primaryRef}
          appearance="primary"
          type="submit"
          form={formId}
          disabled={busy}
        >
          {newWorkbookText.create}
        </Button>
        <Button key="cancel" onClick={pane.cancelNewWorkbook} disabled={busy}>
          {newWorkbookText.cancel}
        </Button>
      </>
    );
  else if (phase === Phase.empty && pane.pending)
    content = (
      <>
        <Button key="build" ref={primaryRef} appearance="primary" onClick={pane.build} disabled={busy}>
          {uiText.pending.build}
        </Button>
        <Button key="import" onClick={pane.pickFile} disabled={busy}>
          {uiText.firstRun.importDataset}
        </Button>
      </>
    );
  else if (phase === Phase.empty)
    content = (
      <>
        <Button key="new" ref={primaryRef} appearance="primary" onClick={pane.newWorkbook} disabled={busy}>
          {newWorkbookText.open}
        </Button>
        <Button key="import" onClick={pane.pickFile} disabled={busy}>
          {uiText.firstRun.importDataset}
        </Button>
      </>
    );
  else
    content = (
      <>
        <Button key="export" ref={primaryRef} appearance="primary" onClick={pane.exportWord} disabled={busy}>
          {A.exportWord}
        </Button>
        <Button key="check" onClick={pane.check} disabled={busy}>
          {A.check}
        </Button>
        <Menu mountNode={mount}>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={A.more} relationship="label" mountNode={mount}>
              <Button icon={<MoreHorizontal20Regular />} disabled={busy} />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={pane.refresh}>{A.refresh}</MenuItem>
              <MenuItem onClick={pane.copyReport}>{A.copyReport}</MenuItem>
              <MenuItem onClick={pane.exportData}>{A.exportData}</MenuItem>
              <MenuItem onClick={pane.pickFile}>{A.importDataset}</MenuItem>
              <MenuItem onClick={pane.newWorkbook}>{A.newWorkbook}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </>
    );
  // Each action has its own key: a button is never reused for another action (a click on
  // 新建空白工作簿 must not land on the 生成空白标准表 that replaces it, which submits the form).
  return <footer className={styles.footer}>{content}</footer>;
}
