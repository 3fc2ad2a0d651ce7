/**
 * 基本信息: the unit, the staffing with 在职人员控制率, the check settings (as named cells),
 * and the texts of 部门职能, 机构设置 and 年度绩效目标.
 */
import type { ComputedModel } from "../../domain";
import { SheetBuilder, type LocationMap } from "../builder";
import {
  choiceInput,
  countInput,
  formula,
  integerInput,
  label,
  rateFormula,
  rateFraction,
  rateInput,
  textInput,
} from "../cells";
import { SheetKind, StyleKey, type NamePlan, type SheetPlan } from "../plan";
import { EXECUTION_CAP_NAME, THRESHOLD_NAME } from "./names";
import { workbookText } from "../../i18n";

const W = workbookText.info;

/** Lays out 基本信息 and returns the names it defines. */
export function infoSheet(
  model: ComputedModel,
  name: string,
  locations: LocationMap,
): { plan: SheetPlan; names: NamePlan[] } {
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
  const line = (text: string, cell: Parameters<SheetBuilder["put"]>[2]) => {
    b.put(row, 0, label(text));
    return { ref: b.put(row++, 1, cell), row: row - 1 };
  };
  const levels = workbookText.levels;
  line(W.unitName, textInput(ds.unit.name, "unit.name"));
  line(W.shortName, textInput(ds.unit.shortName, "unit.shortName"));
  const level = line(W.level, choiceInput(levels[ds.unit.level], "unit.level"));
  b.validate({ range: level.ref, type: "list", values: Object.values(levels) });
  line(W.year, integerInput(ds.unit.year, "unit.year"));
  line(W.moneyUnit, label(ds.unit.moneyUnit));
  b.meta("unit.moneyUnit", ds.unit.moneyUnit);
  line(W.source, textInput(ds.source, "source"));
  line(W.budgetUnitCount, integerInput(ds.profile?.budgetUnitCount, "profile.budgetUnitCount"));

  row++;
  b.put(row++, 0, label(W.staffingTitle, StyleKey.subtitle));
  const st = ds.profile?.staffing;
  const sp = "profile.staffing";
  const authorized = line(W.authorized, countInput(st?.authorized, `${sp}.authorized`));
  const inQuota = line(W.actualInQuota, countInput(st?.actualInQuota, `${sp}.actualInQuota`));
  const total = line(W.actualTotal, countInput(st?.actualTotal, `${sp}.actualTotal`));
  line(W.retired, countInput(st?.retired, `${sp}.retired`));
  line(W.staffingNote, textInput(st?.note, `${sp}.note`));
  const inService = `IF(ISNUMBER(${inQuota.ref}),${inQuota.ref},${total.ref})`;
  const control = line(
    W.controlRate,
    formula(
      `=${rateFormula(inService, authorized.ref)}`,
      rateFraction(model.staffing?.controlRate ?? null),
      StyleKey.rate,
    ),
  );
  b.locate("profile.staffing", control.row, 1);
  b.conditional({
    range: control.ref,
    formula: `=AND(ISNUMBER(${control.ref}),${control.ref}>1)`,
    severity: "verify",
    rule: "staff-over-quota",
  });

  row++;
  b.put(row++, 0, label(W.settingsTitle, StyleKey.subtitle));
  const threshold = ds.settings?.lowExecutionThreshold;
  const thresholdCell = threshold
    ? rateInput(threshold, "settings.lowExecutionThreshold")
    : {
        ...rateInput(undefined, "settings.lowExecutionThreshold"),
        value: model.settings.lowExecutionThreshold.div(100).toNumber(),
      };
  const th = line(W.threshold, thresholdCell);
  b.validate({ range: th.ref, type: "decimal", min: 0, max: 1, warnOnly: true });
  const cap = line(
    W.executionCap,
    choiceInput(model.settings.executionCap ? workbookText.yes : workbookText.no, "settings.executionCap"),
  );
  b.validate({ range: cap.ref, type: "list", values: [workbookText.yes, workbookText.no] });

  row++;
  b.put(row++, 0, label(W.textsTitle, StyleKey.subtitle));
  line(W.organization, textInput(ds.profile?.organization, "profile.organization"));
  (ds.profile?.functions ?? []).forEach((f, i) =>
    line(W.functions(i + 1), textInput(f, `profile.functions[${i}]`)),
  );
  (ds.goals ?? []).forEach((g, i) => line(W.goals(i + 1), textInput(g, `goals[${i}]`)));

  b.setColumns([30, 90]);
  b.freeze(2);
  b.printTitles(0, 1);
  return {
    plan: b.build(),
    names: [
      { name: THRESHOLD_NAME, sheet: name, cell: th.ref },
      { name: EXECUTION_CAP_NAME, sheet: name, cell: cap.ref },
    ],
  };
}
