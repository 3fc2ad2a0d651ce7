/**
 * The dataset contract (`jixiao-dataset` v1, DATASET.md) as types. One generic shape serves
 * both the file as written (`RawDataset`, numbers as `Num`) and the loaded dataset
 * (`Dataset`, numbers parsed into `NumCell`s that keep what was written).
 */
import type { Num, NumCell } from "./numbers";
import type { Path } from "./paths";

export const DATASET_FORMAT = "jixiao-dataset";
export const DATASET_VERSION = 1;

export const UNIT_LEVELS = ["province", "city", "district", "county"] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The 三公 categories; `vehicle` is the combined 公务用车购置及运行维护费. */
export const SANGONG_KEYS = [
  "vehicle",
  "vehiclePurchase",
  "vehicleOperation",
  "abroad",
  "reception",
] as const;
export type SangongKey = (typeof SANGONG_KEYS)[number];

export const BREAKDOWN_BASES = ["totalExpenditure", "basic", "project", "items"] as const;
export type BreakdownBase = (typeof BREAKDOWN_BASES)[number];

export const FUND_DIMENSIONS = ["project", "region", "institution"] as const;
export type FundDimension = (typeof FUND_DIMENSIONS)[number];

export const RATE_BASES = ["budget", "arrived"] as const;
export type RateBase = (typeof RATE_BASES)[number];

