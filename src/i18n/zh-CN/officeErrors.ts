/**
 * Simplified Chinese guidance for the errors Office.js reports (`OfficeExtension.Error`), by what
 * the user can do about them. The codes are those of `OfficeExtension.ErrorCodes`,
 * `Excel.ErrorCodes` and `Word.ErrorCodes` (see `src/host/officeErrors.ts`).
 */
export const officeErrorText = {
  cellEditMode: {
    title: "Excel 正在编辑单元格",
    text: "请先按 Enter 或 Esc 结束单元格编辑（或点击其他单元格），再重试。",
  },
  protectedOrDenied: {
    title: "工作表或工作簿受保护，或没有编辑权限",
    text:
      "本助手生成的工作表不设密码，会自行撤销和恢复保护；若设置了密码或保护了工作簿结构，请在“审阅”选项卡中撤销工作表保护/保护工作簿后重试。" +
      "若文件以只读方式打开或您只有查看权限，请另存一份或向共享者申请编辑权限。",
  },
  connection: {
    title: "与 Office 的连接中断",
    text: "请检查网络连接后重试；若仍不成功，请关闭任务窗格后重新打开，必要时保存并重新打开工作簿。",
  },
  tooLarge: {
    title: "一次处理的数据过多",
    text: "本助手已按 Excel 网页版的限制分批读写；仍出现此提示时，请关闭其他加载项或改用桌面版 Excel 重试，并将此信息告知技术支持。",
  },
  notFound: {
    title: "找不到工作表或单元格",
    text: "相关工作表可能已被删除或改名。请点击“更新标准表并检查”重新生成标准表后重试。",
  },
  alreadyExists: {
    title: "名称已被占用",
    text: "工作簿中已有同名的工作表或名称。请将其改名或删除后，再点击“更新标准表并检查”。",
  },
  conflict: {
    title: "与工作表中的其他内容冲突",
    text: "表中存在合并单元格、筛选、数据透视表或其他用户同时编辑的内容。请取消筛选、结束协作编辑后重试。",
  },
  busy: {
    title: "Excel 正忙",
    text: "Excel 正在计算、打开对话框或处理其他请求。请稍候片刻，关闭对话框（如“查找”）后重试。",
  },
  unsupported: {
    title: "当前 Office 版本不支持此操作",
    text: "请将 Office 更新到最新版本（Excel 需支持 ExcelApi 1.9 及以上，Word 需支持 WordApi 1.3 及以上），或改用 Excel 网页版。",
  },
  general: {
    title: "Office 未能完成操作",
    text: "请稍后重试；若反复出现，请保存并重新打开文件，并将下方 Office 返回的信息告知技术支持。",
  },
  /** Office's own code and message, always kept with the guidance. */
  original: (code: string, message: string) => `（Office 返回：${code}${message ? ` ${message}` : ""}）`,
  /** A JavaScript error that is not from Office (a network failure, a bug). */
  unexpected: {
    title: "操作未完成",
    text: "发生了意外错误。请重试；若反复出现，请将下方信息告知技术支持。",
  },
  /** Our own errors already say what is wrong and what to do. */
  ours: { title: "操作未完成" },
} as const;
