/** Simplified Chinese text of the task pane. */
export const uiText = {
  productName: "绩效自评助手",
  tagline: "部门整体支出绩效自评：生成标准工作簿，重算并检查执行率、合计与得分，生成自评报告。",
  hostExcel: "已连接 Excel",
  hostBrowser: "未在 Office 中运行（浏览器预览），工作簿操作不可用。",
  steps: {
    data: "1. 数据",
    build: "2. 生成/更新标准表",
    check: "3. 检查结果",
    export: "4. 导出",
    settings: "设置",
  },
  loadSample: "载入示例数据",
  importDataset: "导入数据文件（.json）",
  datasetLoaded: (unit: string, year: number) => `已载入：${unit} ${year} 年度`,
  noDataset: "尚未载入数据。工作簿中已有标准表时，可直接“更新标准表”。",
  build: "生成标准表",
  refresh: "更新标准表并检查",
  working: "正在处理……",
  progress: (p: { phase: "read" } | { phase: "check" } | { phase: "write"; syncs: number }) =>
    p.phase === "read"
      ? "正在读取工作簿……"
      : p.phase === "check"
        ? "正在重算并检查……"
        : p.syncs
          ? `正在写入工作簿（已写入 ${p.syncs} 批）……`
          : "正在写入工作簿……",
  built: (created: number, updated: number) =>
    created
      ? `已生成 ${created} 张标准表${updated ? `，更新 ${updated} 张` : ""}。`
      : `已更新 ${updated} 张标准表，已填写的数据与核实说明均已保留。`,
  datasetIgnored:
    "此工作簿中已有标准表，已按表中填写的数据更新；载入的数据未写入。如要使用载入的数据，请在新的空白工作簿中生成标准表。",
  renamed: (wanted: string, used: string) =>
    `工作簿中已有非本助手生成的“${wanted}”，标准表改用“${used}”，原表未改动。`,
  findingsSummary: (error: number, verify: number, info: number) =>
    `错误 ${error} 项，需核实 ${verify} 项，提示 ${info} 项`,
  /** How many of the findings are still open (处理状态 待处理). */
  openSummary: (open: number, total: number) =>
    open === total ? `${total} 项均待处理。` : `其中待处理 ${open} 项，已核实或已修正 ${total - open} 项。`,
  noFindings: "未发现问题。",
  openOnly: "只看待处理",
  noOpenFindings: "没有待处理的问题。",
  review: "记录核实说明",
  reviewOf: (message: string) => `记录核实说明：${message}`,
  reviewStatus: "处理状态",
  reviewNote: "核实说明",
  reviewNoteHint: "说明差异的原因或已作的修正，将写入“检查结果”表，供复核人员查看。",
  saveReview: "保存到“检查结果”",
  cancelReview: "取消",
  noteShown: (note: string) => `核实说明：${note}`,
  reviewSaved: (status: string) => `已在“检查结果”表中记为“${status}”，核实说明已保存。`,
  notChecked: "生成标准表后，或工作簿中已有标准表时点击“检查”，在此显示检查结果。",
  check: "检查",
  checked: (total: number, errors: number) =>
    total
      ? `已重新检查并更新“检查结果”表：共 ${total} 项${errors ? `，其中错误 ${errors} 项` : ""}，已填写的核实说明均已保留。`
      : "已重新检查：未发现问题。",
  errorCount: (n: number) => `待处理的错误 ${n} 项`,
  otherLocation: "其他（无对应单元格）",
  sheetGroup: (sheet: string, n: number) => `${sheet}（${n} 项）`,
  rateBaseLabel: (table: string) => `“${table}”执行率口径`,
  rateBases: { budget: "实际使用 ÷ 预算批复", arrived: "实际使用 ÷ 实际到位" },
  filterLabel: "按级别筛选",
  filterAll: "全部",
  severity: { error: "错误", verify: "核实", info: "提示" },
  figures: (reported: string | undefined, expected: string | undefined) =>
    [reported !== undefined ? `报送 ${reported}` : "", expected !== undefined ? `计算 ${expected}` : ""]
      .filter(Boolean)
      .join(" · "),
  goToCell: (sheet: string, cell: string) => `定位到 ${sheet}!${cell}`,
  exportWord: "导出 Word 报告",
  copyReport: "复制报告（粘贴到 Word）",
  exportData: "导出数据文件",
  openErrorsTitle: (n: number) => `尚有 ${n} 项“错误”未处理，报告中的相关数字可能不准确：`,
  moreErrors: (n: number) => `另有 ${n} 项，见“检查结果”表。`,
  exportAnyway: "仍然导出 Word 报告",
  cancelExport: "先去修改",
  openErrors: (n: number) => `尚有 ${n} 项“错误”未处理，报告中的相关数字可能不准确。`,
  downloaded: (name: string) => `已下载 ${name}。`,
  copied: "报告已复制到剪贴板（带格式），请在 Word 中粘贴。",
  noDownloadReport:
    "此版本的 Office（Mac）不能在任务窗格中下载文件，已改为将报告复制到剪贴板（带格式），请在 Word 中粘贴。",
  noDownloadData:
    "此版本的 Office（Mac）不能在任务窗格中下载文件，已将数据文件内容复制到剪贴板，请粘贴到文本文件并保存为 .json。",
  copyFailed: "无法写入剪贴板：请在任务窗格中点击后重试，或使用“导出 Word 报告”。",
  wordTitle: "插入自评报告",
  wordHint: "选择标准工作簿（.xlsx）或数据文件（.json），报告将插入到光标处，使用 Word 内置标题样式和表格。",
  wordPick: "选择工作簿或数据文件",
  inserted: (title: string, errors: number) =>
    `已插入《${title}》。` + (errors ? `数据中尚有 ${errors} 项“错误”，请在工作簿中核对后重新生成。` : ""),
  thresholdLabel: "低执行率阈值（%）",
  thresholdHint: "执行率低于此值的项目列为“需核实”。",
  capLabel: "按整体预算执行率封顶自评得分（省级规则）",
  saveSettings: "保存设置并重新检查",
  settingsSaved: (threshold: number, cap: boolean) =>
    `设置已写入工作簿（低执行率阈值 ${threshold}%，${cap ? "按执行率封顶" : "不封顶"}），已重新检查。`,
  settingsInvalid: "低执行率阈值应为 0 到 100 之间的数字。",
  dismiss: "关闭",
} as const;
