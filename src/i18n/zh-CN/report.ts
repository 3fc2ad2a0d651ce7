/**
 * Simplified Chinese text of the narrative report: headings, the gaps a report names when its
 * data lacks a required section, and the sentences the report is made of. Builders receive
 * figures already formatted (`14,660.00`, `96.95%`) and only put words around them, in the
 * register of these reports — figures set straight against the characters (`2024年度`,
 * `94.26分`), as 公文 write them. A clause whose figure is missing is left out by the builder.
 */
/** 全年预算数为 X 万元，支出决算为 Y 万元，完成预算的 Z% — the clauses whose figures are known. */
function sangongFigures(
  budget: string | null,
  actual: string | null,
  rate: string | null,
  initial?: string | null,
): string {
  return [
    initial ? `年初预算数为${initial}万元` : "",
    budget ? `全年预算数为${budget}万元` : "",
    actual ? `${budget ? "支出" : ""}决算为${actual}万元` : "",
    rate ? `完成预算的${rate}` : "",
  ]
    .filter(Boolean)
    .join("，");
}

/** The department form's 预算执行率 得分 in a total it is part of, when it counts. */
function executionPart(execution: string | null): string {
  return execution ? `（其中预算执行率得分${execution}分）` : "";
}

export const reportText = {
  title: (year: number, unit: string) => `${year}年度${unit}部门整体支出绩效自评报告`,
  /** The title's first part (the break after it reads best). */
  titleLead: (year: number, unit: string) => `${year}年度${unit}`,
  /** Terms a title is never broken inside, though the word segmenter splits some of them. */
  titleTerms: ["委员会", "自评", "卫生健康", "中医药", "部门整体支出", "绩效", "管理局", "办公室"],
  opening: (year: number, who: string, notice: string) =>
    `为进一步规范财政资金管理，强化绩效意识和支出责任，提高财政资金使用效益，根据《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）及预算绩效管理有关规定${notice}，${who}对${year}年度部门整体支出开展了绩效自评。自评范围包括一般公共预算支出、政府性基金预算支出、国有资本经营预算支出和社会保险基金预算支出。`,
  /** The 依据 clause of the opening: the finance bureau's notice, by title and 文号 as given. */
  notice: (title: string | null, documentNumber: string | null) =>
    title && documentNumber
      ? `，按照《${title}》（${documentNumber}）要求`
      : title
        ? `，按照《${title}》要求`
        : documentNumber
          ? `，按照${documentNumber}文件要求`
          : "",
  reportFollows: "现将自评情况报告如下：",
  defaultWho: "我单位",
  unitNote: "单位：万元",
  /**
   * A breakdown (按经济分类 …): its title, its total when known, then its largest items with their
   * shares. The report check reads `标题，合计 … 万元，其中 …` as the breakdown's total and items.
   */
  breakdownLead: (title: string, total: string | null, items: string) =>
    `${title}，${total ? `合计${total}万元，` : ""}${items}。具体情况如下：`,
  /** A name ending in a digit takes 为 before its amount (项目0为0.00万元, never 项目00.00万元). */
  breakdownItem: (name: string, amount: string, share: string | null) =>
    `${name}${/[0-9A-Za-z０-９]$/u.test(name) ? "为" : ""}${amount}万元${share ? `，占${share}` : ""}`,
  /** The largest items, then 等 when there are more. */
  breakdownLargest: (items: readonly string[], more: boolean) => `其中${items.join("；")}${more ? "等" : ""}`,
  breakdownColumns: ["项目", "金额", "占比"],
  draftMark: "【以下为根据检查结果生成的草稿，请核实后采用或修改】",
  /** A required section or item the data cannot fill (docs/domain.md §7), highlighted like the draft. */
  gap: (what: string) => `【待补充：${what}】`,
  headings: {
    basic: "基本情况",
    department: "部门基本情况",
    functions: "部门职能职责",
    mainFunctions: "主要职能",
    organization: "机构设置",
    staffing: "人员编制",
    departmentGoals: "部门绩效目标",
    goals: "年度整体支出绩效目标",
    general: "一般公共预算支出情况",
    overallSpending: "部门整体支出情况",
    basicExpenditure: "基本支出情况",
    basicDetail: "基本支出决算情况",
    personnel: "人员经费支出情况",
    publicFunds: "公用经费支出情况",
    sangong: "“三公”经费支出情况",
    sangongSpending: "“三公”经费支出决算情况",
    sangongUse: "“三公”经费使用情况",
    project: "项目支出情况",
    governmentFund: "政府性基金预算支出情况",
    stateCapital: "国有资本经营预算支出情况",
    socialInsurance: "社会保险基金预算支出情况",
    performance: "部门整体支出绩效情况",
    problems: "存在的问题及原因分析",
    measures: "下一步改进措施",
    application: "绩效自评结果拟应用和公开情况",
    other: "其他需要说明的情况",
    // 湖北
    selfEvaluationWorkHubei: "部门自评工作开展情况",
    goalCompletion: "绩效目标完成情况",
    resultsAndProblems: "主要成效、存在的突出问题和原因",
    mainResults: "主要成效",
    prominentProblems: "存在的突出问题和原因",
    measuresHubei: "下一步拟改进措施",
    // 广东
    selfEvaluationWork: "自评工作开展情况",
    evaluationTeam: "评价小组情况",
    workProcess: "自评工作过程",
    preparation: "前期准备",
    implementation: "组织实施",
    evaluation: "实施评价",
    submission: "自评材料报送时间及质量",
    disclosure: "自评材料报送及公开一致情况",
    selfEvaluationResult: "绩效自评情况",
    result: "自评结果",
    indicatorAnalysis: "部门整体支出绩效指标分析",
    problemsGuangdong: "存在问题",
    measuresGuangdong: "改进措施",
    /** One subsection per 一级指标 (dimension) of the indicator table. */
    dimension: (level1: string) => `${level1}指标完成情况`,
  },
  /** What a required section lacks, as 【待补充：…】 names it. */
  gaps: {
    department: "部门职能职责、机构设置和人员编制",
    functions: "部门职能职责",
    organization: "机构设置（内设机构、纳入部门预算编制范围的预算单位）",
    staffing: "人员编制（编制数、实有人数、离退休人员）",
    goals: "年度整体支出绩效目标",
    basicExpenditure: "基本支出决算数（人员经费、公用经费）",
    sangong: "“三公”经费预算数和决算数",
    project: "项目支出资金表（预算批复、实际到位、实际使用）",
    overallSpending: "一般公共预算收支、基本支出和项目支出情况",
    governmentFund: "政府性基金预算支出情况（没有此项支出的，请填写“无”）",
    stateCapital: "国有资本经营预算支出情况（没有此项支出的，请填写“无”）",
    socialInsurance: "社会保险基金预算支出情况（没有此项支出的，请填写“无”）",
    performance: "自评得分、绩效等级和主要成效",
    indicators: "指标评分表（各项指标的分值、指标值、实际完成值）",
    score: "自评得分和绩效等级",
    achievements: "主要成效",
    problems: "存在的问题及原因",
    measures: "下一步改进措施",
    application: "绩效自评结果拟应用和公开情况",
    other: "其他需要说明的情况（没有的，请填写“无”）",
    selfEvaluationWork: "自评工作开展情况（工作组织、自评过程）",
    evaluationTeam: "评价小组情况（组成、分工）",
    preparation: "前期准备",
    implementation: "组织实施",
    evaluation: "实施评价",
    submission: "自评材料报送时间及质量",
    disclosure: "自评材料报送及公开一致情况",
    reportDate: "成文日期",
    deviation: "偏差原因",
  },
  budgetUnits: (n: number) => `纳入部门预算编制范围的预算单位共${n}个。`,
  staffing: (year: number, authorized: string, inQuota: string | null, rate: string | null) =>
    `${year}年度核定在职人员编制数为${authorized}人` +
    (inQuota ? `，编制内实有人数为${inQuota}人` : "") +
    (rate ? `，在职人员控制率为${rate}` : ""),
  outOfQuota: (persons: string) => `编制外人员${persons}人`,
  inService: (persons: string) => `年末在职人员${persons}人`,
  /** 离休人员 40 人 / 退休人员 99 人 / 离退休人员 52 人, as the unit wrote it. */
  retired: (label: string, persons: string) => `${label}人员${persons}人`,
  income: {
    lead: (year: number, available: string) => `${year}年度一般公共预算财政拨款收入${available}万元`,
    opening: (amount: string) => `年初结转和结余${amount}万元`,
    openingParts: (basic: string | null, project: string | null) =>
      [basic ? `基本支出结转${basic}万元` : "", project ? `项目支出结转和结余${project}万元` : ""]
        .filter(Boolean)
        .join("、"),
    income: (amount: string) => `本年收入${amount}万元`,
    incomeParts: (basic: string | null, project: string | null) =>
      [basic ? `基本支出收入${basic}万元` : "", project ? `项目支出收入${project}万元` : ""]
        .filter(Boolean)
        .join("，"),
  },
  expenditure: {
    lead: (year: number, total: string) => `${year}年度一般公共预算财政拨款支出${total}万元`,
    part: (name: "基本支出" | "项目支出", amount: string, share: string | null) =>
      `${name}${amount}万元${share ? `，占${share}` : ""}`,
  },
  closing: {
    lead: (total: string) => `年末结转和结余${total}万元`,
    parts: (basic: string | null, carryover: string | null, surplus: string | null) =>
      [
        basic ? `基本支出结转${basic}万元` : "",
        carryover ? `项目支出结转${carryover}万元` : "",
        surplus ? `项目支出结余${surplus}万元` : "",
      ]
        .filter(Boolean)
        .join("，"),
  },
  /** `lead，具体包括：parts。` or `lead。` */
  withParts: (lead: string, parts: string) => (parts ? `${lead}，具体包括：${parts}。` : `${lead}。`),
  /** `lead，其中：parts` or `lead`. */
  /** Income or expenditure parts whose total is unknown (docs/domain.md §7): no total is written. */
  financePartsOnly: (year: number, parts: string) => `${year}年度一般公共预算财政拨款${parts}。`,
  expenditurePartsOnly: (year: number, parts: string) => `${year}年度一般公共预算财政拨款支出中，${parts}。`,
  withOf: (lead: string, parts: string) => (parts ? `${lead}，其中：${parts}` : lead),
  basicTotal: (year: number, actual: string) => `${year}年度财政拨款基本支出${actual}万元。`,
  basicBudget: (budget: string, rate: string) => `基本支出预算${budget}万元，预算执行率${rate}。`,
  personnel: (amount: string, share: string | null) =>
    `人员经费支出${amount}万元${share ? `，占全部基本支出的${share}` : ""}。`,
  personnelParts: (wages: string | null, family: string | null) =>
    "其中：" +
    [wages ? `工资福利支出${wages}万元` : "", family ? `对个人和家庭的补助${family}万元` : ""]
      .filter(Boolean)
      .join("；") +
    "。",
  publicFunds: (amount: string, share: string | null) =>
    `公用经费支出${amount}万元${share ? `，占全部基本支出的${share}` : ""}。`,
  publicFundsRate: (budget: string, rate: string) => `公用经费预算${budget}万元，公用经费控制率${rate}。`,
  sangongTotal: (year: number, budget: string | null, actual: string | null, rate: string | null) =>
    `${year}年度“三公”经费财政拨款支出${sangongFigures(budget, actual, rate)}。`,
  /** The categories alone, when the 三公 totals are unknown (docs/domain.md §7). */
  sangongItemsOnly: (year: number, parts: string) => `${year}年度“三公”经费财政拨款支出中，${parts}。`,
  /** `initial`: 年初预算数, said only where a 全年预算数 differs from it. */
  sangongItem: (
    name: string,
    budget: string | null,
    actual: string | null,
    rate: string | null,
    initial?: string | null,
  ) => `${name}支出${sangongFigures(budget, actual, rate, initial)}`,
  sangongLess: (reason: string) => `决算数小于预算数的主要原因是${reason.replace(/[。；]$/, "")}`,
  sangongMore: (reason: string) => `决算数大于预算数的主要原因是${reason.replace(/[。；]$/, "")}`,
  sangongEqual: "决算数与预算数持平",
  sangongChange: (last: string, change: string) => `上年决算数为${last}万元，较上年变动${change}`,
  sangongShares: (year: number, parts: string) => `${year}年度“三公”经费财政拨款支出决算中，${parts}。`,
  sangongShare: (name: string, share: string) => `${name}决算支出占比${share}`,
  sangongNames: {
    vehicle: "公务用车购置及运行维护费",
    vehiclePurchase: "公务用车购置费",
    vehicleOperation: "公务用车运行维护费",
    abroad: "因公出国（境）费",
    reception: "公务接待费",
  },
  vehicles: (purchased: number | undefined, held: number | undefined) =>
    [
      purchased !== undefined ? `全年新购置公务用车${purchased}辆` : "",
      held !== undefined ? `开支财政拨款的公务用车保有量为${held}辆` : "",
    ]
      .filter(Boolean)
      .join("；"),
  abroad: (groups: number | undefined, persons: number | undefined) =>
    [
      groups !== undefined ? `因公出国（境）团组数${groups}个` : "",
      persons !== undefined ? `因公出国（境）人次数${persons}人` : "",
    ]
      .filter(Boolean)
      .join("，"),
  reception: (batches: number | undefined, persons: number | undefined) =>
    [
      batches !== undefined ? `全年公务接待${batches}批次` : "",
      persons !== undefined ? `接待${persons}人次` : "",
    ]
      .filter(Boolean)
      .join("，"),
  projectTotals: (
    year: number,
    opening: string | null,
    income: string | null,
    expenditure: string | null,
    closing: string | null,
  ) =>
    !opening && !income && !closing
      ? `${year}年度项目支出${expenditure}万元。`
      : "项目支出" +
        [
          opening ? `年初结转和结余${opening}万元` : "",
          income ? `本年收入${income}万元` : "",
          expenditure ? `本年支出${expenditure}万元` : "",
          closing ? `年末结转和结余${closing}万元` : "",
        ]
          .filter(Boolean)
          .join("，") +
        "。",
  /** The lead sentence of a fund table; a figure that is unknown (null) is left out, and with it its rate. */
  fundLead: (
    year: number,
    title: string,
    budget: string | null,
    arrived: string | null,
    arrivalRate: string | null,
    used: string | null,
    rate: string | null,
    /** 全年预算数 when it differs from `budget` (年初): both are said, the rate is on it. */
    adjusted: string | null = null,
    /** The table has 全年预算数 but their sum is unknown: `budget` is said to be the 年初 one. */
    initialOnly = false,
  ) => {
    const given = [
      [
        budget && adjusted ? `年初预算批复${budget}万元，全年预算${adjusted}万元` : "",
        budget && !adjusted ? `${initialOnly ? "年初预算批复" : "预算"}${budget}万元` : "",
        !budget && adjusted ? `全年预算${adjusted}万元` : "",
        arrived ? `实际到位${arrived}万元${arrivalRate ? `，资金到位率${arrivalRate}` : ""}` : "",
      ]
        .filter(Boolean)
        .join("，"),
      used ? `实际使用${used}万元${rate ? `，预算执行率${rate}` : ""}` : "",
    ].filter(Boolean);
    return given.length ? `${year}年度${title}${given.join("；")}。` : "";
  },
  fundBaseArrived: "（本表预算执行率按实际到位数计算。）",
  fundUses: (groups: string) => `资金主要用于${groups}等方向。具体情况如下：`,
  fundDetail: "具体情况如下：",
  fundColumns: {
    project: ["项目大类", "项目名称"],
    region: ["分组", "县市区/单位"],
    institution: ["分组", "机构/乡镇"],
    figures: ["预算批复情况", "实际到位情况", "实际使用情况", "预算执行率"],
    /** The figures of a table with 全年预算数 (the 执行率 on it where given). */
    figuresAdjusted: ["年初预算批复", "全年预算数", "实际到位情况", "实际使用情况", "预算执行率"],
  },
  subtotal: (group: string) => `${group}小计`,
  subtotalShort: "小计",
  total: "合计",
  /** The other fund types in one line each, where an outline has no section for them. */
  otherFund: (label: string, text: string) => `${label}：${text.replace(/[。；]$/, "")}。`,
  otherFundLabels: {
    governmentFund: "政府性基金预算支出",
    stateCapital: "国有资本经营预算支出",
    socialInsurance: "社会保险基金预算支出",
  },
  /** `execution`: the department form's 预算执行率 得分, part of the score (docs/domain.md §8). */
  score: (year: number, who: string, score: string, grade: string, execution: string | null = null) =>
    `根据部门整体支出绩效自评指标评分，${year}年度${who}整体支出绩效自评得分${score}分${executionPart(execution)}，部门整体支出绩效为“${grade}”。`,
  scoreCapped: (total: string, rate: string, cap: string, execution: string | null = null) =>
    `（各指标得分合计${total}分${execution ? `，其中预算执行率得分${execution}分` : ""}，按整体预算执行率${rate}封顶为${cap}分。）`,
  scoreClosing: (year: number, who: string, score: string, grade: string, execution: string | null = null) =>
    `综上，${year}年度${who}部门整体支出绩效自评得分${score}分${executionPart(execution)}，绩效等级为“${grade}”。`,
  /** A score the unit reported without an indicator table behind it (docs/domain.md §7: marked as the unit's own). */
  reportedScore: (year: number, who: string, score: string | null, grade: string | null) =>
    `${year}年度${who}报送的部门整体支出绩效自评` +
    [score ? `得分为${score}分` : "", grade ? `等级为“${grade}”` : ""].filter(Boolean).join("，") +
    "（单位报送，未附指标评分表）。",
  indicators: {
    /** 投入指标分值10分，得分10.00分 */
    dimension: (level1: string, weight: string | null, score: string | null) =>
      `${level1}指标` +
      [weight ? `分值${weight}分` : "", score ? `得分${score}分` : ""].filter(Boolean).join("，"),
    dimensions: (parts: string) => `从一级指标看，${parts}。`,
    allMet: "各项指标均达到目标值。",
    unmetLead: "未达到目标值的指标如下：",
    /** 食品放射性污染风险监测样品数目标值≥152份，实际完成140份，得分9.21分（分值10分） */
    unmet: (name: string, target: string, actual: string, score: string | null, weight: string | null) =>
      `${name}目标值${target}，实际完成${actual}` +
      (score ? `，得分${score}分${weight ? `（分值${weight}分）` : ""}` : "") +
      "。",
    unmetRating: (name: string, rating: string, score: string | null, weight: string | null) =>
      `${name}评价为“${rating}”` +
      (score ? `，得分${score}分${weight ? `（分值${weight}分）` : ""}` : "") +
      "。",
    deviation: (note: string) => `偏差原因：${note.replace(/[。；]$/, "")}。`,
    directions: { ">=": "≥", "<=": "≤", "=": "" },
  },
  problemsDraft: {
    lowExecution: (items: string, threshold: string) =>
      `部分项目预算执行率偏低。${items}，预算执行率低于${threshold}，资金使用进度滞后，影响资金使用效益。`,
    /** A fund table whose total is below the threshold: its rate first, then its worst items. */
    tableTotal: (table: string, rate: string, list: string | null) =>
      `${table}预算执行率${rate}${list ? `，其中${list}` : ""}`,
    /** How many of a table's worst items a point names. */
    worstItems: 5,
    more: "等",
    tableItems: (table: string, list: string) => `${table}中${list}`,
    item: (name: string, rate: string) => `${name}（${rate}）`,
    zero: (names: string) => `其中${names}全年未使用资金。`,
    overBudget: (items: string) => `部分支出超过预算。${items}。`,
    /** `budget` null: none was set (0). */
    overBudgetItem: (name: string, actual: string, budget: string | null) =>
      budget
        ? `${name}${/支出$/.test(name) ? "" : "支出"}${actual}万元，超过预算${budget}万元`
        : `${name}未安排预算，支出${actual}万元`,
    /** Figures that do not add up, each stated with its item and both figures (报送 X，按 … 应为 Y). */
    mismatchItems: (items: string) => `部分数据填报不够准确。${items}，需加强数据审核。`,
    arrivedOver: (items: string) => `部分资金到位数超过预算批复数。${items}，需核实追加或调剂依据。`,
    arrivedOverItem: (name: string, arrived: string, budget: string) =>
      `${name}实际到位${arrived}万元，预算批复${budget}万元`,
    /** 实际到位 over the row's 全年预算数. */
    arrivedOverAdjustedItem: (name: string, arrived: string, budget: string) =>
      `${name}实际到位${arrived}万元，全年预算${budget}万元`,
  },
  /** 附件说明 (GB/T 9704 §7.3.4): 附件：1.… then 2.… aligned under 1. */
  attachments: {
    label: "附件：",
    numbered: (n: number, title: string) => `${n}.${title}`,
    departmentForm: (year: number) => `${year}年度部门整体支出绩效自评表`,
    projectForm: (year: number, fund: string) => `${year}年度项目支出绩效自评表（${fund}）`,
    /** The mark at the top of an attachment's first page. */
    page: (n: number) => `附件${n}`,
  },
  /** 成文日期 in Arabic numerals without leading zeros: 2025年3月31日. */
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
} as const;
