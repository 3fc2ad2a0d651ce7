/**
 * The glossary: one word for each thing a user meets, whether in the sheets (检查结果), the task
 * pane, the ribbon's dialog, the command line or the report. The other catalogues take these
 * words from here, so that a severity, a 处理状态 or the reviewer's note is called the same
 * everywhere. Quotes are Chinese double quotes “…” throughout.
 */

/** How serious a finding is: an 错误 must be corrected, a 疑点 explained, a 提示 is for information. */
const severity = { error: "错误", verify: "疑点", info: "提示" } as const;

/** What each severity asks of the unit, said beside its name (“疑点（需说明）”). */
const severityMeaning = { error: "须修正", verify: "需说明", info: "供参考" } as const;

/** The 处理状态 of a finding on 检查结果: still open, explained in the note, or corrected. */
const status = { open: "待处理", explained: "已说明", fixed: "已修正" } as const;

export const glossary = {
  severity,
  severityMeaning,
  /** A severity with what it asks, e.g. “疑点（需说明）”. */
  severityFull: (key: keyof typeof severity) => `${severity[key]}（${severityMeaning[key]}）`,
  status,
  /** The statuses in the order of 检查结果's drop-down; the first is the open one. */
  statuses: [status.open, status.explained, status.fixed] as readonly string[],
  /**
   * 处理状态 words written by earlier versions, and the word that replaces each: a workbook
   * reviewed with an earlier version reads the same today.
   */
  legacyStatuses: { 已核实: status.explained } as Readonly<Record<string, string>>,
  /** The reviewer's note on a finding (检查结果's column, the pane's field). */
  note: "说明",
  /** A finding, as the user calls it. */
  finding: "问题",
  /** The figure the unit reported, and the one recomputed from the data. */
  reported: "报送",
  expected: "应为",
  /** Text in Chinese quotes. */
  quote: (text: string) => `“${text}”`,
} as const;
