/**
 * Sparse datasets shaped like real reports, one per outline: partial, untidy (spaces around
 * figures, the unit's own numbering habits), with the unit's own wording.
 * - 湖南: transcribed from the 2024 report of 益阳市卫生健康委员会 (a real city report, in the
 *   seeds): no 编制数 (在职职工 86 人，退休职工 99 人), only the basic/project split of expenditure,
 *   no 三公, no fund table, no indicator table, untitled achievements, titled problems.
 * - 湖北: a county 卫生健康局 with income and expenditure but no balances, 三公 with only 公务接待费,
 *   one fund table without 到位, a six-dimension indicator table (运行成本 … 服务对象满意度) with
 *   some indicators not met, one without a deviation note, its own 自评工作 text, no measures.
 * - 广东: a county-level city 卫生健康局 with 编制内/编制外, basic expenditure only, 自评工作 given
 *   in part (评价小组, 前期准备, 组织实施), a reported score and grade but no indicator table.
 */
import type { RawDataset } from "../../src/domain";

/** 益阳市卫生健康委员会 2024 (湖南), as its report gives it. */
export function yiyangCity(): RawDataset {
  return {
    format: "jixiao-dataset",
    version: 1,
    source: "2024年度益阳市卫生健康委员会整体支出绩效自评报告（公开文本，节录）",
    unit: { name: "益阳市卫生健康委员会", shortName: "我委", level: "city", year: 2024, moneyUnit: "万元" },
    profile: {
      functions: [
        "贯彻执行国民健康政策及国家卫生健康法律法规，拟订全市卫生健康规划并组织实施。",
        "协调推进全市深化医药卫生体制改革，研究提出全市深化医药卫生体制改革政策与措施的建议。",
        "负责计划生育管理和服务工作，开展人口监测预警，研究提出人口与家庭发展相关政策建议。",
        "完成市委、市政府交办的其他任务。",
      ],
      organization:
        "益阳市卫生健康委员会内设科室 22 个，包括：办公室、人事科、规划发展与信息化科、财务科、法规科等。设有市卫生健康信息中心等 5 个非独立核算的紧密型二级机构。",
      staffing: { actualTotal: 86, retired: 99, retiredAs: "退休" },
    },
    finance: { expenditure: { basic: "2878.82", project: "4121.35" } },
    basicExpenditure: { personnel: { total: "1744.13" }, publicFunds: "1134.69" },
    narrative: {
      achievements: [
        {
          text: "一是深化改革持续发展。市中心医院“一院两区”高效运转，市妇幼保健院成功创建三级甲等，6家医院通过三级医院等级评审，全市66家二级及以上医疗机构100%设置公共卫生科。",
        },
        {
          text: "二是民生实事可感可及。完成 2400 个普惠托位建设任务，完成新生儿疾病筛查与诊断服务 13596 人。",
        },
      ],
      problems: [
        {
          title: "计划生育服务项目",
          text: "存在部分奖励扶助对象未发放相关待遇的情况，主要原因包括死亡对象未能及时发现、奖励对象子女数发生变化等。",
        },
        {
          title: "医疗服务能力与保障能力提升项目",
          text: "三级公立医院门诊人次数与出院人次数比值较上年有所升高，实现收支平衡的公立医院占比有所降低。",
        },
      ],
      measures: [
        {
          text: "在后续工作中，我们将着重加强指标监测工作，积极引导公立医院强化与医保部门之间的工作对接，确保2025年度各项绩效目标能够顺利达到预期值。",
        },
      ],
      publicity: "根据自评结果改进工作，自评报告已在卫健委官网上公开",
      otherFunds: {
        governmentFund: "2024 年政府性基金预算 8 万元，其中基本支出 5.49 万，项目支出 2.51 万。",
      },
      other: "无",
    },
  };
}

