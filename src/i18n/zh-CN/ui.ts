/** Simplified Chinese text of the task pane. Severities, statuses and the 说明 are the glossary's. */
import { glossary } from "./glossary";

const S = glossary.severity;
const Q = glossary.quote;

export const uiText = {
  productName: "绩效自评助手",
  hostBrowser: "未在 Office 中运行（浏览器预览），工作簿操作不可用。",
  working: "正在处理……",
  progress: (p: { phase: "read" } | { phase: "check" } | { phase: "write"; syncs: number }) =>
    p.phase === "read"
      ? "正在读取工作簿……"
      : p.phase === "check"
        ? "正在重算并检查……"
        : p.syncs
          ? `正在写入工作簿（已写入 ${p.syncs} 批）……`
          : "正在写入工作簿……",
  /** The header's line under the name: the unit and year the workbook holds. */
  unitYear: (unit: string, year: number) => `${unit} · ${year} 年度`,
  settings: "设置",
  settingsUnavailable: "生成标准表后才能设置",
  status: "状态",
  details: "详细信息",
  dismiss: "关闭",

  firstRun: {
    opening: "正在读取工作簿……",
    title: "开始",
    text: "此工作簿中还没有标准表。新建空白工作簿：填写单位、年度和资金表，生成标准表后在 Excel 中填数；已有数据文件（.json）的，直接导入。",
    newWorkbook: "新建空白工作簿",
    importDataset: "导入数据文件",
    sample: "载入示例数据（湖南省卫生健康委员会 2024 年度报告，仅供试用）",
    unavailable: "需要在 Excel 中打开",
  },
  pending: {
    title: "已读取的数据",
    dataset: (unit: string, year: number) => `${unit} ${year} 年度`,
    contents: (tables: number, indicators: number) => `${tables} 张资金表，${indicators} 项绩效指标`,
    sample: "这是示例数据，仅供试用：请在新的空白工作簿中生成，以免与正式数据混在一起。",
    discard: "不使用这份数据",
    build: "生成标准表",
  },
  built: (created: number, updated: number, errors: number) =>
    (created
      ? `已生成 ${created} 张标准表${updated ? `，更新 ${updated} 张` : ""}。`
      : `已更新 ${updated} 张标准表，已填写的数据与${glossary.note}均已保留。`) +
    (errors ? `有 ${errors} 项“${S.error}”待处理。` : ""),
  renamed: (wanted: string, used: string) =>
    `工作簿中已有非本助手生成的“${wanted}”，标准表改用“${used}”，原表未改动。`,
  datasetNotUsed:
    "此工作簿中已有标准表（可能刚由别处生成），已按表中填写的数据更新；读取的数据尚未使用，请选择如何处理。",
  exportNothing: "此工作簿中还没有标准表，无法导出：请先新建空白工作簿或导入数据文件，生成标准表。",

  choice: {
    title: "此工作簿中已有标准表",
    text: (unit: string, year: number, current: string, currentYear: number) =>
      `已读取“${unit} ${year} 年度”的数据。此工作簿中已有“${current} ${currentYear} 年度”的标准表，请选择：`,
    replace: "用新数据覆盖标准表",
    replaceHint: `标准表中的数据换成新数据，其他工作表不动；已写的${glossary.note}在同一问题上保留；新数据没有的资金表，其工作表将删除。`,
    createNew: "在新工作簿中生成",
    createNewHint: "Excel 打开一个新工作簿，放入新数据的标准表；此工作簿不变。",
    createUnsupported: (set: string) => `此版本的 Excel 不能从加载项新建工作簿（需要 ${set}）。`,
    cancel: "取消",
    cancelHint: "不使用新数据，此工作簿不变。",
  },
  replaced: (unit: string, year: number, updated: number, removed: readonly string[], kept: number) =>
    `已用“${unit} ${year} 年度”的数据覆盖标准表（更新 ${updated} 张${
      removed.length ? `，删除${removed.map(Q).join("、")}` : ""
    }），其他工作表未改动${kept ? `；${kept} 条${glossary.note}在同一问题上保留` : ""}。`,
  createdNew: (unit: string, year: number) =>
    `Excel 已打开一个新工作簿，其中是“${unit} ${year} 年度”的标准表；此工作簿未改动。在新工作簿中打开本助手即可检查。`,

  findings: {
    title: "检查结果",
    /** Counts as text (read by screen readers as they are shown). */
    summary: (error: number, verify: number, info: number) =>
      `${S.error} ${error} 项 · ${glossary.severityFull("verify")} ${verify} 项 · ${S.info} ${info} 项`,
    openErrors: (n: number) => (n ? `待处理的${S.error} ${n} 项` : `没有待处理的${S.error}`),
    filterLabel: "按级别筛选（待处理/共计）",
    filterAll: "全部",
    /** A tab: the severity and its counts, open/total (`错误 0/1`). */
    tab: (severity: string, open: number, total: number) => `${severity} ${open}/${total}`,
    tabLabel: (severity: string, open: number, total: number) =>
      `${severity}：${glossary.status.open} ${open} 项，共 ${total} 项`,
    openOnly: `只看${glossary.status.open}`,
    none: "未发现问题。",
    noneShown: "没有符合筛选条件的问题。",
    noneOpen: `没有${glossary.status.open}的问题。`,
    listLabel: "问题列表（上下方向键移动）",
    previous: "上一项",
    next: "下一项",
    position: (i: number, n: number) => (i > 0 ? `第 ${i} 项，共 ${n} 项` : `共 ${n} 项`),
    otherLocation: "其他（无对应单元格）",
    group: (sheet: string, open: number, total: number) =>
      `${sheet}（${glossary.status.open} ${open} / 共 ${total}）`,
    goToCell: (cell: string) => `定位到 ${cell}`,
    review: `记录${glossary.note}`,
    reviewOf: (message: string) => `记录${glossary.note}：${message}`,
    note: (note: string) => `${glossary.note}：${note}`,
  },
  /** A figure that is unknown (blank, docs/domain.md §7), where the pane would show one: never 0 or 0.00. */
  unknownFigure: "—",
  /** The words before a finding's two figures, by rule: what the unit reported and what it is compared with. */
  figureLabels: {
    default: [glossary.reported, glossary.expected],
    "sum-mismatch": [glossary.reported, "明细合计"],
    "rounding-difference": [glossary.reported, "明细合计"],
    "arrived-over-budget": ["实际到位", "预算批复"],
    "used-over-arrived": ["实际使用", "实际到位"],
    "over-budget": ["支出", "预算"],
    "staff-over-quota": ["在职", "编制"],
    "low-execution": ["", "执行率"],
    "weights-not-100": ["分值合计", glossary.expected],
    "invalid-number": ["填写", glossary.expected],
    "excess-precision": ["填写", glossary.expected],
    "indicator-figure-mismatch": ["填报", "计算数"],
    "report-figure-mismatch": ["报告", "工作簿"],
    "report-self-inconsistent": ["此处", "另一处"],
    "report-rate-inconsistent": ["报告", "按所列金额"],
  } as Readonly<Record<string, readonly [string, string]>> & { default: readonly [string, string] },

  review: {
    title: `记录处理情况`,
    status: "处理状态",
    statusHints: {
      [glossary.status.open]: "仍需处理；可以先记下情况",
      [glossary.status.explained]: `差异有正当原因，已在${glossary.note}中写明`,
      [glossary.status.fixed]: "已在表中或原报告中改正",
    } as Readonly<Record<string, string>>,
    note: glossary.note,
    noteHint: "写明差异的原因或已作的修正，保存在“检查结果”表中，供复核人员查看。",
    noteRequired: `记为“${glossary.status.explained}”时，请写明${glossary.note}`,
    save: "保存到“检查结果”",
    cancel: "取消",
  },
  /** Says exactly what was written into 检查结果. */
  reviewSaved: (status: string, note: string) =>
    `已在“检查结果”表中记为“${status}”，` +
    (note ? `${glossary.note}：“${note}”。` : `未填写${glossary.note}。`),

  actions: {
    check: "检查",
    refresh: "更新标准表并检查",
    more: "更多操作",
    exportWord: "导出 Word 报告",
    copyReport: "复制报告（粘贴到 Word）",
    exportData: "导出数据文件",
    importDataset: "导入数据文件…",
    newWorkbook: "新建空白工作簿…",
  },
  checked: (total: number, errors: number) =>
    total
      ? `已重新检查并更新“检查结果”表：共 ${total} 项${errors ? `，其中${S.error} ${errors} 项待处理` : ""}，已填写的${glossary.note}均已保留。`
      : "已重新检查：未发现问题。",

  exportDialog: {
    title: (n: number) => `尚有 ${n} 项“${S.error}”待处理`,
    text: "报告中的相关数字可能不准确。可以先去修改，或仍然导出。",
    more: (n: number) => `另有 ${n} 项，见“检查结果”表。`,
    fixFirst: "先去修改",
    exportAnyway: "仍然导出 Word 报告",
  },
  exportedWithErrors: (n: number) =>
    `报告已导出，但尚有 ${n} 项“${S.error}”待处理，报告中的相关数字可能不准确。`,
  downloaded: (name: string) => `已下载 ${name}。`,
  copied: "报告已复制到剪贴板（带格式），请在 Word 中粘贴。",
  noDownloadReport:
    "此版本的 Office（Mac）不能在任务窗格中下载文件，已改为将报告复制到剪贴板（带格式），请在 Word 中粘贴。",
  noDownloadData:
    "此版本的 Office（Mac）不能在任务窗格中下载文件，已将数据文件内容复制到剪贴板，请粘贴到文本文件并保存为 .json。",
  copyFailed: "无法写入剪贴板：请在任务窗格中点击后重试，或使用“导出 Word 报告”。",
  dataFileName: (year: number, unit: string) => `${year}年度${unit}绩效自评数据.json`,

  settingsDialog: {
    title: "设置",
    thresholdLabel: "低执行率阈值（%）",
    thresholdHint: `执行率低于此值的项目列为“${S.verify}”。`,
    thresholdInvalid: "请填写 0 到 100 之间的数字",
    capLabel: "按整体预算执行率封顶自评得分（省级规则）",
    rateBaseLabel: (table: string) => `“${table}”执行率口径`,
    rateBases: { budget: "实际使用 ÷ 预算批复", arrived: "实际使用 ÷ 实际到位" },
    outlineLabel: "报告提纲",
    outlineHint: "按本地财政部门通知规定的提纲生成自评报告。",
    reportDateLabel: "成文日期",
    reportDateHint: "写在报告落款下；不填时报告中标注“【待补充：成文日期】”。",
    save: "保存设置并重新检查",
    cancel: "取消",
  },
  settingsSaved: (threshold: number, cap: boolean) =>
    `设置已写入工作簿（低执行率阈值 ${threshold}%，${cap ? "按执行率封顶" : "不封顶"}），已重新检查。`,

  wordTitle: "插入自评报告",
  wordHint: "选择标准工作簿（.xlsx）或数据文件（.json），报告将插入到光标处，使用 Word 内置标题样式和表格。",
  wordPick: "选择工作簿或数据文件",
  inserted: (title: string, errors: number) =>
    `已插入《${title}》。` +
    (errors ? `数据中尚有 ${errors} 项“${S.error}”待处理，请在工作簿中核对后重新生成。` : ""),
} as const;
