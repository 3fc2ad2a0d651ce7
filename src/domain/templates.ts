/**
 * Indicator templates (docs/domain.md §8) as data: the 部门整体支出 common framework (共性指标: 投入,
 * 过程, 产出, 效果), the six-dimension framework many provinces use for 部门整体支出 (运行成本,
 * 管理效率, 履职效能, 社会效应, 可持续发展能力, 服务对象满意度) and the project default of 财预〔2020〕10号 (产出 50, 效益 30, 满意度 10,
 * 预算执行率 10). Each indicator carries its weight, its 指标性质 and unit, and — where the
 * workbook computes its figure — its link (在职人员控制率, “三公经费”控制率, 公用经费控制率,
 * 预算完成率). Targets and actuals are left for the unit: a new
 * workbook started from a template scores nothing until they are typed (unknown is not zero).
 */
import { templateText } from "../i18n";
import { blankDataset, type BlankSpec } from "./blank";
import type { Direction, IndicatorKind, IndicatorLink, RawDataset } from "./dataset";

/** The templates a new workbook may start from. */
export const TEMPLATE_IDS = ["department", "six-dimension", "project"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

type Level1 = keyof typeof templateText.level1;
type Level2 = keyof typeof templateText.level2;
type Name = keyof typeof templateText.name;

/** One indicator of a template: its place, weight and how it is measured; no target. */
export interface TemplateIndicator {
  readonly level1: Level1;
  readonly level2: Level2;
  /** The 三级指标; absent: the unit names it (the words say which 二级指标 it belongs to). */
  readonly name?: Name;
  readonly weight: number;
  readonly kind: IndicatorKind;
  readonly direction?: Direction;
  readonly unit?: string;
  readonly link?: IndicatorLink;
}

const rate = (direction: Direction, link?: IndicatorLink) =>
  ({ kind: "quantitative", direction, unit: "%", ...(link ? { link } : {}) }) as const;
const rated = { kind: "qualitative" } as const;

/** 部门整体支出 共性指标: 投入 15, 过程 30, 产出 35, 效果 20. */
export const DEPARTMENT_TEMPLATE: readonly TemplateIndicator[] = [
  { level1: "input", level2: "goalSetting", name: "goalReasonable", weight: 3, ...rated },
  { level1: "input", level2: "goalSetting", name: "indicatorClear", weight: 2, ...rated },
  {
    level1: "input",
    level2: "budgetAllocation",
    name: "staffControlRate",
    weight: 4,
    ...rate("<=", "staffControlRate"),
  },
  { level1: "input", level2: "budgetAllocation", name: "sangongChangeRate", weight: 3, ...rate("<=") },
  { level1: "input", level2: "budgetAllocation", name: "keySpendingRate", weight: 3, ...rate(">=") },
  {
    level1: "process",
    level2: "budgetExecution",
    name: "budgetCompletionRate",
    weight: 5,
    ...rate(">=", "budgetCompletionRate"),
  },
  { level1: "process", level2: "budgetExecution", name: "budgetControlRate", weight: 3, ...rate("<=") },
  {
    level1: "process",
    level2: "budgetExecution",
    name: "publicFundsControlRate",
    weight: 3,
    ...rate("<=", "publicFundsControlRate"),
  },
  {
    level1: "process",
    level2: "budgetExecution",
    name: "sangongControlRate",
    weight: 3,
    ...rate("<=", "sangongControlRate"),
  },
  { level1: "process", level2: "budgetExecution", name: "procurementRate", weight: 3, ...rate(">=") },
  { level1: "process", level2: "budgetManagement", name: "rulesSound", weight: 3, ...rated },
  { level1: "process", level2: "budgetManagement", name: "fundsCompliant", weight: 3, ...rated },
  { level1: "process", level2: "budgetManagement", name: "disclosure", weight: 2, ...rated },
  { level1: "process", level2: "assetManagement", name: "assetsSafe", weight: 3, ...rated },
  { level1: "process", level2: "assetManagement", name: "assetsUsed", weight: 2, ...rate(">=") },
  { level1: "output", level2: "duties", name: "completionRate", weight: 10, ...rate(">=") },
  { level1: "output", level2: "duties", name: "timelyRate", weight: 8, ...rate(">=") },
  { level1: "output", level2: "duties", name: "qualityRate", weight: 8, ...rate(">=") },
  { level1: "output", level2: "duties", name: "keyWorkRate", weight: 9, ...rate(">=") },
  { level1: "effect", level2: "dutyBenefit", name: "economicBenefit", weight: 5, ...rated },
  { level1: "effect", level2: "dutyBenefit", name: "socialBenefit", weight: 5, ...rated },
  { level1: "effect", level2: "dutyBenefit", name: "ecologicalBenefit", weight: 2, ...rated },
  { level1: "effect", level2: "dutyBenefit", name: "publicSatisfaction", weight: 8, ...rate(">=") },
];

/**
 * 部门整体支出, six dimensions: 运行成本 15 (the computed control rates), 管理效率 25, 履职效能 30,
 * 社会效应 10, 可持续发展能力 10, 服务对象满意度 10. Provinces weigh the dimensions differently; these
 * are defaults the unit edits (the engine checks that its weights make 100).
 */
export const SIX_DIMENSION_TEMPLATE: readonly TemplateIndicator[] = [
  {
    level1: "runningCost",
    level2: "economicCost",
    name: "staffControlRate",
    weight: 5,
    ...rate("<=", "staffControlRate"),
  },
  {
    level1: "runningCost",
    level2: "economicCost",
    name: "publicFundsControlRate",
    weight: 5,
    ...rate("<=", "publicFundsControlRate"),
  },
  {
    level1: "runningCost",
    level2: "economicCost",
    name: "sangongControlRate",
    weight: 5,
    ...rate("<=", "sangongControlRate"),
  },
  {
    level1: "managementEfficiency",
    level2: "budgetManagement",
    name: "budgetCompletionRate",
    weight: 5,
    ...rate(">=", "budgetCompletionRate"),
  },
  {
    level1: "managementEfficiency",
    level2: "budgetManagement",
    name: "budgetAdjustmentRate",
    weight: 3,
    ...rate("<="),
  },
  {
    level1: "managementEfficiency",
    level2: "budgetManagement",
    name: "carryoverRate",
    weight: 3,
    ...rate("<="),
  },
  {
    level1: "managementEfficiency",
    level2: "budgetManagement",
    name: "procurementRate",
    weight: 3,
    ...rate(">="),
  },
  {
    level1: "managementEfficiency",
    level2: "financialManagement",
    name: "fundsCompliant",
    weight: 4,
    ...rated,
  },
  { level1: "managementEfficiency", level2: "assetManagement", name: "assetsSafe", weight: 3, ...rated },
  { level1: "managementEfficiency", level2: "assetManagement", name: "assetsUsed", weight: 2, ...rate(">=") },
  { level1: "managementEfficiency", level2: "disclosureManagement", name: "disclosure", weight: 2, ...rated },
  { level1: "dutyEffectiveness", level2: "dutyGoals", name: "keyWorkRate", weight: 10, ...rate(">=") },
  { level1: "dutyEffectiveness", level2: "dutyGoals", name: "completionRate", weight: 8, ...rate(">=") },
  { level1: "dutyEffectiveness", level2: "dutyGoals", name: "timelyRate", weight: 6, ...rate(">=") },
  { level1: "dutyEffectiveness", level2: "dutyGoals", name: "qualityRate", weight: 6, ...rate(">=") },
  { level1: "socialEffect", level2: "economic", weight: 3, ...rated },
  { level1: "socialEffect", level2: "social", weight: 5, ...rated },
  { level1: "socialEffect", level2: "ecological", weight: 2, ...rated },
  { level1: "sustainability", level2: "staffBuilding", weight: 3, ...rated },
  { level1: "sustainability", level2: "rulesBuilding", name: "rulesSound", weight: 4, ...rated },
  { level1: "sustainability", level2: "informatization", weight: 3, ...rated },
  {
    level1: "serviceSatisfaction",
    level2: "serviceSatisfaction",
    name: "publicSatisfaction",
    weight: 10,
    ...rate(">="),
  },
];

/**
 * 项目支出 default (财预〔2020〕10号): 产出 50 (数量, 质量, 时效, 成本), 效益 30 (经济, 社会, 生态,
 * 可持续影响), 满意度 10, and 预算执行率 10 — on a project's form, its 项目资金 block's 得分
 * (`applyTemplate`); without a fund table, an indicator linked to the project's 预算执行率.
 */
export const PROJECT_TEMPLATE: readonly TemplateIndicator[] = [
  { level1: "output", level2: "quantity", weight: 15, kind: "quantitative", direction: ">=" },
  { level1: "output", level2: "quality", weight: 15, kind: "quantitative", direction: ">=" },
  { level1: "output", level2: "timeliness", weight: 10, kind: "quantitative", direction: ">=" },
  { level1: "output", level2: "cost", weight: 10, kind: "quantitative", direction: "<=" },
  { level1: "benefit", level2: "economic", weight: 5, ...rated },
  { level1: "benefit", level2: "social", weight: 15, ...rated },
  { level1: "benefit", level2: "ecological", weight: 5, ...rated },
  { level1: "benefit", level2: "sustainable", weight: 5, ...rated },
  { level1: "satisfaction", level2: "serviceSatisfaction", weight: 10, ...rate(">=") },
  {
    level1: "execution",
    level2: "executionRate",
    name: "projectExecutionRate",
    weight: 10,
    ...rate(">=", "fundExecutionRate"),
  },
];

/** The indicators of each template. */
export const TEMPLATES: Readonly<Record<TemplateId, readonly TemplateIndicator[]>> = {
  department: DEPARTMENT_TEMPLATE,
  "six-dimension": SIX_DIMENSION_TEMPLATE,
  project: PROJECT_TEMPLATE,
};

/** The id of a project template's fund table (`jixiao new --template project`). */
export const PROJECT_TABLE_ID = "project";

/** What a template dataset is for: the unit, the year, and a project's name (project template). */
export interface TemplateSpec extends Omit<BlankSpec, "fundTables"> {
  readonly template: TemplateId;
  /** The project's name (its fund table and 项目支出绩效自评表); absent: 未命名项目. */
  readonly projectName?: string;
}

/** A template's indicators as dataset indicators: words from the catalogue, no target or actual. */
export function templateIndicators(
  template: TemplateId,
  linkTable?: string,
): NonNullable<RawDataset["indicators"]> {
  return TEMPLATES[template].map((t) => {
    const level2 = templateText.level2[t.level2];
    return {
      level1: templateText.level1[t.level1],
      level2,
      name: t.name ? templateText.name[t.name] : templateText.toName(level2),
      weight: String(t.weight),
      kind: t.kind,
      ...(t.direction ? { direction: t.direction } : {}),
      ...(t.unit ? { unit: t.unit } : {}),
      ...(t.link ? { link: t.link } : {}),
      ...(t.link === "fundExecutionRate" || t.link === "fundArrivalRate"
        ? { linkTable: linkTable ?? PROJECT_TABLE_ID }
        : {}),
    };
  });
}

/**
 * A new workbook's dataset with a template's indicators: the department's common framework, or the
 * project default on the first fund table's 项目支出绩效自评表 — 产出, 效益 and 满意度 (90) as its
 * indicators, 预算执行率 (10) as its 项目资金 block's 得分 (the table gets an empty block and
 * 年度总体目标, so the form is there to fill).
 */
export function applyTemplate(raw: RawDataset, template: TemplateId): RawDataset {
  const { settings, fundTables, ...rest } = raw;
  const [first, ...others] = fundTables ?? [];
  const tables =
    template === "project" && first
      ? [{ ...first, funding: first.funding ?? {}, goals: first.goals ?? {} }, ...others]
      : fundTables;
  // A project's indicators are its fund table's (its 项目支出绩效自评表); 预算执行率's 10 points are
  // that form's 项目资金 得分, not an indicator. Without a fund table they stay the department's.
  const indicators =
    template === "project" && first
      ? templateIndicators(template, first.id)
          .filter((i) => i.link !== "fundExecutionRate")
          .map((i) => ({ ...i, table: first.id }))
      : templateIndicators(template, first?.id);
  return {
    ...rest,
    ...(tables ? { fundTables: tables } : {}),
    indicators,
    ...(settings ? { settings } : {}),
  };
}

/**
 * The dataset of a new workbook started from a template: the unit and year (checked as for a blank
 * workbook), the template's indicators, and for a project one fund table named after it (a single
 * row) with an empty 项目资金 block and 年度总体目标.
 * @throws DatasetError as {@link blankDataset} (an empty unit name, a year out of range).
 */
export function templateDataset(spec: TemplateSpec): RawDataset {
  const { template, projectName, ...unit } = spec;
  const title = projectName?.trim() || templateText.defaultProjectTitle;
  const fundTables = template === "project" ? [{ title, dimension: "project" as const, rows: [title] }] : [];
  const blank = blankDataset({ ...unit, fundTables });
  return applyTemplate(
    {
      ...blank,
      ...(blank.fundTables
        ? { fundTables: blank.fundTables.map((t) => ({ ...t, id: PROJECT_TABLE_ID })) }
        : {}),
    },
    template,
  );
}
