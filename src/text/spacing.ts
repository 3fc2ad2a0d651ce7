/**
 * Spacing in Chinese running text: 公文 set figures straight against the characters around them
 * (`2024年度`, `94.26分`), and a justified line stretches any ASCII space it finds. Text copied
 * from a PDF, or written with Western habits, carries such spaces; this removes them.
 */

/** A Han character or CJK / full-width punctuation (、。，：；（）“”《》〔〕 …). */
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026";
/** What sits against Chinese without a space: digits, a percent sign, a decimal point. */
const FIGURE = "0-9%.";

const CJK_THEN_FIGURE = new RegExp(`([${CJK}])[ \\t\\u00a0]+(?=[${FIGURE}])`, "gu");
const FIGURE_THEN_CJK = new RegExp(`([${FIGURE}])[ \\t\\u00a0]+(?=[${CJK}])`, "gu");

/**
 * The text with every ASCII (and no-break) space between a Chinese character and a figure
 * removed, in either order: `2024 年度` → `2024年度`, `占 97.25% 。` → `占97.25%。`. Spaces
 * between two Chinese characters (`中共中央 国务院`) or two Latin words are kept.
 */
export function tightenCjkSpacing(text: string): string {
  // Most text has no space at all: nothing to look at.
  if (!/[ \t\u00a0]/.test(text)) return text;
  return text.replace(CJK_THEN_FIGURE, "$1").replace(FIGURE_THEN_CJK, "$1");
}

/** Whether an ASCII space separates a Chinese character and a digit anywhere in the text. */
export function hasCjkDigitSpace(text: string): boolean {
  return new RegExp(`[${CJK}][ \\u00a0]+[0-9]|[0-9][ \\u00a0]+[${CJK}]`, "u").test(text);
}
