/**
 * The vocabulary of the report check, as data: how real reports name what a figure is about.
 * Extended from the phrasing of the province and city reports these checks were built on
 * (“项目支出（含对市州转移支付）年初结转和结余 …，本年收入 …”, “公务用车购置及运行维护费支出全年预算数为 …，
 * 支出决算为 …，完成预算的 …”, “资金实际到位数为 …，资金到位率为 …”) and from the report this project
 * writes.
 *
 * One table, `VOCABULARY`, in three parts:
 * - `subjects`: the words that name a subject (基本支出, 公务接待费 …). A subject the vocabulary
 *   does not know — a fund table (公共卫生专项), one of its rows (长沙市) — is a *named item*,
 *   matched against the workbook's fund tables by name.
 * - `measures`: the words written right before a figure that say what is measured (本年收入,
 *   预算执行率, 保有量 …), with the subject they imply when the label names none.
 * - `figures`: subject × measure → the model's figure (null when the workbook does not have it:
 *   nothing to compare, never 0).
 */
import {
  Dec,
  rateOf,
  type ComputedModel,
  type Decimal,
  type FundFigures,
  type SangongFigures,
  type SangongKey,
} from "../domain";
import { FigureKind } from "./types";

/** The subjects the vocabulary knows by name. */
export const STATIC_SUBJECTS = [
  "department",
  "basic",
  "project",
  "personnel",
  "publicFunds",
  "wages",
  "familySubsidies",
  "goodsServices",
  "sangong",
  "vehicle",
  "vehiclePurchase",
  "vehicleOperation",
  "abroad",
  "reception",
  "staffing",
  "evaluation",
  "unit",
] as const;
export type StaticSubject = (typeof STATIC_SUBJECTS)[number];

/** Families of subjects: how a generic measure (支出, 结转) reads for them. */
export type Family = "finance" | "part" | "sangong" | "staffing" | "evaluation" | "unit" | "fund";

const FAMILY: Record<StaticSubject, Family> = {
  department: "finance",
  basic: "finance",
  project: "finance",
  personnel: "part",
  publicFunds: "part",
  wages: "part",
  familySubsidies: "part",
  goodsServices: "part",
  sangong: "sangong",
  vehicle: "sangong",
  vehiclePurchase: "sangong",
  vehicleOperation: "sangong",
  abroad: "sangong",
  reception: "sangong",
  staffing: "staffing",
  evaluation: "evaluation",
  unit: "unit",
};

/** The family of a subject (`fund` for a named item). */
export const familyOf = (subject: StaticSubject | null): Family => (subject ? FAMILY[subject] : "fund");

/** What can be measured, and the kind of figure (the unit) each measure takes. */
export const MEASURES = {
  /** 一般公共预算财政拨款收入 in its broad sense: opening balance + income. */
  available: FigureKind.amount,
  opening: FigureKind.amount,
  income: FigureKind.amount,
  expenditure: FigureKind.amount,
  closing: FigureKind.amount,
  closingCarryover: FigureKind.amount,
  closingSurplus: FigureKind.amount,
  /** 结转, 结转和结余: opening or closing by where the sentence is (after 本年支出: closing). */
  carry: FigureKind.amount,
  /** 结余: likewise. */
  surplus: FigureKind.amount,
  /** 支出, 实际支出, 支出决算: expenditure, an amount, 三公 actual or a fund's 实际使用 by subject. */
  spent: FigureKind.amount,
  amount: FigureKind.amount,
  actual: FigureKind.amount,
  used: FigureKind.amount,
  budget: FigureKind.amount,
  initialBudget: FigureKind.amount,
  arrived: FigureKind.amount,
  requested: FigureKind.amount,
  lastYear: FigureKind.amount,
  rate: FigureKind.rate,
  arrivalRate: FigureKind.rate,
  completionRate: FigureKind.rate,
  share: FigureKind.rate,
  controlRate: FigureKind.rate,
  change: FigureKind.rate,
  overallRate: FigureKind.rate,
  authorized: FigureKind.count,
  inQuota: FigureKind.count,
  actualTotal: FigureKind.count,
  headcount: FigureKind.count,
  retired: FigureKind.count,
  retiredOnly: FigureKind.count,
  retiredLi: FigureKind.count,
  budgetUnits: FigureKind.count,
  vehiclesPurchased: FigureKind.count,
  vehiclesHeld: FigureKind.count,
  abroadGroups: FigureKind.count,
  abroadPersons: FigureKind.count,
  receptionBatches: FigureKind.count,
  receptionPersons: FigureKind.count,
  score: FigureKind.score,
  scoreTotal: FigureKind.score,
  /** The department form's 预算执行率 得分 (docs/domain.md §8), part of the total. */
  executionScore: FigureKind.score,
} as const;
export type Measure = keyof typeof MEASURES;

