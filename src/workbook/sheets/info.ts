/**
 * 基本信息: the unit, the staffing with 在职人员控制率, the check settings (as named cells),
 * and the texts of 部门职能, 机构设置 and 年度绩效目标 — two columns, 项目 and 内容.
 *
 * Read back by its labels: each field is the 内容 of the row whose 项目 says what it is, wherever
 * that row now is; the numbered lists (部门职能职责（n）, 年度绩效目标（n）) go on through rows a
 * clerk inserted under them with the 项目 cell left empty.
 */
import type { ComputedModel, Path } from "../../domain";
import { fieldText, workbookText } from "../../i18n";
import { SheetBuilder, type LocationMap } from "../builder";
import { choiceValues, formula, inputCell, label, rateFormula, rateFraction } from "../cells";
import { cellText, findHeaderRow, gridCell, headerColumns, headingKey, type GridSheet } from "../grid";
import { quoteSheet, SheetKind, StyleKey, type CellPlan, type NamePlan, type SheetPlan } from "../plan";
import type { FigureRefs } from "../figures";
import type { RawBuilder } from "../raw";
import { EXECUTION_CAP_NAME, THRESHOLD_NAME } from "./names";

const W = workbookText.info;
const FL = fieldText.label;

/** The single-value lines of 基本信息: their label and the field they hold. */
const LINES = {
  unitName: { label: W.unitName, path: ["unit", "name"] },
  shortName: { label: W.shortName, path: ["unit", "shortName"] },
  level: { label: W.level, path: ["unit", "level"] },
  year: { label: W.year, path: ["unit", "year"] },
  source: { label: W.source, path: ["source"] },
  budgetUnitCount: { label: W.budgetUnitCount, path: ["profile", "budgetUnitCount"] },
  authorized: { label: W.authorized, path: ["profile", "staffing", "authorized"] },
  actualInQuota: { label: W.actualInQuota, path: ["profile", "staffing", "actualInQuota"] },
  actualTotal: { label: W.actualTotal, path: ["profile", "staffing", "actualTotal"] },
  actualOutOfQuota: { label: FL.actualOutOfQuota, path: ["profile", "staffing", "actualOutOfQuota"] },
  retired: { label: W.retired, path: ["profile", "staffing", "retired"] },
  retiredAs: { label: FL.retiredAs, path: ["profile", "staffing", "retiredAs"] },
  staffingNote: { label: W.staffingNote, path: ["profile", "staffing", "note"] },
  threshold: { label: W.threshold, path: ["settings", "lowExecutionThreshold"] },
  executionCap: { label: W.executionCap, path: ["settings", "executionCap"] },
  outline: { label: FL.outline, path: ["settings", "outline"] },
  reportDate: { label: W.reportDate, path: ["settings", "reportDate"] },
  organization: { label: W.organization, path: ["profile", "organization"] },
  goalsAchieved: { label: FL.goalsAchieved, path: ["goalsAchieved"] },
  noticeTitle: { label: W.noticeTitle, path: ["narrative", "notice", "title"] },
  noticeNumber: { label: FL.noticeNumber, path: ["narrative", "notice", "documentNumber"] },
} as const satisfies Record<string, { label: string; path: Path }>;

/** The numbered lists: how their labels read, and the list they fill. */
const LISTS = [
  { pattern: listPattern(W.functions(0)), path: ["profile", "functions"] },
  { pattern: listPattern(W.goals(0)), path: ["goals"] },
] as const satisfies readonly { pattern: RegExp; path: Path }[];

