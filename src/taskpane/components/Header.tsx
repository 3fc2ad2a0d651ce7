/** The pane's compact header: its name, the unit and year the workbook holds, and the gear (设置). */
import { Button, Caption1, Title3, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import { uiText } from "../../i18n";
import { usePaneMountNode } from "./styles";

const useHeaderStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    padding: "8px 12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  unit: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export function Header({
  unit,
  onSettings,
  settingsDisabled,
}: {
  readonly unit?: { readonly name: string; readonly year: number } | undefined;
  /** Opens 设置; without it, no gear. */
  readonly onSettings?: () => void;
  /** Why the gear cannot work yet (it stays focusable, and says so). */
  readonly settingsDisabled?: string | undefined;
}) {
  const styles = useHeaderStyles();
  const mount = usePaneMountNode();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title3 as="h1" className={styles.title}>
          {uiText.productName}
        </Title3>
        {unit ? <Caption1 className={styles.unit}>{uiText.unitYear(unit.name, unit.year)}</Caption1> : null}
      </div>
      {onSettings ? (
        <Tooltip
          content={settingsDisabled ?? uiText.settings}
          relationship={settingsDisabled ? "description" : "label"}
          mountNode={mount}
        >
          <Button
            appearance="subtle"
            icon={<Settings20Regular />}
            onClick={onSettings}
            disabledFocusable={settingsDisabled !== undefined}
            {...(settingsDisabled ? { "aria-label": uiText.settings } : {})}
          />
        </Tooltip>
      ) : null}
    </header>
  );
}
