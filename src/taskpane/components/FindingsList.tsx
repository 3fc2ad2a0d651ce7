import {
  Badge,
  Body1,
  Caption1,
  CounterBadge,
  Link,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import { useState } from "react";
import { SEVERITY_ORDER, type Finding, type Severity } from "../../domain/findings";
import { uiText } from "../../i18n/zh-CN/ui";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  group: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "8px" },
  groupTitle: { fontSize: tokens.fontSizeBase300 },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  verify: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  verify: "warning",
  info: "informative",
};

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  /** Selects a finding's cell in the workbook. */
  readonly onSelect: (finding: Finding) => void;
}

/** Findings by the sheet they are on (in order of first appearance; "" for those without a cell). */
export function groupBySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet ?? "";
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()];
}

/** The findings filterable by severity and grouped by sheet, each linking to its cell. */
export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Severity | "all">("all");
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const shown = findings.filter((f) => filter === "all" || f.severity === filter);
  if (!findings.length) return <Body1>{uiText.noFindings}</Body1>;
  return (
    <section aria-label={uiText.steps.check}>
      <Body1>{uiText.findingsSummary(count("error"), count("verify"), count("info"))}</Body1>
      <TabList
        aria-label={uiText.filterLabel}
        selectedValue={filter}
        onTabSelect={(_, data: SelectTabData) => setFilter(data.value as Severity | "all")}
        size="small"
      >
        <Tab value="all">{uiText.filterAll}</Tab>
        {SEVERITY_ORDER.map((s) => (
          <Tab key={s} value={s}>
            {uiText.severity[s]}{" "}
            <CounterBadge
              count={count(s)}
              size="small"
              color={s === "error" ? "danger" : "informative"}
              showZero
            />
          </Tab>
        ))}
      </TabList>
      {groupBySheet(shown).map(([sheet, items]) => (
        <section key={sheet} aria-label={sheet || uiText.otherLocation} className={styles.group}>
          <Subtitle2 as="h3" className={styles.groupTitle}>
            {uiText.sheetGroup(sheet || uiText.otherLocation, items.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {items.map((f) => (
              <li key={`${f.rule}@${f.path}`} className={`${styles.item} ${styles[f.severity]}`}>
                <span>
                  <Badge appearance="tint" color={BADGE[f.severity]} size="small">
                    {uiText.severity[f.severity]}
                  </Badge>{" "}
                  <Body1>{f.message}</Body1>
                </span>
                <Caption1>{uiText.figures(f.reported, f.expected)}</Caption1>
                {f.sheet && f.cell ? (
                  <Link as="button" onClick={() => onSelect(f)}>
                    {uiText.goToCell(f.sheet, f.cell)}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