/** The words of one measure. */
export interface MeasureWords {
  readonly measure: Measure;
  /** Written right before the figure (after 为/达/共 …), longest wins. */
  readonly words: readonly string[];
  /**
   * The subject the measure implies (编制数 → 人员编制): it wins over a subject the label names
   * unless that one is of the same family (因公出国（境）人次数).
   */
  readonly subject?: StaticSubject;
  /** The figure's unit says which measure it is (接待 119 批次 / 接待 660 人次). */
  readonly byUnit?: boolean;
}

/** The words of one subject. */
export interface SubjectWords {
  readonly subject: StaticSubject;
  readonly words: readonly string[];
}

/** A figure of the model: the value, and what else the unit may rightly write for it. */
export interface ModelFigure {
  readonly value: Decimal;
  /** The unit's own total, which the report states when it is within 尾差 of the sum (docs/domain.md §2). */
  readonly reported?: Decimal | null;
  /** The number of parts a total sums (for its 尾差 tolerance, n × 0.005). */
  readonly parts?: number;
  /** Other values a rate may rightly have (computed on the unit's reported totals). */
  readonly alternates?: readonly Decimal[];
}

type Getter = (m: ComputedModel) => ModelFigure | null;

const fig = (
  value: Decimal | null | undefined,
  extra: Omit<ModelFigure, "value"> = {},
): ModelFigure | null => (value === null || value === undefined ? null : { value, ...extra });

const SANGONG_CATEGORIES = ["vehicle", "vehiclePurchase", "vehicleOperation", "abroad", "reception"] as const;

function sangongCategory(m: ComputedModel, key: SangongKey) {
  const sg = m.sangong;
  if (!sg) return undefined;
  return key === "vehicle" ? sg.vehicle : sg.categories.find((c) => c.key === key);
}

function sangongFigures(prefix: StaticSubject, pick: (m: ComputedModel) => SangongFigures | undefined) {
  return {
    [`${prefix}/budget`]: (m: ComputedModel) => fig(pick(m)?.budget),
    [`${prefix}/initialBudget`]: (m: ComputedModel) => fig(pick(m)?.initialBudget),
    [`${prefix}/actual`]: (m: ComputedModel) => fig(pick(m)?.actual),
    [`${prefix}/completionRate`]: (m: ComputedModel) => fig(pick(m)?.rate),
    [`${prefix}/lastYear`]: (m: ComputedModel) => fig(pick(m)?.lastYearActual),
    [`${prefix}/change`]: (m: ComputedModel) => fig(pick(m)?.change),
  } as Record<string, Getter>;
}

/** `part / whole` in percent, half-up to 2 decimals (as the model computes rates), or null. */
const pctOf = rateOf;

/** What the unit reported for 三公 (its totals, rates and shares), if anything. */
const sangongReported = (m: ComputedModel) => m.dataset.sangong?.reported;

