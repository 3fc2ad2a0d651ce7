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
    "",
    "选项：",
    "  --json       以 JSON 数组输出检查结果（仅输出 JSON）",
    "  --out        build 的输出目录（必填）",
    `  --force      目录中已有 workbook.xlsx 时重新生成；其“检查结果”中的处理状态和${glossary.note}会保留`,
    "  --debug      内部错误时显示详细信息",
    "  --outline    自评报告的提纲：hunan 湖南（一至十）、hubei 湖北（一至五）、guangdong 广东（一至三）；默认按数据文件的设置，未设置时为 hunan",
    "  -h, --help   显示本帮助",
    "  --version    显示版本",
    "",
    "退出码：0 无“错误”级问题（build：已生成文件）；1 有“错误”级问题（import：有读不出的内容）；",
    "        2 命令参数不对，或文件无法读取、不是有效的数据文件或标准工作簿；3 内部错误（程序缺陷，请报告）。",
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
} as const;
