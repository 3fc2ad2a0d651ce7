/** Simplified Chinese text of the command line `jixiao`. */
import { glossary } from "./glossary";

const S = glossary.severity;

export const cliText = {
  usage: [
    "用法：jixiao <命令> [参数]",
    "",
    "命令：",
    "  check <数据文件.json> [--json]   检查数据文件：重算各项比率、合计与得分，列出发现的问题",
    "  build <数据文件.json> [--out 目录] 生成标准工作簿 workbook.xlsx、自评报告 report.docx 与检查结果 findings.json（默认目录 out）",
    "  import <工作簿.xlsx>               读取标准工作簿，输出其中的数据文件（JSON）",
    "",
    "选项：",
    "  --json       以 JSON 数组输出检查结果（仅输出 JSON）",
    "  -h, --help   显示本帮助",
    "  --version    显示版本",
    "",
    "退出码：check 0 无“错误”级问题，1 有“错误”级问题；build 0 已生成文件；2 文件无法读取或不是有效的数据文件。",
  ].join("\n"),
  unknownCommand: "不认识的命令",
  unknownOption: "不认识的选项",
  missingFile: "缺少数据文件路径",
  missingOut: "缺少输出目录",
  notXlsx: "不是 .xlsx 工作簿",
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
