/**
 * The findings, as the pane shows them: the counts as text, the severity tabs (open/total), 只看
 * 待处理, 上一项/下一项, and the list in its own scroll area — grouped by sheet (collapsible), open
 * ones first, each with its figures as its message shows them, its 说明, 定位到 its cell and
 * 记录说明. The list is one Tab stop; the arrow keys move inside it.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Switch,
  Tab,
  TabList,
  makeStyles,
  tokens,
  typographyStyles,
  useArrowNavigationGroup,
  useId,
  type SelectTabData,
} from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronUp20Regular } from "@fluentui/react-icons";
import type { RefObject } from "react";
import { isOpenReview, reviewKey, SEVERITY_ORDER, type Finding, type Review } from "../../domain";
import { findingText, uiText } from "../../i18n";
import { figuresOf, messageUnder, type FindingsView, type SeverityFilter } from "../state/findingsView";
import { FindingItem, FindingItems, FindingLink } from "./FindingItem";
import { focusRing } from "./styles";

const T = uiText.findings;

const useFindingsListStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1, gap: "6px" },
  top: { display: "flex", flexDirection: "column", gap: "4px", flexShrink: 0 },
  titleRow: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: "8px" },
  heading: { ...typographyStyles.subtitle2, margin: 0, borderRadius: tokens.borderRadiusSmall, ...focusRing },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  noErrors: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", rowGap: "2px" },
  nav: { display: "flex", gap: "4px", marginLeft: "auto" },
  list: {
    flexGrow: 1,
    minHeight: "120px",
    overflowY: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  header: { fontSize: tokens.fontSizeBase300 },
  empty: { padding: "8px 0" },
});

/** The Accordion value of a sheet's group ("" is the group of findings without a cell). */
const groupValue = (sheet: string) => sheet || "—";

export interface FindingsListProps {
  readonly view: FindingsView;
  /** The reviews recorded on 检查结果, by `reviewKey`. */
  readonly reviews: ReadonlyMap<string, Review> | undefined;
  readonly total: number;
  readonly openErrors: number;
  /** Opens the review of a finding; without it, no 记录说明. */
  readonly onReview?: (finding: Finding) => void;
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
  /** Receives each finding's focus target (its first action), by review key. */
  readonly targets?: RefObject<Map<string, HTMLElement>>;
  /** Receives each finding's 记录说明 link, by review key (the focus returns there). */
  readonly reviewLinks?: RefObject<Map<string, HTMLElement>>;
}

function Item({
  finding: f,
  sheet,
  review,
  current,
  onChoose,
  onReview,
  targetRef,
  reviewRef,
}: {
  readonly finding: Finding;
  readonly sheet: string;
  readonly review: Review | undefined;
  readonly current: boolean;
  readonly onChoose: () => void;
  readonly onReview?: () => void;
  readonly targetRef: (el: HTMLElement | null) => void;
  readonly reviewRef: (el: HTMLElement | null) => void;
}) {
  const settled = !isOpenReview(review);
  const note = review?.note.trim();
  const cell = f.sheet && f.cell ? f.cell : undefined;
  return (
    <FindingItem
      severity={f.severity}
      message={messageUnder(sheet, f.message)}
      figures={figuresOf(f)}
      status={settled ? review?.status : undefined}
      lines={note ? [T.note(note)] : []}
      current={current}
      settled={settled}
      actions={
        cell || onReview ? (
          <>
            {cell ? (
              <FindingLink ref={targetRef} onClick={onChoose}>
                {T.goToCell(cell)}
              </FindingLink>
            ) : null}
            {onReview ? (
              <FindingLink
                ref={(el: HTMLElement | null) => {
                  reviewRef(el);
                  if (!cell) targetRef(el);
                }}
                onClick={onReview}
                aria-label={T.reviewOf(f.message)}
              >
                {T.review}
              </FindingLink>
            ) : null}
          </>
        ) : undefined
      }
    />
  );
}

