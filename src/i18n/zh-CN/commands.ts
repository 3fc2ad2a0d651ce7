/** Simplified Chinese text of the ribbon commands and of the dialog they show their result in. */
export const commandText = {
  checkedTitle: "检查完成",
  /** The counts by severity, and how many are still 待处理 when reviewers have settled some. */
  checked: (error: number, verify: number, info: number, open: number) =>
    error + verify + info
      ? `错误 ${error} 项，需核实 ${verify} 项，提示 ${info} 项${
          open < error + verify + info ? `（尚待处理 ${open} 项）` : ""
        }。已更新“检查结果”表并切换到该表，已填写的核实说明均已保留。`
      : "未发现问题。已更新“检查结果”表。",
  close: "关闭",
  dialogFailed: "无法显示结果对话框",
} as const;
