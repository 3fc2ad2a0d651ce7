/** Simplified Chinese text of the command line `jixiao`. */
import { glossary } from "./glossary";

const S = glossary.severity;

export const cliText = {
  usage: [
    "用法：jixiao <命令> [参数]",
    "",
    "命令：",
    "  check <数据文件.json> [--json]   检查数据文件：重算各项比率、合计与得分，列出发现的问题",
    "  build <数据文件.json> --out 目录 [--force] [--outline hunan|hubei|guangdong]",
    "                                   在目录中生成标准工作簿 workbook.xlsx、自评报告 report.docx 与检查结果 findings.json",
    "  import <工作簿.xlsx>               读取标准工作簿，输出其中的数据文件（JSON）；读不出的内容列在标准错误输出中",
    "  verify-report <报告.docx> [--data <数据文件.json|工作簿.xlsx>] [--json]",
    "                                     核对报告中的数字：与数据比对，检查前后是否一致、比率与所列金额是否相符",
    "  new --template department|six-dimension|project --unit 单位名称 --year 年度 --out <数据文件.json>",
    "      [--level province|city|district|county] [--project 项目名称] [--force]",
    "                                   按指标模板（部门整体支出 / 项目支出）新建数据文件：指标、分值和关联数据已设好，指标值留待填写",
    "",
    "选项：",
    "  --json       以 JSON 数组输出检查结果（仅输出 JSON）",
    "  --out        build 的输出目录（必填）",
    "  --data       verify-report 比对的数据文件（.json）或标准工作簿（.xlsx）；不提供时只核对报告自身",
    `  --force      目录中已有 workbook.xlsx 时重新生成；其“检查结果”中的处理状态和${glossary.note}会保留`,
    "  --debug      内部错误时显示详细信息",
    "  --outline    自评报告的提纲：hunan 湖南（一至十）、hubei 湖北（一至五）、guangdong 广东（一至三）；默认按数据文件的设置，未设置时为 hunan",
    "  -h, --help   显示本帮助",
    "  --version    显示版本",
    "",
    "退出码：0 无“错误”级问题（build：已生成文件）；1 有“错误”级问题（import：有读不出的内容）；",
    "        2 命令参数不对，或文件无法读取、不是有效的数据文件或标准工作簿（verify-report：报告不是 .docx 文档）；",
    "        3 内部错误（程序缺陷，请报告）。",
  ].join("\n"),
  unknownCommand: "不认识的命令",
  unknownOption: "不认识的选项",
  missingFile: "缺少数据文件路径",
  missingOut: "缺少输出目录（--out 目录）",
  emptyOut: "输出目录不能为空",
  workbookExists: `已存在（其中可能有审核人员填写的${glossary.note}）：如要重新生成，请加 --force（“检查结果”中的处理状态和${glossary.note}会保留）`,
  reviewsKept: (n: number) => `已保留原工作簿“检查结果”中的 ${n} 条处理状态和${glossary.note}。`,
  importHeader: (file: string) => `读取工作簿时发现的问题（${file}）`,
  inFile: (file: string, message: string) => `${file}：${message}`,
  internal: (message: string) =>
    `内部错误：${message}。这是程序的缺陷，不是数据的问题：请把所用命令和文件报告给开发者（加 --debug 可显示详细信息）。`,
  badOutline: "提纲应为 hunan、hubei 或 guangdong",
  noStandardSheets: "没有找到标准表（绩效自评助手生成的工作表）",
  written: (files: readonly string[]) => `已生成：${files.join("、")}`,
  extraArgument: "多余的参数",
  header: (unit: string, year: number, file: string) => `${unit} ${year} 年度数据检查（${file}）`,
  summary: (error: number, verify: number, info: number) =>
    `共发现：${S.error} ${error} 项，${glossary.severityFull("verify")} ${verify} 项，${S.info} ${info} 项。`,
  noFindings: "未发现问题：各项比率、合计与得分均与重算结果一致。",
  columns: { severity: "级别", rule: "规则", path: "位置", reported: "报送值", expected: "计算值" },
  verdictError: "存在“错误”级问题，请修正后重新检查。",
  verdictOk: `没有“${S.error}”级问题；“${S.verify}”级问题请在“检查结果”表的“${glossary.note}”中写明原因。`,
  fileUnreadable: (reason: string) => `无法读取（${reason}）`,
  /** `jixiao new`: a dataset from an indicator template. */
  newDataset: {
    missingValue: "缺少取值",
    missingTemplate: "缺少指标模板（--template department 部门整体支出，或 project 项目支出）",
    badTemplate:
      "指标模板应为 department（部门整体支出共性指标）、six-dimension（部门整体支出六维度指标）或 project（项目支出）",
    missingUnit: "缺少单位名称（--unit 单位名称）",
    missingYear: "缺少年度（--year 四位数字）",
    badYear: (from: number, to: number) => `年度应为 ${from} 至 ${to} 之间的四位数字`,
    badLevel: "单位级次应为 province、city、district 或 county",
    missingOut: "缺少输出文件（--out 数据文件.json）",
    emptyOut: "输出文件不能为空",
    projectOnly: "项目名称只用于项目支出模板（--template project）",
    exists: (file: string) => `${file} 已存在：如要覆盖，请加 --force`,
    cannotWrite: (file: string, reason: string) => `无法写入文件 ${file}（${reason}）`,
    /** `block`: the points of the project form's 项目资金 block (预算执行率), added to the weights. */
    written: (file: string, template: string, count: number, weights: string, block: number | null) =>
      `已生成：${file}（${template}指标模板，${count} 项指标，分值合计 ${weights}${block ? `，加预算执行率 ${block} 分共 100` : ""}；指标值和实际完成值待填写）`,
    next: (file: string) => `下一步：jixiao build ${file} --out 目录，在生成的工作簿中填写各项数据。`,
  },
} as const;
