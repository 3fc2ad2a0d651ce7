/** Simplified Chinese text of the new-workbook form (新建空白标准工作簿). */
export const newWorkbookText = {
  open: "新建空白工作簿",
  title: "新建空白标准工作簿",
  hint: "填写单位和年度，列出资金表的各行；生成后在 Excel 中填入各项金额，检查结果会列出尚未填写的数据。",
  /** The indicators a new workbook starts with: none, or a template (docs/domain.md §8). */
  indicators: "绩效指标",
  templates: {
    none: "不预设，自行填写",
    department: "部门整体支出共性指标",
    "six-dimension": "部门整体支出六维度指标",
    project: "项目支出指标",
  },
  templateHints: {
    none: "生成后在“指标评分”表中逐项填写指标。",
    department:
      "预设投入、过程、产出、效果四类共性指标，分值合计 100；在职人员控制率、“三公经费”控制率、公用经费控制率和预算完成率取工作簿中的数据，指标值待填写。",
    "six-dimension":
      "预设运行成本 15 分、管理效率 25 分、履职效能 30 分、社会效应 10 分、可持续发展能力 10 分、服务对象满意度 10 分；在职人员控制率、公用经费控制率、“三公经费”控制率和预算完成率取工作簿中的数据，各地分值不同的可自行调整，指标值待填写。",
    project:
      "预设产出 50 分、效益 30 分、满意度 10 分，列入资金表 1（即本项目）的项目支出绩效自评表；预算执行率 10 分按资金表 1 的执行率计算，指标值待填写。",
  },
  unitName: "单位名称",
  shortName: "报告中的简称（如“我局”，可不填）",
  level: "单位级次",
  levels: { province: "省级", city: "市级", district: "区级", county: "县级" },
  year: "年度",
  tables: "资金表",
  table: (n: number) => `资金表 ${n}`,
  tableTitle: (n: number) => `资金表 ${n} 名称`,
  dimension: (n: number) => `资金表 ${n} 分列方式`,
  dimensions: { project: "按项目", region: "按地区", institution: "按机构/乡镇" },
  province: (n: number) => `资金表 ${n} 所在省份`,
  city: (n: number) => `资金表 ${n} 所在城市（列出区县；不选则列出市州）`,
  anyCity: "（不选：列出全省市州）",
  choose: "请选择",
  rows: (n: number) => `资金表 ${n} 的各行`,
  rowsHint: {
    project: "每行一个项目名称。",
    region: "选择省份或城市后自动列出，可直接修改：每行一个地区。",
    institution: "每行一个机构或乡镇，如“城关镇卫生院”。",
  },
  loadingRegions: "正在载入行政区划……",
  addTable: "添加资金表",
  removeTable: (n: number) => `删除资金表 ${n}`,
  removed: (title: string) => `已删除资金表“${title}”。`,
  undoRemove: "撤销删除",
  create: "生成空白标准表",
  cancel: "取消",
  regionsFailed: "无法载入行政区划列表，请直接在“各行”中填写地区名称。",
  /** Said when the form is submitted with problems: how many fields to correct. */
  invalid: (n: number) => `有 ${n} 处需要修改，已标在对应的栏目下。`,
  /** What is wrong with a field, said under it. */
  problems: {
    unitName: "请填写单位名称",
    yearMissing: "请填写年度",
    yearRange: (from: number, to: number) => `年度应为 ${from} 至 ${to} 之间的四位数字`,
    title: "请填写资金表名称",
    noRows: "请至少填写一行",
    duplicateRow: (line: number, name: string, first: number) => `第 ${line} 行“${name}”与第 ${first} 行重名`,
  },
} as const;
