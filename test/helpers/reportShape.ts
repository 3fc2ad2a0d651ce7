/**
 * The shape of a report plan, checked the way a reviewer reads it: headings numbered 一、 （一）
 * 1. （1） by depth without skipping a level or a number, numbered paragraphs continuing the
 * numbering of the headings beside them, no heading without content, no space between Chinese and
 * figures. Independent of the engine's own numbering code.
 */
import { reportText, type BlockPlan, type ReportPlan } from "../../src/narrative";
import { hasCjkDigitSpace } from "../../src/text/spacing";

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cn = (n: number) =>
  n <= 10 ? CN[n] : n < 20 ? `十${CN[n - 10]}` : `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`;
const PREFIX: Record<number, (n: number) => string> = {
  1: (n) => `${cn(n)}、`,
  2: (n) => `（${cn(n)}）`,
  3: (n) => `${n}.`,
  4: (n) => `（${n}）`,
  5: (n) => String.fromCodePoint(0x245f + n),
};
const PATTERN: Record<number, RegExp> = {
  1: /^[一二三四五六七八九十]+、/,
  2: /^（[一二三四五六七八九十]+）/,
  3: /^\d+\.(?!\d)/,
  4: /^（\d+）/,
  5: /^[①-⑳]/,
};

const textOf = (b: BlockPlan) =>
  b.kind === "paragraph" ? b.runs.map((r) => r.text).join("") : "text" in b ? b.text : "";

/** What is wrong with the plan's shape; empty when nothing is. */
export function shapeProblems(plan: ReportPlan): string[] {
  const problems: string[] = [];
  const counts = [0, 0, 0, 0, 0, 0];
  let depth = 0;
  plan.blocks.forEach((b, i) => {
    if (b.kind === "heading") {
      if (b.level > depth + 1) problems.push(`${b.text}: level ${b.level} under level ${depth}`);
      counts[b.level]++;
      for (let l = b.level + 1; l < counts.length; l++) counts[l] = 0;
      const want = PREFIX[b.level](counts[b.level]);
      if (!b.text.startsWith(want)) problems.push(`${b.text}: should be numbered ${want}`);
      depth = b.level;
      const next = plan.blocks[i + 1];
      if (
        !next ||
        next.kind === "attachments" ||
        next.kind === "signature" ||
        (next.kind === "heading" && next.level <= b.level)
      )
        problems.push(`${b.text}: empty heading`);
    } else if (b.kind === "paragraph") {
      const text = textOf(b);
      for (const level of [1, 2, 3, 4, 5]) {
        if (!PATTERN[level].test(text)) continue;
        // A numbered paragraph counts like a heading at its level, beside the headings there.
        if (level > depth + 1)
          problems.push(`“${text.slice(0, 12)}”: numbered at level ${level} under level ${depth}`);
        counts[level]++;
        for (let l = level + 1; l < counts.length; l++) counts[l] = 0;
        depth = level - 1;
        const want = PREFIX[level](counts[level]);
        if (!text.startsWith(want)) problems.push(`“${text.slice(0, 12)}”: should be numbered ${want}`);
      }
    }
  });
  if (hasCjkDigitSpace(reportText(plan))) problems.push("a space between Chinese and a figure");
  return problems;
}

/** The headings of a plan at one level, or all headings as `h2 （一）…`. */
export function headingsOf(plan: ReportPlan, level?: number): string[] {
  return plan.blocks.flatMap((b) =>
    b.kind === "heading" && (level === undefined || b.level === level)
      ? [level === undefined ? `h${b.level} ${b.text}` : b.text]
      : [],
  );
}

/** The blocks under a heading (up to the next heading of its level or above). */
export function under(plan: ReportPlan, heading: string): BlockPlan[] {
  const start = plan.blocks.findIndex((b) => b.kind === "heading" && b.text === heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const level = (plan.blocks[start] as { level: number }).level;
  const out: BlockPlan[] = [];
  for (const b of plan.blocks.slice(start + 1)) {
    if ((b.kind === "heading" && b.level <= level) || b.kind === "attachments" || b.kind === "signature")
      break;
    out.push(b);
  }
  return out;
}

/** The text of the blocks under a heading, one line each (tables as `[table]`). */
export function textUnder(plan: ReportPlan, heading: string): string {
  return under(plan, heading)
    .map((b) => (b.kind === "table" ? "[table]" : textOf(b)))
    .join("\n");
}