export const DIRECTIONS = [">=", "<=", "="] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const INDICATOR_KINDS = ["quantitative", "qualitative"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const RATINGS = ["达成", "部分达成", "未达成"] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * Figures the engine computes that an indicator's 实际完成值 may be linked to (docs/domain.md §8): the
 * department's 在职人员控制率, “三公经费”控制率, 公用经费控制率 and 预算完成率, and a fund table's
 * 预算执行率 or 资金到位率 (the table named by the indicator's `linkTable`).
 */
export const INDICATOR_LINKS = [
  "staffControlRate",
  "sangongControlRate",
  "publicFundsControlRate",
  "budgetCompletionRate",
  "fundExecutionRate",
  "fundArrivalRate",
] as const;
export type IndicatorLink = (typeof INDICATOR_LINKS)[number];

/** The links that need a fund table. */
export const FUND_LINKS: ReadonlySet<IndicatorLink> = new Set<IndicatorLink>([
  "fundExecutionRate",
  "fundArrivalRate",
]);

export const GRADES = ["优", "良", "中", "差"] as const;
export type Grade = (typeof GRADES)[number];

/** The report outlines the finance bureaus prescribe (docs/domain.md §1): 湖南 一…十, 湖北, 广东. */
export const OUTLINE_IDS = ["hunan", "hubei", "guangdong"] as const;
export type OutlineId = (typeof OUTLINE_IDS)[number];

/** What the unit called its retired staff: 离休 and 退休 are different people (离休 = before 1949). */
export const RETIRED_LABELS = ["离休", "退休", "离退休"] as const;
export type RetiredLabel = (typeof RETIRED_LABELS)[number];

export interface UnitOf {
  name: string;
  shortName?: string;
  level: UnitLevel;
  year: number;
  moneyUnit: "万元";
}

export interface StaffingOf<N> {
  authorized?: N;
  actualInQuota?: N;
  actualTotal?: N;
  retired?: N;
  /** How the unit named `retired` (离休人员 40 人, 退休职工 99 人); absent = 离退休. */
  retiredAs?: RetiredLabel;
  /** 编制外实有人数 (其他人员): with it, the report may set 在职人员 beside 编制. */
  actualOutOfQuota?: N;
  note?: string;
}

export interface ProfileOf<N> {
  functions?: string[];
  organization?: string;
  budgetUnitCount?: number;
  staffing?: StaffingOf<N>;
}

export interface BasicProjectOf<N> {
  basic?: N;
  project?: N;
}

export interface FinanceOf<N> {
  openingBalance?: BasicProjectOf<N>;
  income?: BasicProjectOf<N>;
  expenditure?: BasicProjectOf<N>;
  closingBalance?: { basic?: N; projectCarryover?: N; projectSurplus?: N };
  reported?: { totalAvailable?: N; totalIncome?: N; totalExpenditure?: N; totalClosing?: N };
}

export interface BasicExpenditureOf<N> {
  budget?: N;
  personnel?: { total?: N; wages?: N; familySubsidies?: N };
  publicFunds?: N;
  publicFundsBudget?: N;
  reported?: { personnelShare?: N; publicFundsShare?: N };
}

export interface BreakdownItemOf<N> {
  name: string;
  amount: N;
  reportedShare?: N;
}

export interface BreakdownOf<N> {
  id: string;
  title: string;
  base?: BreakdownBase;
  items: BreakdownItemOf<N>[];
  reportedTotal?: N;
}

export interface SangongItemOf<N> {
  /** 预算数 as the unit reported it: the 年初预算数. */
  budget?: N;
  /** 全年预算数 (after 追加/调减); over-budget compares with it when given. */
  adjustedBudget?: N;
  actual?: N;
  lastYearActual?: N;
  note?: string;
}

export type SangongRecordOf<T> = Partial<Record<SangongKey, T>>;

export interface SangongStats {
  vehiclesPurchased?: number;
  vehiclesHeld?: number;
  abroadGroups?: number;
  abroadPersons?: number;
  receptionBatches?: number;
  receptionPersons?: number;
}

export interface SangongOf<N> {
  items: SangongRecordOf<SangongItemOf<N>>;
  reported?: {
    budget?: N;
    actual?: N;
    rate?: N;
    rates?: SangongRecordOf<N>;
    shares?: SangongRecordOf<N>;
  };
  stats?: SangongStats;
}

export interface FundRowOf<N> {
  group?: string;
  name: string;
  budget: N;
  arrived?: N;
  used: N;
  /** How the report printed 实际使用 when it was not a number, e.g. "-". */
  usedAsReported?: string;
  reportedRate?: N;
  /**
   * 全年预算数 (after 追加/调减; docs/domain.md §8): the row's 执行率 and over-budget are on it when it
   * holds a number, else on `budget` (预算批复, the 年初预算数).
   */
  adjustedBudget?: N;
}

export interface FundSubtotalOf<N> {
  group: string;
  budget?: N;
  arrived?: N;
  used?: N;
  rate?: N;
  /** 全年预算数 of the 小计 as the unit reported it. */
  adjustedBudget?: N;
}

export interface FundTotalOf<N> {
  budget?: N;
  arrived?: N;
  used?: N;
  rate?: N;
  arrivalRate?: N;
  /** 全年预算数 of the 合计 as the unit reported it. */
  adjustedBudget?: N;
}

/** One line of the budget model (docs/domain.md §8): 年初预算数, 全年预算数 (adjusted), 全年执行数. */
export interface BudgetLineOf<N> {
  initial?: N;
  adjusted?: N;
  actual?: N;
}

/** The sources of a project's money (项目支出绩效自评表 项目资金 rows). */
export const PROJECT_FUNDING_LINES = ["total", "current", "carryover", "other"] as const;
export type ProjectFundingLine = (typeof PROJECT_FUNDING_LINES)[number];

/**
 * 项目资金（万元）: 年度资金总额 and 其中 当年财政拨款 / 上年结转资金 / 其他资金, each a budget line.
 * The total's figures, when not given, are the sum of the sources' — only when every source given
 * has that figure (unknown is not zero).
 */
export type ProjectFundingOf<N> = Partial<Record<ProjectFundingLine, BudgetLineOf<N>>>;

/**
 * The department's 年度资金总额 (部门整体支出绩效自评表): the total; 按收入性质 一般公共预算拨款,
 * 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金; 按支出性质 基本支出, 项目支出.
 */
export const DEPARTMENT_FUNDING_LINES = [
  "total",
  "generalPublic",
  "governmentFund",
  "specialAccount",
  "other",
  "basic",
  "project",
] as const;
export type DepartmentFundingLine = (typeof DEPARTMENT_FUNDING_LINES)[number];
export type DepartmentFundingOf<N> = Partial<Record<DepartmentFundingLine, BudgetLineOf<N>>>;

/** 年度总体目标 of a form: 预期目标 and 实际完成情况. */
export interface FormGoals {
  expected?: string;
  actual?: string;
}

export interface FundTableOf<N> {
  id: string;
  title: string;
  dimension: FundDimension;
  rateBase?: RateBase;
  rows: FundRowOf<N>[];
  reportedSubtotals?: FundSubtotalOf<N>[];
  reportedTotal?: FundTotalOf<N>;
  /** 项目资金 of the table's 项目支出绩效自评表 (the budget model). */
  funding?: ProjectFundingOf<N>;
  /** 年度总体目标 of the table's 项目支出绩效自评表. */
  goals?: FormGoals;
}

export interface IndicatorOf<N> {
  level1: string;
  level2?: string;
  name: string;
  weight: N;
  kind?: IndicatorKind;
  direction?: Direction;
  target?: N;
  unit?: string;
  actual?: N;
  rating?: Rating;
  ratingPercent?: N;
  reportedScore?: N;
  deviationNote?: string;
  illustrative?: boolean;
  /** The computed figure the 实际完成值 is (the typed `actual` is then checked against it). */
  link?: IndicatorLink;
  /** The fund table (its id) of a `fundExecutionRate` or `fundArrivalRate` link. */
  linkTable?: string;
  /**
   * The fund table (its id) whose 项目支出绩效自评表 carries the indicator; absent, or naming no
   * fund table of the dataset: the department's (部门整体支出绩效自评表, 指标评分's total).
   */
  table?: string;
}

export interface SelfEvaluationOf<N> {
  reportedScore?: N;
  reportedGrade?: Grade;
  note?: string;
}

export interface TitledText {
  title?: string;
  text: string;
}

/** The finance bureau's notice the self-evaluation answers (依据 of the opening paragraph). */
export interface Notice {
  /** The notice's title, without 《》: 关于开展2024年度省级预算部门绩效自评和部门评价的通知. */
  title?: string;
  /** Its 文号: 湘财绩〔2025〕2号. */
  documentNumber?: string;
}

/** 自评工作开展情况 in the unit's own words; the structured parts are the 广东 outline's sub-items. */
export interface SelfEvaluationWork {
  /** The unit's own account as a whole (湖北 二、, 湖南 the paragraph after the opening). */
  text?: string;
  /** 评价小组情况. */
  team?: string;
  /** 自评工作过程: 前期准备. */
  preparation?: string;
  /** 自评工作过程: 组织实施. */
  implementation?: string;
  /** 自评工作过程: 实施评价. */
  evaluation?: string;
  /** 自评材料报送时间及质量. */
  submission?: string;
  /** 自评材料报送及公开一致情况. */
  disclosure?: string;
}

export interface Narrative {
  /** 依据: the finance bureau's notice. */
  notice?: Notice;
  /** 自评工作开展情况. */
  selfEvaluationWork?: SelfEvaluationWork;
  achievements?: TitledText[];
  problems?: TitledText[];
  measures?: TitledText[];
  resultApplication?: string;
  publicity?: string;
  otherFunds?: { governmentFund?: string; stateCapital?: string; socialInsurance?: string };
  other?: string;
}

export interface SettingsOf<N> {
  lowExecutionThreshold?: N;
  executionCap?: boolean;
  /** The report outline; absent = hunan. */
  outline?: OutlineId;
  /** 成文日期 of the report, `YYYY-MM-DD`; absent = the report shows 【待补充：成文日期】. */
  reportDate?: string;
}

export interface DatasetOf<N> {
  format: typeof DATASET_FORMAT;
  version: typeof DATASET_VERSION;
  source?: string;
  unit: UnitOf;
  profile?: ProfileOf<N>;
  goals?: string[];
  /** 年度总体目标's 实际完成情况 on the department's 部门整体支出绩效自评表 (the 预期目标 are `goals`). */
  goalsAchieved?: string;
  finance?: FinanceOf<N>;
  basicExpenditure?: BasicExpenditureOf<N>;
  breakdowns?: BreakdownOf<N>[];
  sangong?: SangongOf<N>;
  fundTables?: FundTableOf<N>[];
  /** The department's 年度资金总额 (the budget model of its 部门整体支出绩效自评表). */
  funding?: DepartmentFundingOf<N>;
  indicators?: IndicatorOf<N>[];
  selfEvaluation?: SelfEvaluationOf<N>;
  narrative?: Narrative;
  settings?: SettingsOf<N>;
}

/** The dataset file as written. */
export type RawDataset = DatasetOf<Num>;
/** A text field the loader cleaned of characters XML forbids: where, and how many characters changed. */
export interface TextRepair {
  readonly path: Path;
  readonly changed: number;
}

/**
 * The loaded dataset: every numeric field parsed, keeping what was written; `repairs` lists the
 * text fields the loader cleaned (not part of the file format).
 */
export type Dataset = DatasetOf<NumCell> & { readonly repairs?: readonly TextRepair[] };
export type FundTable = FundTableOf<NumCell>;
export type FundRow = FundRowOf<NumCell>;
export type Indicator = IndicatorOf<NumCell>;
export type Breakdown = BreakdownOf<NumCell>;
export type SangongItem = SangongItemOf<NumCell>;
