/**
 * Simplified Chinese text of the report check (核对报告数字): the names of the items it
 * recognises, its findings' messages, and what the command line and the panes say about it.
 */
import { glossary } from "./glossary";

export const reportCheckText = {
  /** The subjects of the vocabulary, as a clerk names them. */
  subjects: {
    department: "部门",
    basic: "基本支出",
    project: "项目支出",
    personnel: "人员经费",
    publicFunds: "公用经费",
    wages: "工资福利支出",
    familySubsidies: "对个人和家庭的补助",
    goodsServices: "商品和服务支出",
    sangong: "“三公”经费",
    vehicle: "公务用车购置及运行维护费",
    vehiclePurchase: "公务用车购置费",
    vehicleOperation: "公务用车运行维护费",
    abroad: "因公出国（境）费",
    reception: "公务接待费",
    staffing: "人员编制",
    evaluation: "整体支出绩效",
    unit: "部门预算",
  },
  /** What is measured, as the report's words say it. */
  measures: {
    available: "一般公共预算财政拨款收入",
    opening: "年初结转和结余",
    income: "本年收入",
    expenditure: "本年支出",
    closing: "年末结转和结余",
    closingCarryover: "年末结转",
    closingSurplus: "年末结余",
    carry: "结转",
    surplus: "结余",
    spent: "支出",
    amount: "支出",
    actual: "支出决算",
    used: "实际使用",
    budget: "预算",
    initialBudget: "年初预算",
    arrived: "实际到位",
    requested: "请款",
    lastYear: "上年决算数",
    rate: "预算执行率",
    arrivalRate: "资金到位率",
    completionRate: "完成预算的比例",
    share: "占比",
    controlRate: "控制率",
    change: "较上年变动",
    overallRate: "整体预算执行率",
    authorized: "编制数",
    inQuota: "编制内实有人数",
    actualTotal: "在职人员",
    headcount: "实有人数",
    retired: "离退休人员",
    retiredOnly: "退休人员",
    retiredLi: "离休人员",
    budgetUnits: "预算单位数",
    vehiclesPurchased: "新购置公务用车",
    vehiclesHeld: "公务用车保有量",
    abroadGroups: "团组数",
    abroadPersons: "人次数",
    receptionBatches: "接待批次",
    receptionPersons: "接待人次",
    score: "自评得分",
    scoreTotal: "各指标得分合计",
    executionScore: "预算执行率得分",
  },
  paragraph: (n: number) => `第 ${n} 段`,
  cell: (table: number, row: number, name?: string) =>
    `${name ? `“${name}”表` : `表 ${table} `}第 ${row + 1} 行`,
  table: (n: number) => `表 ${n}`,
  subtotalOf: (group: string) => `${group}小计`,
  /** After an item's name: the figure is the unit's reported one, quoted (报送 X … 应为 Y). */
  reportedQuote: "（报送数）",
  sameParagraph: "同段",
  sameRow: "同一行",
  formula: (partName: string, part: string, wholeName: string, whole: string) =>
    `${partName} ${part} ÷ ${wholeName} ${whole}`,
  formulaChange: (actual: string, last: string) => `（${actual} − ${last}）÷ ${last}`,
  messages: {
    mismatch: (where: string, item: string, reported: string, expected: string) =>
      `${where}“${item}”写作 ${reported}，工作簿中为 ${expected}。请按工作簿核对后修改报告；如工作簿有误，先修正工作簿。`,
    rounding: (where: string, item: string, reported: string, expected: string) =>
      `${where}“${item}”写作 ${reported}，工作簿中各分项合计为 ${expected}，相差在尾差范围内（各分项四舍五入所致），可不修改。`,
    /** A quoted reported figure (报送 X) that no finding of the workbook states. */
    quoteUnknown: (where: string, item: string, reported: string, expected: string) =>
      `${where}“${item}”写作 ${reported}，工作簿中没有这一报送数（工作簿计算为 ${expected}）。请按工作簿核对后修改报告。`,
    selfInconsistent: (where: string, item: string, reported: string, otherWhere: string, other: string) =>
      `${where}“${item}”写作 ${reported}，${otherWhere}写作 ${other}，前后不一致。请核对后统一。`,
    rateInconsistent: (
      where: string,
      item: string,
      reported: string,
      amountsAt: string,
      formula: string,
      expected: string,
    ) =>
      `${where}“${item}”写作 ${reported}，按${amountsAt}所列${formula}计算应为 ${expected}。请核对比率或所列金额。`,
  },
  cli: {
    missingData: "缺少数据文件路径",
    missingReport: "缺少报告文件（.docx）路径",
    notDocx: "不是 .docx 文档",
    header: (file: string, data: string | undefined) =>
      data
        ? `报告数字核对（${file}，比对数据：${data}）`
        : `报告数字核对（${file}，未提供数据：只核对报告自身）`,
    counts: (figures: number, attributed: number, compared: number) =>
      `共找到 ${figures} 个数字，能确定所指项目的 ${attributed} 个` +
      (compared ? `，其中 ${compared} 个已与工作簿比对` : "") +
      "。",
    noFindings: "未发现问题：报告中的数字前后一致，比率与所列金额相符。",
    noFindingsWithData: "未发现问题：报告中的数字与工作簿一致，前后一致，比率与所列金额相符。",
    excerpt: (text: string) => `      原文：${text}`,
    unattributed: (n: number) => `未能确定所指项目的数字 ${n} 个（只列出，不作判断）：`,
    unattributedItem: (where: string, figure: string, excerpt: string) => `  ${where} ${figure}  ${excerpt}`,
  },
  /** What the panes say (the severities, quotes and figure words are the glossary's). */
  ui: {
    title: "核对报告数字",
    hintWord:
      "核对本文档正文和表格中的数字：与已载入的数据比对，同一数字前后是否一致，比率是否与所列金额相符。发现的问题以批注（或突出显示）标在文档中。",
    run: "核对报告数字",
    /** The Excel pane's line: a report (.docx) picked, checked against the workbook. */
    pickReport: "核对报告数字（选择 .docx）…",
    pickReportLabel: "选择要核对的报告（.docx）",
    notDocx:
      "不是 Word 文档（.docx）。请选择在 Word 中保存的 .docx 报告；旧版 .doc 或 PDF 请先在 Word 中另存为 .docx。",
    pickData: "选择核对用的数据",
    dataLoaded: (name: string) => `比对数据：${name}`,
    noData: "未载入数据：只核对报告自身前后是否一致、比率是否与金额相符。",
    noSheets: "此工作簿还没有标准表，只核对了报告自身前后是否一致、比率是否与金额相符。",
    clear: "清除核对标记",
    /** 定位 in Word: the figure's place, as the finding's message names it. */
    locate: (where: string) => `定位到${where}`,
    locateLabel: (where: string, message: string) => `定位到${where}：${message}`,
    excerpt: (text: string) => `原文：${glossary.quote(text)}`,
    counts: (figures: number, attributed: number) =>
      `共找到 ${figures} 个数字，能确定所指项目的 ${attributed} 个。`,
    none: `未发现${glossary.finding}：报告中的数字前后一致，比率与所列金额相符。`,
    noneWithData: `未发现${glossary.finding}：报告中的数字与数据一致，前后一致，比率与所列金额相符。`,
    summary: (findings: number, figures: number, attributed: number) =>
      findings
        ? `发现 ${findings} 处${glossary.finding}（共找到 ${figures} 个数字，能确定所指项目的 ${attributed} 个）。`
        : `未发现${glossary.finding}（共找到 ${figures} 个数字，能确定所指项目的 ${attributed} 个）。`,
    marked: (n: number, how: "comment" | "highlight") =>
      how === "comment"
        ? `已在文档中加了 ${n} 条批注。`
        : `此版本的 Word 不支持加批注，已将 ${n} 处数字突出显示。`,
    cleared: (n: number) => (n ? `已清除 ${n} 处核对标记。` : "文档中没有本助手加的核对标记。"),
    listLabel: "报告数字核对结果",
    unattributed: (n: number) => `另有 ${n} 个数字未能确定所指项目，未作判断。`,
    /** What the Excel pane says once a picked report is checked. */
    checkedFile: (name: string, findings: number, errors: number) =>
      findings
        ? `已核对《${name}》：发现 ${findings} 处${glossary.finding}` +
          (errors ? `，其中${glossary.severity.error} ${errors} 项` : "") +
          "。"
        : `已核对《${name}》：未发现${glossary.finding}。`,
    /** The results' dialog in Excel. */
    resultsTitle: (name: string) => `报告数字核对：《${name}》`,
    /** The link on the same line that opens the last results again (its name says whose). */
    reopen: "查看结果",
    reopenLabel: (name: string) => `查看结果：《${name}》的报告数字核对`,
    close: "关闭",
    thisWorkbook: "本工作簿的数据",
  },
  /** The comment a mark carries in Word (its prefix tells our marks from the user's comments). */
  commentPrefix: "【核对报告数字】",
} as const;
