/**
 * Simplified Chinese text of the findings: rule titles, severity names, the names of the things
 * a finding is about, and one message builder per rule. Builders receive figures already
 * formatted by the number policy (`14,660.00`, `96.95%`); they only put words around them.
 */

import { glossary } from "./glossary";

export const findingText = {
  severity: glossary.severity,
  ruleTitle: {
    "invalid-number": "不是有效数字",
    "missing-value": "缺少数据",
    "excess-precision": "小数位过多",
    "rate-mismatch": "比率/得分与计算不符",
    "rate-base-mismatch": "比率计算口径不一致",
    "sum-mismatch": "合计与明细不符",
    "rounding-difference": "尾差",
    "balance-mismatch": "收支结余不平衡",
    "arrived-over-budget": "到位超批复",
    "used-over-arrived": "使用超到位",
    "low-execution": "执行率偏低",
    "over-budget": "超预算",
    "staff-over-quota": "在职人员超编",
    "score-over-weight": "得分超出分值",
    "score-inconsistent": "得分与完成情况不一致",
    "weights-not-100": "分值合计不为 100",
    "score-mismatch": "总分不符",
    "grade-mismatch": "等级不符",
    "indicator-figure-mismatch": "实际完成值与计算数不符",
    "control-character": "含不可见控制字符",
    "invalid-choice": "不是可选的值",
    "report-figure-mismatch": "报告数字与工作簿不符",
    "report-self-inconsistent": "报告数字前后不一致",
    "report-rate-inconsistent": "报告比率与所列金额不符",
    "incomplete-section": "报告内容不完整",
  },
  /** The report's sections and what each needs, as the completeness check names them. */
  sections: {
    basic: "基本情况",
    finance: "一般公共预算收支情况",
    basicExpenditure: "基本支出情况",
    sangong: "“三公”经费支出情况",
    performance: "部门整体支出绩效情况",
    closing: "存在的问题、改进措施及结果应用",
    items: {
      functions: "部门职能职责",
      organization: "机构设置",
      staffing: "人员编制",
      goals: "年度整体支出绩效目标",
      opening: "年初结转和结余",
      income: "本年收入",
      expenditure: "本年支出",
      closing: "年末结转和结余",
      basicActual: "基本支出决算数",
      personnel: "人员经费",
      publicFunds: "公用经费",
      vehicle: "公务用车购置及运行维护费",
      abroad: "因公出国（境）费",
      reception: "公务接待费",
      sangongBudget: "“三公”经费预算合计",
      sangongActual: "“三公”经费决算合计",
      indicators: "指标评分表",
      achievements: "主要成效",
      problems: "存在的问题",
      measures: "下一步改进措施",
      application: "自评结果应用和公开情况",
      fundBudgetTotal: "预算批复合计",
      fundArrivedTotal: "实际到位合计",
      fundAdjustedTotal: "全年预算数合计",
      fundUsedTotal: "实际使用合计",
    },
  },
  /** The computed figure an indicator is linked to, as a message names it. */
  linkFigure: (link: string, table: string | undefined): string =>
    ({
      staffControlRate: "在职人员控制率",
      sangongControlRate: "“三公经费”控制率",
      publicFundsControlRate: "公用经费控制率",
      budgetCompletionRate: "预算完成率",
      fundExecutionRate: `资金表“${table ?? ""}”预算执行率`,
      fundArrivalRate: `资金表“${table ?? ""}”资金到位率`,
    })[link] ?? link,
  /** Names of fields and quantities as they appear in messages. */
  field: {
    budget: "预算批复",
    adjustedBudget: "全年预算数",
    arrived: "实际到位",
    used: "实际使用",
    rate: "执行率",
    arrivalRate: "到位率",
    share: "占比",
    completionRate: "预算完成率",
    score: "得分",
    weight: "分值",
    target: "指标值",
    actual: "实际完成值",
    ratingPercent: "评分比例",
    amount: "金额",
    total: "合计",
    threshold: "低执行率阈值",
    sangongBudget: "预算数",
    sangongActual: "决算数",
    lastYearActual: "上年决算数",
    authorized: "编制数",
    actualInQuota: "编制内实有人数",
    actualTotal: "在职人员",
    retired: "离退休人员",
    personnelTotal: "人员经费",
    wages: "工资福利支出",
    familySubsidies: "对个人和家庭的补助",
    publicFunds: "公用经费",
    publicFundsBudget: "公用经费预算",
    basicBudget: "基本支出预算",
    opening: "年初结转结余",
    income: "本年收入",
    expenditure: "本年支出",
    closing: "年末结转结余",
    totalAvailable: "可用资金合计",
    totalIncome: "本年收入合计",
    totalExpenditure: "本年支出合计",
    totalClosing: "年末结转结余合计",
    projectCarryover: "项目支出结转",
    projectSurplus: "项目支出结余",
    basic: "基本支出",
    project: "项目支出",
    selfScore: "自评总分",
    grade: "绩效等级",
  },
  sangong: {
    vehicle: "公务用车购置及运行维护费",
    vehiclePurchase: "公务用车购置费",
    vehicleOperation: "公务用车运行维护费",
    abroad: "因公出国（境）费",
    reception: "公务接待费",
  },
  /** How a finding names the thing it is about. */
  subject: {
    fundRow: (table: string, row: string) => `【${table}】${row}`,
    fundSubtotal: (table: string, group: string) => `【${table}】${group} 小计`,
    fundTotal: (table: string) => `【${table}】合计`,
    sangong: (category: string) => `“三公”经费 ${category}`,
    sangongTotal: "“三公”经费合计",
    breakdownItem: (breakdown: string, item: string) => `【${breakdown}】${item}`,
    breakdownTotal: (breakdown: string) => `【${breakdown}】合计`,
    indicator: (name: string) => `指标“${name}”`,
    finance: (scope: string) => `一般公共预算财政拨款${scope}`,
    basicExpenditure: "基本支出",
    staffing: "人员编制",
    selfEvaluation: "自评结果",
    settings: "设置",
    unit: "单位信息",
  },
  /** Balance scopes. */
  scope: { basic: "基本支出", project: "项目支出", total: "合计" },
  /** Rate bases named in a rate-base-mismatch message. */
  base: { budget: "预算批复", arrived: "实际到位", reportedTotal: "报送合计" },
  pct: (rate: string) => `${rate}%`,
  wan: (amount: string) => `${amount} 万元`,
  points: (score: string) => `${score} 分`,
  persons: (count: string) => `${count} 人`,
  divide: (a: string, b: string) => `${a} ÷ ${b}`,
  messages: {
    invalidNumber: (subject: string, field: string, value: string, reason: string) =>
      `${subject}“${field}”填写为 ${value}，不是有效数字（${reason}），请改为数字；不要填写文字或估计值。`,
    negativeAmount: (subject: string, field: string, value: string) =>
      `${subject}“${field}”为负数 ${value}，金额不能为负，请核对修正。`,
    missingValue: (subject: string, field: string) =>
      `${subject}“${field}”未填写，请补填；确无发生额的请填写 0 或“-”，并在“说明”中写明。`,
    /** One term of the balance equation left blank while the others are filled (docs/domain.md §7). */
    balanceTermMissing: (subject: string, field: string) =>
      `${subject}“${field}”未填写，其余各项已填写，无法核对“年初结转结余 + 本年收入 − 本年支出 = 年末结转结余”：请补填；确无发生额的请填写 0 或“-”。`,
    excessPrecision: (subject: string, field: string, value: string) =>
      `${subject}“${field}”${value} 超过两位小数（金额以万元计，保留两位小数），已按原值计算，请核对后按两位小数填写。`,
    rateMismatch: (subject: string, label: string, reported: string, formula: string, expected: string) =>
      `${subject} 报送${label} ${reported}，按 ${formula} 计算应为 ${expected}，请核对修正。`,
    rateBaseMismatch: (
      subject: string,
      label: string,
      reported: string,
      usedBase: string,
      usedFormula: string,
      base: string,
      formula: string,
      expected: string,
    ) =>
      `${subject} 报送${label} ${reported} 是按${usedBase}计算的（${usedFormula}），本表口径为按${base}计算：${formula} 应为 ${expected}。请统一计算口径，或在“说明”中写明原因。`,
    sumMismatch: (
      subject: string,
      field: string,
      reported: string,
      parts: number,
      expected: string,
      diff: string,
      tolerance: string,
    ) =>
      `${subject}“${field}”报送 ${reported}，${parts} 项明细合计为 ${expected}，相差 ${diff}，超出尾差允许范围（${tolerance}），请核对明细或合计。`,
    incompleteSection: (section: string, missing: readonly string[]) =>
      `报告“${section}”部分缺少：${missing.join("、")}。导出的报告将略去相应语句，如有数据请补填。`,
    roundingDifference: (
      subject: string,
      field: string,
      reported: string,
      parts: number,
      expected: string,
      diff: string,
    ) =>
      `${subject}“${field}”报送 ${reported}，${parts} 项明细合计为 ${expected}，相差 ${diff}，属明细四舍五入形成的尾差，报告按报送数 ${reported} 表述，无需修改。`,
    balanceMismatch: (
      subject: string,
      opening: string,
      income: string,
      expenditure: string,
      expected: string,
      closing: string,
    ) =>
      `${subject}：年初结转结余 ${opening} + 本年收入 ${income} − 本年支出 ${expenditure} = ${expected}，与年末结转结余 ${closing} 不符，请核对收支数据。`,
    arrivedOverBudget: (subject: string, arrived: string, budget: string) =>
      `${subject} 实际到位 ${arrived}，超过预算批复 ${budget}，请查明超批复到位的原因（如追加、调剂资金）并在“说明”中写明。`,
    usedOverArrived: (subject: string, used: string, arrived: string) =>
      `${subject} 实际使用 ${used}，超过实际到位 ${arrived}，使用数不能超过到位数，请核对修正。`,
    lowExecution: (subject: string, rate: string, threshold: string, formula: string) =>
      `${subject} 预算执行率 ${rate}（${formula}），低于 ${threshold}，请在“说明”中写明执行偏低的原因。`,
    zeroExecution: (subject: string, base: string) =>
      `${subject} 预算执行率为 0（${base}，全年未使用），请在“说明”中写明资金未使用的原因。`,
    /**
     * `rate` null: the budget is 0 (no rate to state); `adjusted`: compared with 全年预算数, else with
     * 预算数 (年初), and the message says which.
     */
    overBudgetSangong: (
      subject: string,
      actual: string,
      budget: string,
      rate: string | null,
      adjusted: boolean,
    ) =>
      adjusted
        ? rate
          ? `${subject} 决算数 ${actual}，超过全年预算数 ${budget}（完成预算的 ${rate}），“三公”经费不得超预算，请核对修正。`
          : `${subject} 全年预算数为 ${budget}，决算数 ${actual}，“三公”经费不得超预算，请核对修正。`
        : rate
          ? `${subject} 决算数 ${actual}，超过年初预算数 ${budget}（完成预算的 ${rate}；未填全年预算数），“三公”经费不得超预算；年中追加预算的，请填写全年预算数，否则请核对修正。`
          : `${subject} 年初未安排预算（未填全年预算数），决算数 ${actual}，“三公”经费不得超预算，请核对修正；确有追加预算的请填写全年预算数。`,
    indicatorFigureMismatch: (
      subject: string,
      typed: string,
      figure: string,
      computed: string,
      unit: string,
      score: string,
    ) =>
      `${subject} 实际完成值填报 ${typed}${unit}，与工作簿计算的${figure} ${computed}${unit} 不符；评分按计算数 ${computed}${unit}${score}，请核对并修正填报值，或在“说明”中写明口径。`,
    /** The clause of indicator-figure-mismatch on a reported score earned on the typed value. */
    indicatorScoreOnTyped: (reported: string, expected: string) =>
      `（报送得分 ${reported} 系按填报值计算，按计算数应为 ${expected}）`,
    /**
     * A funding block's 全年执行数 over its budget in force: `adjusted`, compared with 全年预算数;
     * else with 年初预算数, and the message says so (and that no 全年 was given); `rate` null at 0.
     */
    overBudgetFunding: (
      subject: string,
      actual: string,
      budget: string,
      rate: string | null,
      adjusted: boolean,
    ) =>
      adjusted
        ? rate
          ? `${subject} 全年执行数 ${actual}，超过全年预算数 ${budget}（执行率 ${rate}），请查明超支原因并在“说明”中写明。`
          : `${subject} 全年预算数为 ${budget}，全年执行数 ${actual}，请查明支出依据并在“说明”中写明。`
        : rate
          ? `${subject} 全年执行数 ${actual}，超过年初预算数 ${budget}（执行率 ${rate}；未填全年预算数）；年中追加预算的，请填写全年预算数，否则请查明超支原因并在“说明”中写明。`
          : `${subject} 年初未安排预算（未填全年预算数），全年执行数 ${actual}；确有追加预算的，请填写全年预算数，否则请查明支出依据并在“说明”中写明。`,
    /**
     * A fund row's 实际使用 over its budget in force, in a table that has 全年预算数: `adjusted`,
     * compared with the row's 全年预算数; else with its 预算批复 (年初), and the message says so.
     */
    overBudgetFundRow: (
      subject: string,
      actual: string,
      budget: string,
      rate: string | null,
      adjusted: boolean,
    ) =>
      adjusted
        ? rate
          ? `${subject} 实际使用 ${actual}，超过全年预算数 ${budget}（执行率 ${rate}），请查明超支原因并在“说明”中写明。`
          : `${subject} 全年预算数为 ${budget}，实际使用 ${actual}，请查明支出依据并在“说明”中写明。`
        : rate
          ? `${subject} 实际使用 ${actual}，超过年初预算批复 ${budget}（执行率 ${rate}；未填全年预算数）；年中追加预算的，请填写全年预算数，否则请查明超支原因并在“说明”中写明。`
          : `${subject} 年初未安排预算（未填全年预算数），实际使用 ${actual}；确有追加预算的，请填写全年预算数，否则请查明支出依据并在“说明”中写明。`,
    /** 实际到位 over the row's 全年预算数 (the budget in force when given). */
    arrivedOverAdjusted: (subject: string, arrived: string, budget: string) =>
      `${subject} 实际到位 ${arrived}，超过全年预算数 ${budget}，请查明超预算到位的原因并在“说明”中写明。`,
    overBudget: (subject: string, actual: string, budget: string, rate: string | null) =>
      rate
        ? `${subject} 实际支出 ${actual}，超过预算 ${budget}（完成预算的 ${rate}），请查明超支原因并在“说明”中写明。`
        : `${subject} 未安排预算，实际支出 ${actual}，请查明支出依据并在“说明”中写明。`,
    staffOverQuota: (actual: string, authorized: string, rate: string) =>
      `在职人员 ${actual} 人超过编制数 ${authorized} 人（在职人员控制率 ${rate}），请查明并在“说明”中写明原因。`,
    scoreOverWeight: (subject: string, score: string, weight: string) =>
      `${subject} 报送得分 ${score} 超出 0 至分值 ${weight} 的范围，请修正。`,
    scoreMetNotFull: (subject: string, progress: string, score: string, weight: string) =>
      `${subject} 已完成指标值（${progress}），但报送得分 ${score} 低于分值 ${weight}，且未填写偏差原因，请补充偏差原因或修正得分。`,
    scoreMissedButFull: (subject: string, progress: string, weight: string) =>
      `${subject} 未完成指标值（${progress}），却得满分 ${weight}，且未填写偏差原因，请按完成比例计分或补充说明。`,
    indicatorsMissing: (score: string | null, grade: string | null) =>
      `报送自评${[score ? `得分 ${score} 分` : "", grade ? `等级“${grade}”` : ""].filter(Boolean).join("、")}，但未附指标评分表，得分无法核对；请补填指标评分表，或在“说明”中写明依据。`,
    weightsNot100: (total: string) => `指标分值合计为 ${total}，应为 100，请核对各指标分值。`,
    departmentWeightsNot100: (weights: string, points: number, total: string) =>
      `部门整体支出绩效自评表的指标分值合计为 ${weights}，加上年度资金总额预算执行率 ${points} 分共 ${total}，应为 100，请核对各指标分值。`,
    projectWeightsNot100: (table: string, weights: string, points: number, total: string) =>
      `【${table}】项目支出绩效自评表的指标分值合计为 ${weights}，加上预算执行率 ${points} 分共 ${total}，应为 100，请核对各指标分值。`,
    scoreMismatch: (reported: string, expected: string) =>
      `报送自评总分 ${reported} 分，按各指标得分合计应为 ${expected} 分，请核对修正。`,
    scoreMismatchCapped: (reported: string, expected: string, uncapped: string, rate: string) =>
      `报送自评总分 ${reported} 分，各指标得分合计 ${uncapped} 分，按整体预算执行率 ${rate} 封顶后应为 ${expected} 分，请核对修正。`,
    gradeMismatch: (reported: string, score: string, expected: string, bands: string) =>
      `报送绩效等级“${reported}”，按总分 ${score} 分应为“${expected}”（${bands}），请修正。`,
    /** One grade band of the message: “优 ≥ 90”, or the lowest “差 < 60”. */
    gradeBand: (grade: string, min: number | null, below: number) =>
      min === null ? `${grade} < ${below}` : `${grade} ≥ ${min}`,
    /** "实际 140 份，目标 ≥ 152 份" */
    progress: (actual: string, direction: string, target: string, unit: string) =>
      `实际 ${actual}${unit}，目标 ${direction} ${target}${unit}`,
    ratingProgress: (rating: string) => `评价为“${rating}”`,
    notAnInteger: (sheet: string, cell: string, what: string, value: string) =>
      `工作表“${sheet}”${cell} 单元格（${what}）填写为“${value}”，应为整数，未读入，请改为整数。`,
    notAChoice: (sheet: string, cell: string, what: string, value: string) =>
      `工作表“${sheet}”${cell} 单元格（${what}）填写为“${value}”，不是下拉列表中的选项，未读入（按默认处理），请从下拉列表中选择。`,
    controlCharacter: (where: string, changed: number) =>
      `${where}含有 ${changed} 个不可见的控制字符（多为从 Word 或网页粘贴带入），已删除（软回车已改为换行），请核对文字是否完整。`,
  },
} as const;