const FIGURES: Record<string, Getter> = {
  "department/available": (m) =>
    fig(m.finance?.available.total, {
      reported: m.dataset.finance?.reported?.totalAvailable?.value ?? null,
      parts: 4,
    }),
  "department/opening": (m) => fig(m.finance?.opening.total, { parts: 2 }),
  "basic/opening": (m) => fig(m.finance?.opening.basic),
  "project/opening": (m) => fig(m.finance?.opening.project),
  "department/income": (m) =>
    fig(m.finance?.income.total, {
      reported: m.dataset.finance?.reported?.totalIncome?.value ?? null,
      parts: 2,
    }),
  "basic/income": (m) => fig(m.finance?.income.basic),
  "project/income": (m) => fig(m.finance?.income.project),
  "department/expenditure": (m) =>
    fig(m.finance?.expenditure.total, {
      reported: m.dataset.finance?.reported?.totalExpenditure?.value ?? null,
      parts: 2,
    }),
  "basic/expenditure": (m) => fig(m.finance?.expenditure.basic ?? m.basicExpenditure?.actual),
  "project/expenditure": (m) => fig(m.finance?.expenditure.project),
  "department/closing": (m) =>
    fig(m.finance?.closing.total, {
      reported: m.dataset.finance?.reported?.totalClosing?.value ?? null,
      parts: 3,
    }),
  "basic/closing": (m) => fig(m.finance?.closing.basic),
  "project/closing": (m) => fig(m.finance?.closing.project, { parts: 2 }),
  "project/closingCarryover": (m) => fig(m.finance?.closing.projectCarryover),
  "project/closingSurplus": (m) => fig(m.finance?.closing.projectSurplus),
  "basic/share": (m) => fig(m.finance?.expenditureShares.basic),
  "project/share": (m) => fig(m.finance?.expenditureShares.project),
  "basic/budget": (m) => fig(m.basicExpenditure?.budget),
  "basic/rate": (m) => fig(m.basicExpenditure?.executionRate),
  "personnel/amount": (m) => fig(m.basicExpenditure?.personnel),
  "personnel/share": (m) => fig(m.basicExpenditure?.personnelShare),
  "publicFunds/amount": (m) => fig(m.basicExpenditure?.publicFunds),
  "publicFunds/share": (m) => fig(m.basicExpenditure?.publicFundsShare),
  "publicFunds/budget": (m) => fig(m.basicExpenditure?.publicFundsBudget),
  "publicFunds/controlRate": (m) => fig(m.basicExpenditure?.publicFundsRate),
  "wages/amount": (m) => fig(m.basicExpenditure?.wages),
  "familySubsidies/amount": (m) => fig(m.basicExpenditure?.familySubsidies),
  ...sangongFigures("sangong", (m) => m.sangong?.total),
  // The 三公 total as the unit reported it is what the report states within 尾差; its rate on those totals too.
  "sangong/budget": (m) =>
    fig(m.sangong?.total.budget, {
      reported: sangongReported(m)?.budget?.value ?? null,
      parts: m.sangong?.totalParts.length ?? 1,
    }),
  "sangong/actual": (m) =>
    fig(m.sangong?.total.actual, {
      reported: sangongReported(m)?.actual?.value ?? null,
      parts: m.sangong?.totalParts.length ?? 1,
    }),
  "sangong/completionRate": (m) =>
    fig(m.sangong?.total.rate, {
      alternates: [
        pctOf(
          sangongReported(m)?.actual?.value ?? m.sangong?.total.actual,
          sangongReported(m)?.budget?.value ?? m.sangong?.total.budget,
        ),
      ].filter((d): d is Decimal => d !== null),
    }),
  ...Object.assign(
    {},
    ...SANGONG_CATEGORIES.map((key) => ({
      ...sangongFigures(key, (m) => sangongCategory(m, key)),
      [`${key}/share`]: (m: ComputedModel) =>
        fig(sangongCategory(m, key)?.share, {
          alternates: [
            pctOf(sangongCategory(m, key)?.actual, sangongReported(m)?.actual?.value ?? null),
          ].filter((d): d is Decimal => d !== null),
        }),
    })),
  ),
  "vehicle/vehiclesPurchased": (m) => count(m.sangong?.stats?.vehiclesPurchased),
  "vehicle/vehiclesHeld": (m) => count(m.sangong?.stats?.vehiclesHeld),
  "abroad/abroadGroups": (m) => count(m.sangong?.stats?.abroadGroups),
  "abroad/abroadPersons": (m) => count(m.sangong?.stats?.abroadPersons),
  "reception/receptionBatches": (m) => count(m.sangong?.stats?.receptionBatches),
  "reception/receptionPersons": (m) => count(m.sangong?.stats?.receptionPersons),
  "staffing/authorized": (m) => fig(m.staffing?.authorized),
  "staffing/inQuota": (m) => fig(m.dataset.profile?.staffing?.actualInQuota?.value),
  "staffing/actualTotal": (m) => fig(m.staffing?.actualTotal),
  "staffing/retired": (m) => fig(m.staffing?.retired),
  "staffing/controlRate": (m) => fig(m.staffing?.controlRate),
  "unit/budgetUnits": (m) => count(m.dataset.profile?.budgetUnitCount),
  "evaluation/score": (m) => fig(m.evaluation?.finalScore ?? m.dataset.selfEvaluation?.reportedScore?.value),
  "evaluation/scoreTotal": (m) => fig(m.evaluation?.scoreTotal),
  "evaluation/executionScore": (m) => fig(m.evaluation?.execution),
  "evaluation/overallRate": (m) => fig(m.evaluation?.overallExecutionRate),
};

