/** Simplified Chinese text of the task pane. */
export const uiText = {
  productName: "绩效自评助手",
  tagline: "部门整体支出绩效自评：生成标准工作簿，重算并检查执行率、合计与得分，生成自评报告。",
  placeholderTitle: "任务窗格正在建设中",
  placeholderBody:
    "检查引擎与命令行已可使用（jixiao check / jixiao build）；任务窗格的完整流程将在后续版本提供。",
  hostExcel: "已连接 Excel",
  hostBrowser: "未在 Office 中运行（浏览器预览）",
} as const;