/** `部门职能职责（1）` → a pattern matching any number in place of the 0 of `template`. */
function listPattern(template: string): RegExp {
  const [before, after] = template.split("0");
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(before)}\\s*\\d*\\s*${escape(after)}$`);
}

/**
 * Lays out 基本信息 and returns the names it defines and the cell of 年度总体目标实际完成情况 (with its
 * sheet, for the department form to show).
 */
export function infoSheet(
  model: ComputedModel,
  name: string,
  locations: LocationMap,
  figures?: FigureRefs,
): { plan: SheetPlan; names: NamePlan[]; goalsAchieved: string } {
  const ds = model.dataset;
  const b = new SheetBuilder("info", SheetKind.info, name, locations);
  b.put(0, 0, label(W.title(ds.unit.year, ds.unit.name), StyleKey.title));
  b.merge(0, 0, 0, 1);
  b.putRow(
    1,
    0,
    W.headers.map((h) => label(h, StyleKey.header)),
  );
  let row = 2;
  const line = (text: string, cell: CellPlan) => {
    b.put(row, 0, label(text));
    return { ref: b.put(row++, 1, cell), row: row - 1 };
  };
  const field = (key: keyof typeof LINES, value: unknown) =>
    line(LINES[key].label, inputCell(LINES[key].path, value));
  const unitLine = field("unitName", ds.unit.name);
  // What 基本情况 lacks (incomplete-section) points at the sheet's first line.
  b.locate(["profile"], unitLine.row, 1);
  field("shortName", ds.unit.shortName);
  const level = field("level", ds.unit.level);
  b.validate({ range: level.ref, type: "list", values: choiceValues(LINES.level.path) ?? [] });
  field("year", ds.unit.year);
  line(W.moneyUnit, label(ds.unit.moneyUnit));
  field("source", ds.source);
  field("budgetUnitCount", ds.profile?.budgetUnitCount);

  row++;
  b.put(row++, 0, label(W.staffingTitle, StyleKey.subtitle));
  const st = ds.profile?.staffing;
  const authorized = field("authorized", st?.authorized);
  const inQuota = field("actualInQuota", st?.actualInQuota);
  const total = field("actualTotal", st?.actualTotal);
  field("actualOutOfQuota", st?.actualOutOfQuota);
  field("retired", st?.retired);
  const retiredAs = field("retiredAs", st?.retiredAs);
  b.validate({ range: retiredAs.ref, type: "list", values: choiceValues(LINES.retiredAs.path) ?? [] });
  field("staffingNote", st?.note);
  const inService = `IF(ISNUMBER(${inQuota.ref}),${inQuota.ref},${total.ref})`;
  const control = line(
    W.controlRate,
    formula(
      `=${rateFormula(inService, authorized.ref)}`,
      rateFraction(model.staffing?.controlRate ?? null),
      StyleKey.rate,
    ),
  );
  b.locate(["profile", "staffing"], control.row, 1);
  figures?.set("staffControlRate", `${quoteSheet(name)}!${control.ref}`);
  b.conditional({
    range: control.ref,
    formula: `=AND(ISNUMBER(${control.ref}),${control.ref}>1)`,
    severity: "verify",
    rule: "staff-over-quota",
  });

  row++;
  b.put(row++, 0, label(W.settingsTitle, StyleKey.subtitle));
  const threshold = ds.settings?.lowExecutionThreshold;
  const thresholdCell = inputCell(LINES.threshold.path, threshold);
  const th = line(
    W.threshold,
    threshold
      ? thresholdCell
      : { ...thresholdCell, value: model.settings.lowExecutionThreshold.div(100).toNumber() },
  );
  b.validate({ range: th.ref, type: "decimal", min: 0, max: 1, warnOnly: true });
  const cap = field("executionCap", model.settings.executionCap);
  b.validate({ range: cap.ref, type: "list", values: choiceValues(LINES.executionCap.path) ?? [] });
  const outline = field("outline", ds.settings?.outline);
  b.validate({ range: outline.ref, type: "list", values: choiceValues(LINES.outline.path) ?? [] });
  field("reportDate", ds.settings?.reportDate);

  row++;
  b.put(row++, 0, label(W.textsTitle, StyleKey.subtitle));
  field("organization", ds.profile?.organization);
  field("noticeTitle", ds.narrative?.notice?.title);
  field("noticeNumber", ds.narrative?.notice?.documentNumber);
  (ds.profile?.functions ?? []).forEach((f, i) =>
    line(W.functions(i + 1), inputCell(["profile", "functions", i], f)),
  );
  (ds.goals ?? []).forEach((g, i) => line(W.goals(i + 1), inputCell(["goals", i], g)));
  // The department form's 年度总体目标 实际完成情况: typed here, shown on the form by a formula.
  const achieved = field("goalsAchieved", ds.goalsAchieved);

  b.setColumns([30, 90]);
  b.freeze(2);
  b.printTitles(0, 1);
  return {
    plan: b.build(),
    names: [
      { name: THRESHOLD_NAME, sheet: name, cell: th.ref },
      { name: EXECUTION_CAP_NAME, sheet: name, cell: cap.ref },
    ],
    goalsAchieved: `${quoteSheet(name)}!${achieved.ref}`,
  };
}

/** Reads 基本信息 by its labels into `raw`. */
export function readInfoSheet(sheet: GridSheet, raw: RawBuilder): void {
  const header = findHeaderRow(sheet, W.headers);
  const at = header >= 0 ? headerColumns(sheet, header) : new Map<string, number>();
  const labelCol = at.get(headingKey(W.headers[0])) ?? 0;
  const valueCol = at.get(headingKey(W.headers[1])) ?? 1;
  const byLabel = new Map<string, Path>(Object.values(LINES).map((l) => [headingKey(l.label), l.path]));
  const counts = new Map<Path, number>();
  let list: Path | null = null;
  raw.set(["unit", "moneyUnit"], "万元");
  for (let r = header + 1; r < sheet.cells.length; r++) {
    const text = headingKey(cellText(gridCell(sheet, r, labelCol)));
    const value = gridCell(sheet, r, valueCol);
    const path = byLabel.get(text);
    if (path) {
      list = null;
      raw.read(path, value, sheet.name, r, valueCol);
      continue;
    }
    const match = LISTS.find((l) => l.pattern.test(text));
    if (match) list = match.path;
    else if (text !== "") {
      list = null;
      continue;
    }
    if (!list || cellText(value) === "") continue;
    const n = counts.get(list) ?? 0;
    if (raw.read([...list, n], value, sheet.name, r, valueCol)) counts.set(list, n + 1);
  }
}