/** A whole-number statistic of the dataset (the model keeps these as plain numbers) as a figure. */
function count(n: number | undefined): ModelFigure | null {
  return n === undefined ? null : { value: new Dec(n) };
}

/** The figure of a fund item for a measure (table total, group subtotal or row). */
export function fundFigure(
  figures: FundFigures,
  measure: Measure,
  reported?: {
    readonly budget?: Decimal | null;
    readonly arrived?: Decimal | null;
    readonly used?: Decimal | null;
    readonly adjusted?: Decimal | null;
  },
  parts = 1,
): ModelFigure | null {
  // 全年预算数 where the item has one (docs/domain.md §8): 预算 and 全年预算 are it, 年初预算 is 预算批复.
  const adjusted = figures.adjusted ?? reported?.adjusted ?? null;
  switch (measure) {
    case "budget":
      return adjusted !== null
        ? fig(adjusted, { reported: reported?.adjusted ?? null, parts })
        : fig(figures.budget, { reported: reported?.budget ?? null, parts });
    case "initialBudget":
      // 年初预算 is the item's 预算批复 only where the item has a 全年预算数 too (else the workbook
      // does not say what the 年初 figure was: the 预算批复 may be what was requested).
      return adjusted !== null ? fig(figures.budget, { reported: reported?.budget ?? null, parts }) : null;
    case "arrived":
      return fig(figures.arrived, { reported: reported?.arrived ?? null, parts });
    case "used":
      return fig(figures.used, { reported: reported?.used ?? null, parts });
    case "rate":
      return fig(figures.rate, {
        alternates: [
          pctOf(reported?.used ?? figures.used, reported?.budget ?? figures.budget),
          pctOf(reported?.used ?? figures.used, reported?.arrived ?? figures.arrived),
          pctOf(reported?.used ?? figures.used, adjusted),
        ].filter((d): d is Decimal => d !== null),
      });
    case "arrivalRate":
      return fig(figures.arrivalRate, {
        alternates: [pctOf(reported?.arrived ?? figures.arrived, reported?.budget ?? figures.budget)].filter(
          (d): d is Decimal => d !== null,
        ),
      });
    default:
      return null;
  }
}

/** The model's figure for a subject of the vocabulary and a (canonical) measure; null when the workbook has none. */
export function staticFigure(m: ComputedModel, subject: StaticSubject, measure: Measure): ModelFigure | null {
  return FIGURES[`${subject}/${measure}`]?.(m) ?? null;
}

/**
 * How a measure as written reads for a subject: 支出 is 本年支出 of 基本支出, the actual of a 三公
 * category, the 实际使用 of a fund; 结转 is the closing balance after 本年支出 in the same sentence.
 */
