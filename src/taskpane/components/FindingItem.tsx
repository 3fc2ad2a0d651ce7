/**
 * The parts of a finding as a list shows it, shared by the workbook's findings (`FindingsList`)
 * and a report check's (`ReportFindings`): the item marked by its severity (its colour, and the
 * severity's name in a badge), its message, its figures as the message shows them, further lines
 * (a 说明, the sentence quoted) and its actions as links.
 */
import { Badge, Body1, Caption1, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";
import type { Severity } from "../../domain";
import { findingText } from "../../i18n";
import { focusRing } from "./styles";

const useFindingItemStyles = makeStyles({
  items: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    padding: "4px 4px 4px 8px",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    scrollMarginBlock: "8px",
  },
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected, borderLeftWidth: "5px" },
  settled: { borderLeftStyle: "dashed" },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  verify: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  text: { wordBreak: "break-word" },
  actions: { display: "flex", flexWrap: "wrap", gap: "12px", alignItems: "center" },
  link: { ...focusRing, borderRadius: tokens.borderRadiusSmall },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  verify: "warning",
  info: "informative",
};

/** The list of findings (`<ul>`), its items `FindingItem`s. */
export function FindingItems({ children }: { readonly children: ReactNode }) {
  const styles = useFindingItemStyles();
  return <ul className={styles.items}>{children}</ul>;
}

/** One finding of a list. */
export function FindingItem({
  severity,
  message,
  figures,
  status,
  lines = [],
  actions,
  current = false,
  settled = false,
}: {
  readonly severity: Severity;
  readonly message: string;
  /** Its figures, as `figuresOf` words them ("" for none). */
  readonly figures: string;
  /** A 处理状态 that settles it, shown beside the severity. */
  readonly status?: string | undefined;
  /** Further lines under the figures. */
  readonly lines?: readonly string[];
  /** Its links (`FindingLink`). */
  readonly actions?: ReactNode;
  /** The finding 上一项/下一项 are at. */
  readonly current?: boolean;
  readonly settled?: boolean;
}) {
  const styles = useFindingItemStyles();
  return (
    <li
      className={mergeClasses(
        styles.item,
        styles[severity],
        settled && styles.settled,
        current && styles.current,
      )}
      aria-current={current ? "true" : undefined}
    >
      <span className={styles.text}>
        <Badge appearance="tint" color={BADGE[severity]} size="small">
          {findingText.severity[severity]}
        </Badge>{" "}
        {status ? (
          <>
            <Badge appearance="outline" color="success" size="small">
              {status}
            </Badge>{" "}
          </>
        ) : null}
        <Body1>{message}</Body1>
      </span>
      {figures ? <Caption1>{figures}</Caption1> : null}
      {lines.map((line, i) => (
        <Caption1 key={i} className={styles.text}>
          {line}
        </Caption1>
      ))}
      {actions ? <span className={styles.actions}>{actions}</span> : null}
    </li>
  );
}

/** An action of a finding: a link-styled button with the pane's focus ring. */
export function FindingLink({
  children,
  onClick,
  disabled,
  "aria-label": label,
  ref,
}: {
  readonly children: ReactNode;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly "aria-label"?: string;
  readonly ref?: Ref<HTMLButtonElement>;
}) {
  const styles = useFindingItemStyles();
  return (
    <Link
      as="button"
      className={styles.link}
      ref={ref}
      onClick={onClick}
      {...(disabled !== undefined ? { disabled } : {})}
      {...(label !== undefined ? { "aria-label": label } : {})}
    >
      {children}
    </Link>
  );
}
