/**
 * Simplified Chinese text of the narrative report: headings and the sentences the report is made
 * of. Builders receive figures already formatted (`14,660.00`, `96.95%`) and only put words
 * around them, in the register of these reports.
 */
export const reportText = {
  title: (year: number, unit: string) => `${year}年度${unit}部门整体支出绩效自评报告`,
  opening: (year: number, who: string) =>
    `为进一步规范财政资金管理，强化绩效意识和支出责任，提高财政资金使用效益，根据《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）及预算绩效管理有关规定，${who}对${year}年度部门整体支出开展了绩效自评。自评范围包括一般公共预算支出、政府性基金预算支出、国有资本经营预算支出和社会保险基金预算支出。现将自评情况报告如下：`,
  defaultWho: "我单位",
  none: "无。",
  unitNote: "单位：万元",
  draftMark: "【以下为根据检查结果生成的草稿，请核实后采用或修改】",
  headings: {
    basic: "基本情况",
    department: "部门基本情况",
    functions: "部门职能职责",
    organization: "机构设置",
    staffing: "人员编制",
    goals: "年度整体支出绩效目标",
    general: "一般公共预算支出情况",
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
  },
  budgetUnits: (n: number) => `纳入部门预算编制范围的预算单位共 ${n} 个。`,
  staffing: (year: number, authorized: string, inQuota: string | null, rate: string | null) =>
    `${year} 年度核定在职人员编制数为 ${authorized} 人` +
    (inQuota ? `，编制内实有人数为 ${inQuota} 人` : "") +
    (rate ? `，在职人员控制率为 ${rate}` : "") +
    "。",
  staffingEnd: (inService: string | null, retired: string | null) =>
    [inService ? `年末在职人员 ${inService} 人` : "", retired ? `离退休人员 ${retired} 人` : ""]
      .filter(Boolean)
      .join("，") + "。",
  income: (
    year: number,
    available: string,
    opening: string,
    openingBasic: string,
    openingProject: string,
    income: string,
    incomeBasic: string,
    incomeProject: string,
  ) =>
    `${year} 年度一般公共预算财政拨款收入 ${available} 万元，具体包括：年初结转和结余 ${opening} 万元，其中：基本支出结转 ${openingBasic} 万元、项目支出结转和结余 ${openingProject} 万元；本年收入 ${income} 万元，其中：基本支出收入 ${incomeBasic} 万元，项目支出收入 ${incomeProject} 万元。`,
  expenditure: (
    year: number,
    total: string,
    basic: string,
    basicShare: string,
    project: string,
    projectShare: string,
  ) =>
    `${year} 年度一般公共预算财政拨款支出 ${total} 万元，其中：基本支出 ${basic} 万元，占 ${basicShare}；项目支出 ${project} 万元，占 ${projectShare}。`,
  closing: (total: string, basic: string, carryover: string, surplus: string) =>
    `年末结转和结余 ${total} 万元，具体包括：基本支出结转 ${basic} 万元，项目支出结转 ${carryover} 万元，项目支出结余 ${surplus} 万元。`,
  basicTotal: (year: number, actual: string) => `${year} 年度财政拨款基本支出 ${actual} 万元。`,
  basicBudget: (budget: string, rate: string) => `基本支出预算 ${budget} 万元，预算执行率 ${rate}。`,
  personnel: (amount: string, share: string) => `人员经费支出 ${amount} 万元，占全部基本支出的 ${share}。`,
  personnelParts: (wages: string | null, family: string | null) =>
    "其中：" +
    [wages ? `工资福利支出 ${wages} 万元` : "", family ? `对个人和家庭的补助 ${family} 万元` : ""]
      .filter(Boolean)
      .join("；") +
    "。",
  publicFunds: (amount: string, share: string) => `公用经费支出 ${amount} 万元，占全部基本支出的 ${share}。`,
  publicFundsRate: (budget: string, rate: string) => `公用经费预算 ${budget} 万元，公用经费控制率 ${rate}。`,
  sangongTotal: (year: number, budget: string, actual: string, rate: string) =>
    `${year} 年度“三公”经费财政拨款支出全年预算数为 ${budget} 万元，支出决算为 ${actual} 万元，完成预算的 ${rate}。`,
  sangongItem: (name: string, budget: string, actual: string, rate: string) =>
    `${name}支出全年预算数为 ${budget} 万元，支出决算为 ${actual} 万元，完成预算的 ${rate}`,
  sangongLess: (reason: string) => `决算数小于预算数的主要原因是${reason.replace(/[。；]$/, "")}`,
  sangongMore: (reason: string) => `决算数大于预算数的主要原因是${reason.replace(/[。；]$/, "")}`,
  sangongEqual: "决算数与预算数持平",
  sangongChange: (last: string, change: string) => `上年决算数为 ${last} 万元，较上年变动 ${change}`,
  sangongShares: (year: number, parts: string) => `${year} 年度“三公”经费财政拨款支出决算中，${parts}。`,
  sangongShare: (name: string, share: string) => `${name}决算支出占比 ${share}`,
  vehicles: (purchased: number | undefined, held: number | undefined) =>
    [
      purchased !== undefined ? `全年新购置公务用车 ${purchased} 辆` : "",
      held !== undefined ? `开支财政拨款的公务用车保有量为 ${held} 辆` : "",
    ]
      .filter(Boolean)
      .join("；"),
  abroad: (groups: number | undefined, persons: number | undefined) =>
    [
      groups !== undefined ? `因公出国（境）团组数 ${groups} 个` : "",
      persons !== undefined ? `因公出国（境）人次数 ${persons} 人` : "",
    ]
      .filter(Boolean)
      .join("，"),
  reception: (batches: number | undefined, persons: number | undefined) =>
    [
      batches !== undefined ? `全年公务接待 ${batches} 批次` : "",
      persons !== undefined ? `接待 ${persons} 人次` : "",
    ]
      .filter(Boolean)
      .join("，"),
  projectTotals: (opening: string, income: string, expenditure: string, closing: string) =>
    `项目支出年初结转和结余 ${opening} 万元，本年收入 ${income} 万元，本年支出 ${expenditure} 万元，年末结转和结余 ${closing} 万元。`,
  fundLead: (
    year: number,
    title: string,
    budget: string,
    arrived: string | null,
    arrivalRate: string | null,
    used: string,
    rate: string,
  ) =>
    `${year} 年度${title}预算 ${budget} 万元` +
    (arrived ? `，实际到位 ${arrived} 万元${arrivalRate ? `，资金到位率 ${arrivalRate}` : ""}` : "") +
    `；实际使用 ${used} 万元，预算执行率 ${rate}。`,
  fundBaseArrived: "（本表预算执行率按实际到位数计算。）",
  fundUses: (groups: string) => `资金主要用于${groups}等方向。具体情况如下：`,
  fundDetail: "具体情况如下：",
  fundColumns: {
    project: ["项目大类", "项目名称"],
    region: ["分组", "县市区/单位"],
    institution: ["分组", "机构/乡镇"],
    figures: ["预算批复情况", "实际到位情况", "实际使用情况", "预算执行率"],
  },
  subtotal: (group: string) => `${group}小计`,
  subtotalShort: "小计",
  total: "合计",
  score: (year: number, who: string, score: string, grade: string) =>
    `根据部门整体支出绩效自评指标评分，${year} 年度${who}整体支出绩效自评得分 ${score} 分，部门整体支出绩效为“${grade}”。`,
  scoreCapped: (total: string, rate: string, cap: string) =>
    `（各指标得分合计 ${total} 分，按整体预算执行率 ${rate} 封顶为 ${cap} 分。）`,
  problemsDraft: {
    lowExecution: (items: string, threshold: string) =>
      `部分项目预算执行率偏低。${items}，预算执行率低于 ${threshold}，资金使用进度滞后，影响资金使用效益。`,
    tableItems: (table: string, list: string) => `${table}中${list}`,
    item: (name: string, rate: string) => `${name}（${rate}）`,
    zero: (names: string) => `其中${names}全年未使用资金。`,
    overBudget: (items: string) => `部分支出超过预算。${items}。`,
    overBudgetItem: (name: string, actual: string, budget: string) =>
      `${name}支出 ${actual} 万元，超过预算 ${budget} 万元`,
    arrivedOver: (items: string) => `部分资金到位数超过预算批复数。${items}，需核实追加或调剂依据。`,
    arrivedOverItem: (name: string, arrived: string, budget: string) =>
      `${name}实际到位 ${arrived} 万元，预算批复 ${budget} 万元`,
    mismatch: (count: number) =>
      `部分数据填报不够准确。自评数据中有 ${count} 处报送的比率、合计或得分与按原始数据重新计算的结果不一致，需加强数据审核。`,
  },
} as const;
