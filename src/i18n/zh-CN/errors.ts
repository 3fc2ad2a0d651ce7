/** Simplified Chinese text of the contract/IO errors (`src/errors.ts`). */
export const errorText = {
  rootPath: "（文件顶层）",
  /** `where` names the field in words, `path` is its technical location (for whoever edits the JSON). */
  dataset: (where: string, path: string, problem: string, value: string) =>
    `数据文件中${where}${path ? `（${path}）` : ""}：${problem}（当前值：${value}）`,
  number: (path: string, value: string, reason: string) =>
    path ? `${path}：${value} 不是有效数字（${reason}）` : `${value} 不是有效数字（${reason}）`,
  file: (file: string, reason: string) => `无法读取文件 ${file}：${reason}`,
  usage: (argument: string, problem: string) => `命令参数 ${argument}：${problem}`,
  /** Why the open workbook cannot be built or refreshed. */
  workbook: {
    nothingToBuild: "工作簿中还没有标准表：请先载入示例数据或导入数据文件，再生成标准表。",
    nothingToCheck: "工作簿中还没有标准表：请先生成标准表，再检查。",
    nothingToExport: "工作簿中还没有标准表：请先新建空白工作簿或导入数据文件并生成标准表，再导出。",
    cannotCreate: (set: string) =>
      `此版本的 Excel 不能从加载项新建工作簿（需要 ${set}）：请新建一个空白工作簿，在其中打开本助手后导入数据文件。`,
    noteRequired: "记为“已说明”需要写明说明：请填写说明后再保存，或改选其他处理状态。",
    nameTaken: (name: string) => `工作表名称“${name}”已被其他工作表使用，未作改动。`,
    findingsMoved: "“检查结果”表已有变动（可能已在别处重新检查）：请先点击“检查”，再记录说明。",
    noHeader: (sheet: string, headings: string) =>
      `工作表“${sheet}”找不到表头行（${headings}），无法读取：请不要删除或改动表头。`,
    noTotalRow: (sheet: string, total: string) =>
      `工作表“${sheet}”找不到“${total}”行，无法判断表格在哪里结束：请恢复“${total}”行（或重新生成标准表）。`,
    subtotalWithoutGroup: (sheet: string, row: number) =>
      `工作表“${sheet}”第 ${row} 行的“小计”找不到所属分组的名称：请在该组第一行的分组单元格中填写分组名称。`,
    rowWithoutName: (sheet: string, row: number) =>
      `工作表“${sheet}”第 ${row} 行填写了数据但没有名称：请填写项目（地区）名称，或删除该行。`,
    itemWithoutText: (sheet: string, row: number) =>
      `工作表“${sheet}”第 ${row} 行有标题但没有内容：请填写内容，或删除该行。`,
    rowAfterTotal: (sheet: string, row: number, total: string) =>
      `工作表“${sheet}”第 ${row} 行在“${total}”行之后，不属于表格：请把它移到“${total}”行之上，或删除该行。`,
    sameSheetTwice: (first: string, second: string) =>
      `工作表“${first}”和“${second}”是同一张标准表（可能是复制出来的），无法判断以哪一张为准：请删除或改名其中多余的一张（改名后请清除其 Z1 单元格的标识）。`,
    notAWorkbook: (reason: string) =>
      `不是可读取的 .xlsx 工作簿（${reason}）：请选择由绩效自评助手生成或保存的 Excel 工作簿。`,
    workbookTooLarge: (mb: number) =>
      `这个工作簿解压后超过 ${mb} MB，远超标准工作簿可能的大小，未读取：请确认选择的是正确的文件。`,
    tooManyCells: (cells: number) =>
      `这个工作簿的单元格超过 ${cells.toLocaleString("en-US")} 个，远超标准工作簿可能的数量，未读取：请确认选择的是正确的文件。`,
    sheetTooLarge: (sheet: string, rows: number, columns: number, maxRows: number, maxColumns: number) =>
      `工作表“${sheet}”有 ${rows} 行 ${columns} 列，超过标准表的上限（${maxRows} 行、${maxColumns} 列），未读取：请删除多余的行列，或检查是否误操作。`,
    noStandardSheets: "这个工作簿里没有标准表（基本信息、资金表等）：请先生成标准表。",
    missingSheet: (sheet: string) => `工作簿中找不到“${sheet}”表：请不要删除标准表（可以重新生成标准表）。`,
    workbookProblem: (message: string) => `工作簿中的标准表：${message}`,
    sheetProblem: (sheet: string, cell: string, message: string) =>
      cell ? `工作表“${sheet}”${cell} 单元格：${message}` : `工作表“${sheet}”：${message}`,
    badStatus: (status: string, statuses: readonly string[]) =>
      `处理状态 ${status} 无效，应为 ${statuses.join("、")} 之一。`,
  },
  /** What a file picked as a dataset file is instead (after “无法读取文件 x：”). */
  dataFile: {
    workbook:
      "这是 Excel 工作簿，不是数据文件。数据文件是本助手“导出数据文件”得到的 .json 文件；若这是本助手生成的标准工作簿，请直接在 Excel 中打开它，本助手会读取其中的数据。",
    word: "这是 Word 文档，不是数据文件。请选择本助手“导出数据文件”得到的 .json 文件。",
    otherPackage: "这是压缩包或演示文稿，不是数据文件。请选择本助手“导出数据文件”得到的 .json 文件。",
    oldOffice:
      "这是旧版 Office 文件（.xls 或 .doc），不是数据文件。请选择本助手“导出数据文件”得到的 .json 文件。",
    pdf: "这是 PDF 文件，不是数据文件。请选择本助手“导出数据文件”得到的 .json 文件。",
    notText: "文件内容不是文字（可能是图片或其他程序的文件），不是数据文件。",
    empty: "文件是空的。",
    findingsFile:
      "这像是检查结果文件（findings.json），不是数据文件。请选择同一目录下的数据文件，或本助手“导出数据文件”得到的文件。",
    notJson:
      "文件内容不是数据文件的格式（应为以“{”开头的 JSON 文字）。请选择本助手“导出数据文件”得到的 .json 文件。",
    brokenJson:
      "文件内容不完整或有格式错误（不是有效的 JSON），可能在传递中被截断或被修改过。请重新导出数据文件后再导入。",
    otherJson: "这是其他程序的 JSON 文件，不是本助手的数据文件（缺少“jixiao-dataset”格式标记）。",
  },
  /** A report document (.docx) refused unread. */
  document: {
    tooLarge: (part: string, mb: number) =>
      `这个 Word 文档的“${part}”部分解压后超过 ${mb} MB，远超一份报告可能的大小，未读取：请确认选择的是正确的文件。`,
  },
  /** Why a dataset value breaks the contract. */
  problems: {
    notObject: "应为对象",
    notArray: "应为数组",
    notString: "应为文字",
    emptyString: "不能为空文字",
    notNumeric: "应为数字或数字文字",
    notInteger: "应为非负整数",
    notBoolean: "应为 true 或 false",
    oneOf: (choices: readonly (string | number)[]) =>
      `应为 ${choices.map((c) => JSON.stringify(c)).join("、")} 之一`,
    unknownField: "不是数据文件格式中的字段（字段名拼写错误或多余）",
    forbiddenField: "是不允许使用的字段名",
    vehicleOrPair: "“公务用车购置及运行维护费”与其分项（购置费、运行维护费）只能填写一种",
    missingField: "缺少必填字段",
    duplicateId: "与前面的 id 重复",
    notJson: "不是有效的 JSON",
    groupUnknown: "在本表各行的分组中找不到",
    yearRange: (from: number, to: number) => `应为 ${from} 至 ${to} 之间的年度`,
    duplicateRow: "与本表前面的行重名",
    noRows: "至少需要一行（项目或地区）",
  },
  /** Why a text is not a number (docs/domain.md §2). */
  numberReasons: {
    notFinite: "不是有限数值",
    notText: "既不是数字也不是文字",
    empty: "空白",
    text: "含有非数字字符",
    grouping: "千分位分隔符位置不对",
    format: "数字格式不规范",
    percentInAmount: "金额不应带百分号",
  },
} as const;