export function canonicalMeasure(
  family: Family,
  subject: StaticSubject | null,
  measure: Measure,
  closingPhase: boolean,
): Measure {
  switch (measure) {
    case "carry":
      return closingPhase ? (subject === "project" ? "closingCarryover" : "closing") : "opening";
    case "surplus":
      return closingPhase ? (subject === "project" ? "closingSurplus" : "closing") : "opening";
    case "spent":
    case "actual":
    case "used":
      return family === "finance"
        ? "expenditure"
        : family === "part"
          ? "amount"
          : family === "sangong"
            ? "actual"
            : "used";
    case "completionRate":
      return family === "sangong" ? "completionRate" : "rate";
    case "controlRate":
      return family === "sangong" ? "completionRate" : "controlRate";
    default:
      return measure;
  }
}

/** The vocabulary: subjects, measures (with the words real reports use) and the model's figures. */
export const VOCABULARY = {
  subjects: [
    {
      subject: "vehicle",
      words: [
        "公务用车购置及运行维护费",
        "公务用车购置和运行维护费",
        "公务用车购置及运行费",
        "公务用车购置及运行",
        "公务用车",
      ],
    },
    { subject: "vehiclePurchase", words: ["公务用车购置费"] },
    { subject: "vehicleOperation", words: ["公务用车运行维护费", "公务用车运行费"] },
    {
      subject: "abroad",
      words: ["因公出国（境）费", "因公出国(境)费", "因公出国（境）", "因公出国(境)", "因公出国"],
    },
    { subject: "reception", words: ["公务接待费", "公务接待"] },
    {
      subject: "sangong",
      words: ["“三公”经费", '"三公"经费', "‘三公’经费", "「三公」经费", "三公经费", "“三公经费”"],
    },
    { subject: "personnel", words: ["人员经费"] },
    { subject: "publicFunds", words: ["公用经费"] },
    { subject: "wages", words: ["工资福利支出"] },
    { subject: "familySubsidies", words: ["对个人和家庭的补助"] },
    { subject: "goodsServices", words: ["商品和服务支出"] },
    { subject: "basic", words: ["基本支出"] },
    { subject: "project", words: ["项目支出"] },
    { subject: "department", words: ["我委", "我局", "我单位", "本单位", "本部门", "我部门"] },
  ] satisfies readonly SubjectWords[],
  measures: [
    { measure: "available", words: ["一般公共预算财政拨款收入"], subject: "department" },
    { measure: "available", words: ["财政拨款收入"] },
    { measure: "expenditure", words: ["一般公共预算财政拨款支出"], subject: "department" },
    { measure: "expenditure", words: ["财政拨款支出"] },
    { measure: "opening", words: ["年初结转和结余", "年初结转结余", "年初结转", "年初结余"] },
    { measure: "closing", words: ["年末结转和结余", "年末结转结余", "年末结余", "年末结转"] },
    { measure: "carry", words: ["结转和结余", "结转结余", "结转"] },
    { measure: "surplus", words: ["结余"] },
    { measure: "income", words: ["本年收入", "年收入", "收入"] },
    { measure: "expenditure", words: ["本年支出", "年支出"] },
    {
      measure: "spent",
      words: ["支出决算", "决算支出", "决算数", "实际支出", "全年共支出", "共支出", "支出", "决算"],
    },
    {
      measure: "used",
      words: ["资金实际使用数", "实际使用数", "实际使用情况", "实际使用", "使用资金", "使用"],
    },
    {
      measure: "budget",
      words: [
        "全年预算数",
        "全年预算",
        "预算批复资金",
        "预算批复情况",
        "预算批复数",
        "预算批复",
        "预算资金",
        "预算数",
        "预算",
        "批复资金",
      ],
    },
    { measure: "initialBudget", words: ["年初预算批复资金", "年初预算批复", "年初预算数", "年初预算"] },
    {
      measure: "arrived",
      words: ["资金实际到位数", "实际到位数", "实际到位情况", "实际到位", "到位资金", "到位数", "到位"],
    },
    { measure: "requested", words: ["累计请款金额", "请款金额", "累计请款", "请款"] },
    { measure: "lastYear", words: ["上年决算数", "上年决算", "上年支出"] },
    { measure: "rate", words: ["预算执行率", "支出执行率", "资金执行率", "总体执行率", "执行率"] },
    { measure: "overallRate", words: ["整体预算执行率"], subject: "evaluation" },
    { measure: "arrivalRate", words: ["资金到位率", "到位率"] },
    { measure: "completionRate", words: ["完成预算的", "预算完成率"] },
    { measure: "controlRate", words: ["在职人员控制率"], subject: "staffing" },
    { measure: "controlRate", words: ["公用经费控制率"], subject: "publicFunds" },
    { measure: "controlRate", words: ["控制率"] },
    { measure: "share", words: ["占比", "所占比重", "比重", "占"] },
    { measure: "change", words: ["较上年变动", "变动率", "变动"] },
    {
      measure: "authorized",
      words: ["在职人员编制数", "核定编制数", "编制人数", "编制数"],
      subject: "staffing",
    },
    { measure: "inQuota", words: ["编制内实有人数", "编制内实有人员"], subject: "staffing" },
    {
      measure: "actualTotal",
      words: ["年末在职人员", "在职人员", "在职职工", "在职人数"],
      subject: "staffing",
    },
    { measure: "headcount", words: ["年末实有人数", "实有人数"], subject: "staffing" },
    { measure: "retired", words: ["离退休人员", "离退休人数"], subject: "staffing" },
    { measure: "retiredLi", words: ["离休人员", "离休人数"], subject: "staffing" },
    { measure: "retiredOnly", words: ["退休人员", "退休职工", "退休人数"], subject: "staffing" },
    { measure: "budgetUnits", words: ["预算单位共有", "预算单位共", "预算单位"], subject: "unit" },
    {
      measure: "vehiclesPurchased",
      words: ["新购置公务用车", "新购买公务用车", "购置公务用车", "新购车辆"],
      subject: "vehicle",
    },
    { measure: "vehiclesHeld", words: ["公务用车保有量", "保有量"], subject: "vehicle" },
    { measure: "abroadGroups", words: ["团组数"], subject: "abroad" },
    { measure: "abroadPersons", words: ["人次数"], subject: "abroad" },
    { measure: "receptionPersons", words: ["接待人数", "接待人次"], subject: "reception" },
    { measure: "receptionBatches", words: ["接待批次"], subject: "reception" },
    { measure: "receptionPersons", words: ["接待"], subject: "reception", byUnit: true },
    { measure: "score", words: ["绩效自评得分", "自评得分", "自评总分", "封顶为"], subject: "evaluation" },
    // 得分 alone is an indicator's or a dimension's (投入指标分值 10 分，得分 10.00 分), not the total.
    { measure: "score", words: ["得分"] },
    { measure: "scoreTotal", words: ["各指标得分合计", "得分合计"], subject: "evaluation" },
    { measure: "executionScore", words: ["预算执行率得分"], subject: "evaluation" },
  ] satisfies readonly MeasureWords[],
  /** Words only a table's column header says what it measures with (a breakdown's 金额). */
  columns: [{ measure: "amount", words: ["金额"] }] satisfies readonly MeasureWords[],
  /**
   * 占 … 的: a share with its base named (占全部基本支出的 97.25%). The base is not the subject.
   */
  shareOf:
    /占(?:全部|全年|总)?(?:基本支出|项目支出|支出总额|总支出|全部支出|“三公”经费|三公经费|部门支出|财政拨款支出)?(?:总额|合计)?的?(?:比重|比例)?$/u,
  /**
   * The measure a count's unit says for a 三公 subject when its words name none
   * (全年公务接待 119 批次，接待 660 人次).
   */
  countByUnit: {
    reception: { 批次: "receptionBatches", 人次: "receptionPersons", 人: "receptionPersons" },
    abroad: { 个: "abroadGroups", 人: "abroadPersons", 人次: "abroadPersons" },
  } as Partial<Record<StaticSubject, Record<string, Measure>>>,
  /** Words written between a label and its figure (为, 达, 共 …), stripped before matching. */
  fillers: /(?:分别为|均为|合计为|共计|共有|达到|约为|为|是|达|约|共|计|总计|总体)$/u,
  /** Words a named item never is on its own (专项资金 in 其中：… 专项资金累计请款 is no item). */
  generic: new Set([
    "资金",
    "专项资金",
    "项目资金",
    "财政资金",
    "项目",
    "专项",
    "该项目",
    "该专项",
    "该笔专项资金",
    "该笔资金",
    "其中",
    "合计",
    "小计",
    "总计",
    "全年",
    "本年",
    "当年",
    "年度",
    "全省",
    "全市",
    "本级",
    "部门",
    "单位",
    "结余资金",
    "结转资金",
  ]),
  /** Words that make a label a sentence rather than the name of an item. */
  notAName:
    /用于|主要|通过|完成|实现|开展|根据|按照|包括|达到|同比|增长|下降|减少|提高|降低|累计|全部|情况|如下|其中|以上|以下|低于|高于|超过|不足|约|的|是/u,
  /** A name ends with one of these when a heading names a fund (1. 公共卫生专项). */
  fundSuffix: /(?:专项|资金|经费|项目|补助|费|基金)$/u,
} as const;