/** The findings panel of the pane. */
export function FindingsList({
  view,
  reviews,
  total,
  openErrors,
  onReview,
  headingRef,
  targets,
  reviewLinks,
}: FindingsListProps) {
  const styles = useFindingsListStyles();
  const headingId = useId("findings");
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const { counts } = view;
  const register =
    (map: RefObject<Map<string, HTMLElement>> | undefined, key: string) => (el: HTMLElement | null) => {
      if (!map?.current) return;
      if (el) map.current.set(key, el);
      else map.current.delete(key);
    };
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.top}>
        <div className={styles.titleRow}>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
            {T.title}
          </h2>
          <Caption1 className={openErrors ? styles.errors : styles.noErrors}>
            {T.openErrors(openErrors)}
          </Caption1>
        </div>
        {total ? (
          <>
            <Caption1>{T.summary(counts.error.total, counts.verify.total, counts.info.total)}</Caption1>
            <TabList
              aria-label={T.filterLabel}
              selectedValue={view.filter}
              onTabSelect={(_, data: SelectTabData) => view.setFilter(data.value as SeverityFilter)}
              size="small"
            >
              <Tab value="all">{T.filterAll}</Tab>
              {SEVERITY_ORDER.map((s) => {
                const { open, total: all } = counts[s];
                const name = findingText.severity[s];
                return (
                  <Tab key={s} value={s} aria-label={T.tabLabel(name, open, all)}>
                    {T.tab(name, open, all)}
                  </Tab>
                );
              })}
            </TabList>
            <div className={styles.toolbar}>
              <Switch
                label={T.openOnly}
                checked={view.openOnly}
                onChange={(_, d) => view.setOpenOnly(d.checked)}
              />
              <span className={styles.nav}>
                <Button
                  size="small"
                  icon={<ChevronUp20Regular />}
                  onClick={view.previous}
                  disabled={!view.shown.length || view.index === 0}
                >
                  {T.previous}
                </Button>
                <Button
                  size="small"
                  icon={<ChevronDown20Regular />}
                  onClick={view.next}
                  disabled={!view.shown.length || view.index === view.shown.length - 1}
                >
                  {T.next}
                </Button>
              </span>
              <Caption1 aria-live="polite">{T.position(view.index + 1, view.shown.length)}</Caption1>
            </div>
          </>
        ) : null}
      </div>
      <div className={styles.list} aria-label={T.listLabel} role="group" {...arrows}>
        {!total ? (
          <Body1 className={styles.empty}>{T.none}</Body1>
        ) : !view.groups.length ? (
          <Body1 className={styles.empty}>{view.openOnly ? T.noneOpen : T.noneShown}</Body1>
        ) : (
          <Accordion
            multiple
            collapsible
            openItems={view.expanded.map(groupValue)}
            onToggle={(_, d) => {
              const open = (d.openItems as string[]).map((v) => (v === "—" ? "" : v));
              view.setExpanded(open);
            }}
          >
            {view.groups.map((group) => (
              <AccordionItem key={group.sheet} value={groupValue(group.sheet)}>
                <AccordionHeader as="h3" size="small" className={styles.header}>
                  {T.group(group.sheet || T.otherLocation, group.open, group.items.length)}
                </AccordionHeader>
                <AccordionPanel>
                  <FindingItems>
                    {group.items.map((f) => {
                      const key = reviewKey(f);
                      return (
                        <Item
                          key={key}
                          finding={f}
                          sheet={group.sheet}
                          review={reviews?.get(key)}
                          current={view.current === key}
                          onChoose={() => view.choose(f)}
                          {...(onReview ? { onReview: () => onReview(f) } : {})}
                          targetRef={register(targets, key)}
                          reviewRef={register(reviewLinks, key)}
                        />
                      );
                    })}
                  </FindingItems>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        )}
      </div>
    </section>
  );
}