/** A 湖北 county health bureau: the outline by indicator dimension. */
export function hubeiCounty(): RawDataset {
  return {
    format: "jixiao-dataset",
    version: 1,
    unit: { name: "郧西县卫生健康局", shortName: "我局", level: "county", year: 2024, moneyUnit: "万元" },
    profile: {
      functions: [
        "负责全县卫生健康事业发展规划和政策措施的组织实施。",
        "负责全县疾病预防控制和卫生应急工作。",
      ],
      organization: "我局内设股室 9 个，下属二级单位 14 个。",
      staffing: { authorized: 48, actualInQuota: 45, actualTotal: 52, retired: 31 },
    },
    finance: {
      income: { basic: "1203.40", project: "3388.16" },
      expenditure: { basic: "1203.40", project: "3012.77" },
    },
    sangong: {
      items: {
        reception: { budget: "2.00", actual: "1.35", note: "严格执行公务接待标准，压减接待批次。" },
      },
      stats: { receptionBatches: 21, receptionPersons: 137 },
    },
    fundTables: [
      {
        id: "phs",
        title: "基本公共卫生服务补助资金",
        dimension: "project",
        rows: [
          { name: "基本公共卫生服务项目", budget: "1862.00", used: "1711.23" },
          { name: "家庭医生签约服务", budget: "210.00", used: "88.40" },
          { name: "重大传染病防控", budget: "96.50", used: "96.50" },
        ],
      },
    ],
    indicators: [
      {
        level1: "运行成本",
        name: "“三公”经费控制率",
        weight: "10",
        direction: "<=",
        target: "100",
        unit: "%",
        actual: "67.5",
      },
      {
        level1: "运行成本",
        name: "公用经费控制率",
        weight: "10",
        direction: "<=",
        target: "100",
        unit: "%",
        actual: "98.2",
      },
      {
        level1: "管理效率",
        name: "预算执行率",
        weight: "20",
        direction: ">=",
        target: "95",
        unit: "%",
        actual: "91.3",
        deviationNote: "家庭医生签约服务资金于11月下达，当年未能全部支出。",
      },
      {
        level1: "履职效能",
        name: "重点工作完成率",
        weight: "20",
        direction: ">=",
        target: "100",
        unit: "%",
        actual: "100",
      },
      {
        level1: "社会效应",
        name: "孕产妇系统管理率",
        weight: "15",
        direction: ">=",
        target: "90",
        unit: "%",
        actual: "86.7",
      },
      { level1: "可持续发展", name: "制度健全性", weight: "10", kind: "qualitative", rating: "达成" },
      {
        level1: "服务对象满意度",
        name: "群众满意度",
        weight: "15",
        direction: ">=",
        target: "90",
        unit: "%",
        actual: "93",
      },
    ],
    narrative: {
      notice: {
        title: "关于开展2024年度县直部门整体支出绩效自评工作的通知",
        documentNumber: "郧财绩发〔2025〕3号",
      },
      selfEvaluationWork: {
        text: "我局成立了由局长任组长的绩效自评工作领导小组，对照年初绩效目标逐项开展自评，形成自评报告。",
      },
      achievements: [{ text: "全县基层医疗卫生服务能力持续提升，家庭医生签约服务覆盖率稳步提高。" }],
      problems: [{ title: "资金下达较晚", text: "部分项目资金于四季度下达，影响当年执行进度。" }],
    },
    settings: { outline: "hubei", reportDate: "2025-04-15" },
  };
}

/** A 广东 county-level city health bureau: 自评工作 by its sub-items, a reported score only. */
export function guangdongCity(): RawDataset {
  return {
    format: "jixiao-dataset",
    version: 1,
    unit: { name: "台山市卫生健康局", shortName: "我局", level: "county", year: 2024, moneyUnit: "万元" },
    profile: {
      functions: ["贯彻执行卫生健康法律法规和政策，拟订全市卫生健康事业发展规划。"],
      organization: "我局内设股室 8 个，下属事业单位 23 个。",
      staffing: {
        authorized: 60,
        actualInQuota: 57,
        actualOutOfQuota: 12,
        actualTotal: 69,
        retired: 40,
        retiredAs: "离退休",
      },
    },
    basicExpenditure: { budget: "1560.00", personnel: { total: "1301.25" }, publicFunds: "212.48" },
    finance: { expenditure: { basic: "1513.73" } },
    selfEvaluation: { reportedScore: "97.23", reportedGrade: "优" },
    narrative: {
      selfEvaluationWork: {
        team: "成立以分管财务副局长为组长、财务股和各业务股室负责人为成员的评价小组。",
        preparation: "收集整理预算批复、决算报表、项目资料等基础数据。",
        implementation: "对照绩效目标逐项核对完成情况，填报自评表。",
      },
      problems: [{ text: "部分项目绩效目标设置不够细化，量化指标偏少。" }],
      measures: [{ text: "科学设置绩效目标，细化量化指标。" }],
    },
    settings: { outline: "guangdong", reportDate: "2025-03-31" },
  };
}
