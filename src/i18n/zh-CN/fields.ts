/**
 * Simplified Chinese words of the dataset's fields, as the field registry (`src/domain/fields.ts`)
 * names them: each field's label, and how each part of the dataset is named when a message has
 * to say where something is (“【公共卫生专项】第 4 行“12320运行经费”的预算批复”).
 */
import { findingText } from "./findings";
import { workbookText } from "./workbook";

const F = findingText.field;
const S = findingText.subject;

/** Ordinal words for list items that have no name of their own. */
const nth = (index: number) => `第 ${index + 1} `;

export const fieldText = {
  /** Labels of the leaves, by what they are. */
  label: {
    ...F,
    format: "文件格式",
    version: "格式版本",
    source: "数据来源",
    unitName: "单位名称",
    shortName: "单位简称",
    level: "单位级次",
    year: "年度",
    moneyUnit: "金额单位",
    functions: "部门职能职责",
    organization: "机构设置",
    budgetUnitCount: "纳入预算单位数",
    staffingNote: "人员情况说明",
    goals: "年度绩效目标",
    id: "标识",
    title: "名称",
    base: "占比口径",
    name: "名称",
    note: "情况说明",
    group: "分组",
    dimension: "统计维度",
    rateBase: "执行率口径",
    usedAsReported: "原报告中的实际使用写法",
    level1: "一级指标",
    level2: "二级指标",
    indicatorName: "三级指标",
    kind: "指标类型",
    direction: "指标性质",
    unit: "度量单位",
    rating: "评价结果",
    deviationNote: "偏差原因分析及改进措施",
    illustrative: "示例数据标记",
    reportedGrade: "报送绩效等级",
    selfNote: "说明",
    text: "内容",
    itemTitle: "标题",
    resultApplication: "绩效自评结果拟应用情况",
    publicity: "公开情况",
    governmentFund: "政府性基金预算支出情况",
    stateCapital: "国有资本经营预算支出情况",
    socialInsurance: "社会保险基金预算支出情况",
    other: "其他需要说明的情况",
    executionCap: "按整体预算执行率封顶",
    vehiclesPurchased: "购置公务用车（辆）",
    vehiclesHeld: "公务用车保有量（辆）",
    abroadGroups: "因公出国（境）团组（个）",
    abroadPersons: "因公出国（境）人次",
    receptionBatches: "公务接待批次",
    receptionPersons: "公务接待人次",
    personnelShare: `${F.personnelTotal}${F.share}`,
    publicFundsShare: `${F.publicFunds}${F.share}`,
    reportedTotal: "报送合计",
    reportedScore: "报送得分",
    rows: "明细行",
    items: "明细项",
    achievements: "主要成效",
    problems: "存在的问题及原因",
    measures: "下一步改进措施",
    retiredAs: "离退休人员口径（离休/退休/离退休）",
    actualOutOfQuota: "编制外实有人数",
    noticeTitle: "通知名称",
    noticeNumber: "通知文号",
    workText: "自评工作开展情况",
    workTeam: "评价小组情况",
    workPreparation: "前期准备",
    workImplementation: "组织实施",
    workEvaluation: "实施评价",
    workSubmission: "自评材料报送时间及质量",
    workDisclosure: "自评材料报送及公开一致情况",
    outline: "报告提纲",
    reportDate: "成文日期",
  },
  /** The report outlines, as a drop-down shows them. */
  outlines: { hunan: "湖南（一至十）", hubei: "湖北（一至五）", guangdong: "广东（一至三）" },
  /** The words a sheet's drop-down shows for the values of other choice fields. */
  values: {
    level: workbookText.levels,
    rateBase: workbookText.rateBases,
    kind: workbookText.indicators.kinds,
    dimension: workbookText.dimensions,
  },
  /** The 三公 categories. */
  category: findingText.sangong,
  /** How each part of the dataset is named, given what the file holds there. */
  subject: {
    root: "数据文件",
    unit: S.unit,
    profile: "部门概况",
    staffing: S.staffing,
    finance: S.finance(""),
    financePart: (label: string) => S.finance(label),
    basicExpenditure: S.basicExpenditure,
    breakdown: (index: number, title: string | undefined) =>
      title ? `【${title}】` : `${nth(index)}张分类表`,
    breakdownItem: (index: number, name: string | undefined) => name ?? `${nth(index)}项`,
    breakdownTotal: "合计",
    sangong: "“三公”经费",
    sangongItem: (category: string) => S.sangong(category),
    sangongTotal: S.sangongTotal,
    sangongStats: "“三公”经费统计数",
    fundTable: (index: number, title: string | undefined) =>
      title ? `【${title}】` : `${nth(index)}张资金表`,
    fundRow: (index: number, name: string | undefined) => name ?? `${nth(index)}行`,
    fundSubtotal: (index: number, group: string | undefined) =>
      group ? `${group} 小计` : `${nth(index)}个小计`,
    fundTotal: "合计",
    indicator: (index: number, name: string | undefined) =>
      name ? S.indicator(name) : `${nth(index)}项指标`,
    selfEvaluation: S.selfEvaluation,
    narrative: "报告文字",
    narrativeItem: (list: string, index: number) => `${list}${nth(index)}条`,
    otherFunds: "其他资金预算",
    notice: "财政部门通知",
    selfEvaluationWork: "自评工作开展情况",
    settings: S.settings,
    listItem: (index: number) => `${nth(index)}项`,
  },
  /** A field inside the words of its part: “【公共卫生专项】12320运行经费的预算批复”. */
  where: (subject: string, label: string) => (subject ? `${subject}的${label}` : label),
  /** A field the registry does not know, named by the key the file used. */
  unknownKey: (key: string) => `“${key}”`,
} as const;