/** One term of a rate: a measure of the rate's own subject, or a figure of another subject. */
export type RatePart = Measure | { readonly subject: string; readonly measure: Measure };

/** How a rate follows from amounts (docs/domain.md §3), for `report-rate-inconsistent`. */
export interface RateFormula {
  readonly measure: Measure;
  /** The subjects of the vocabulary it applies to; absent: named items (fund tables and their rows). */
  readonly subjects?: readonly StaticSubject[];
  /** [numerator, denominator] pairs; the rate is right when it matches any (使用 ÷ 批复 or ÷ 到位). */
  readonly parts: readonly (readonly [RatePart, RatePart])[];
  /** The denominator may be stated anywhere in the document (a share's base). */
  readonly anywhere?: boolean;
  /** (numerator − denominator) ÷ denominator: a change on last year. */
  readonly difference?: boolean;
}

const SANGONG_SUBJECTS: readonly StaticSubject[] = ["sangong", ...SANGONG_CATEGORIES];

/** The rates a report states and the amounts they are computed from. */
export const RATE_FORMULAS: readonly RateFormula[] = [
  {
    measure: "rate",
    parts: [
      ["used", "budget"],
      ["used", "arrived"],
      // A row whose 全年预算数 is not given: its rate is on 年初 (预算批复).
      ["used", "initialBudget"],
    ],
  },
  {
    measure: "arrivalRate",
    parts: [
      ["arrived", "budget"],
      // 资金到位率 is on 预算批复 (年初), also where the sentence states 全年预算 beside it.
      ["arrived", "initialBudget"],
    ],
  },
  { measure: "rate", subjects: ["basic"], parts: [["expenditure", "budget"]] },
  {
    measure: "share",
    subjects: ["basic", "project"],
    parts: [["expenditure", { subject: "department", measure: "expenditure" }]],
    anywhere: true,
  },
  {
    measure: "share",
    subjects: ["personnel", "publicFunds"],
    parts: [["amount", { subject: "basic", measure: "expenditure" }]],
    anywhere: true,
  },
  { measure: "controlRate", subjects: ["publicFunds"], parts: [["amount", "budget"]] },
  { measure: "completionRate", subjects: SANGONG_SUBJECTS, parts: [["actual", "budget"]] },
  {
    measure: "share",
    subjects: SANGONG_CATEGORIES,
    parts: [["actual", { subject: "sangong", measure: "actual" }]],
    anywhere: true,
  },
  {
    measure: "controlRate",
    subjects: ["staffing"],
    parts: [
      ["inQuota", "authorized"],
      ["actualTotal", "authorized"],
    ],
  },
  { measure: "change", subjects: SANGONG_SUBJECTS, parts: [["actual", "lastYear"]], difference: true },
];
