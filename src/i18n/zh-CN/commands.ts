/** Simplified Chinese text of the ribbon commands and of the dialog they show their result in. */
import { glossary } from "./glossary";

const S = glossary.severity;

export const commandText = {
  checkedTitle: "检查完成",
  /** The counts by severity, and how many are still 待处理 when reviewers have settled some. */
  checked: (error: number, verify: number, info: number, open: number) =>
    error + verify + info
      ? `${S.error} ${error} 项，${glossary.severityFull("verify")} ${verify} 项，${S.info} ${info} 项${
          open < error + verify + info ? `（尚${glossary.status.open} ${open} 项）` : ""
        }。已更新“检查结果”表并切换到该表，已填写的${glossary.note}均已保留。`
      : "未发现问题。已更新“检查结果”表。",
  close: "关闭",
  dialogFailed: "无法显示结果对话框",
} as const;
