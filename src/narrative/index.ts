/**
 * The narrative report of a checked dataset, as a plan (docs/domain.md §1): the outline the workbook
 * chose (湖南 一…十, 湖北, 广东 — outlines.ts) filled by the content blocks (blocks.ts), every
 * number from the computed model, formatted by the number policy, and set against the characters
 * around it without a space. A section the data cannot fill is left out, or named with a
 * 【待补充：…】 when the outline requires it (docs/domain.md §7). After the body: 附件说明, 落款 and 成文日期
 * as GB/T 9704 places them.
 */
import type { ComputedModel, Finding, OutlineId } from "../domain";
import { reportText as R } from "../i18n";
import { breakTitle, titleWidth } from "../text/titleLines";
import { BLOCKS, own, type BlockContext } from "./blocks";
import { DEFAULT_OUTLINE, OUTLINES, type SectionSpec } from "./outlines";
import {
  GB9704,
  titleLineChars,
  type AttachmentLine,
  type AttachmentPlan,
  type BlockPlan,
  type PageSetup,
  type ReportPlan,
  type SignatureLine,
  type TitleBlock,
} from "./plan";
import { Content, layOut } from "./tree";
import { formAttachments } from "./forms";

export * from "./plan";
export { OUTLINES, DEFAULT_OUTLINE, type Outline, type RequiredBlock, type SectionSpec } from "./outlines";
export type { BlockId } from "./blocks";

/** Choices for one report, over the dataset's own settings. */
export interface ReportOptions {
  /** The outline; default the dataset's `settings.outline`, else 湖南. */
  readonly outline?: OutlineId;
  /** The attachments 附件说明 lists; default the standard 自评表 (docs/domain.md §8). */
  readonly attachments?: readonly AttachmentPlan[];
}

function fill(spec: SectionSpec, ctx: BlockContext, out: Content): void {
  out.section(
    spec.title,
    (c) => {
      for (const part of spec.content) {
        if (typeof part === "string") BLOCKS[part](ctx, c);
        else if ("block" in part) {
          const before = c.nodes.length;
          BLOCKS[part.block](ctx, c);
          if (c.nodes.length === before) c.placeholder(R.gap(part.gap));
        } else fill(part, ctx, c);
      }
    },
    spec.gap,
  );
}

/** The forms every report attaches: the department's 自评表 and one 项目支出绩效自评表 per fund table. */
export function standardAttachments(model: ComputedModel): AttachmentPlan[] {
  const year = model.dataset.unit.year;
  return [
    { title: R.attachments.departmentForm(year) },
    ...model.fundTables.map((t) => ({ title: R.attachments.projectForm(year, own(t.title)) })),
  ];
}

/**
 * 附件说明 (GB/T 9704 §7.3.4): “附件：” two characters in, then `1.名称`; further attachments
 * aligned under `1.`, wrapped lines under the first character of the name.
 */
export function attachmentLines(attachments: readonly AttachmentPlan[]): AttachmentLine[] {
  const A = R.attachments;
  const label = titleWidth(A.label);
  if (attachments.length === 1) {
    const text = `${A.label}${own(attachments[0].title)}`;
    return [{ text, startChars: 2, wrapChars: 2 + label }];
  }
  return attachments.map((a, i) => {
    const number = A.numbered(i + 1, "");
    const wrapChars = 2 + label + titleWidth(number);
    return {
      text: `${i === 0 ? A.label : ""}${A.numbered(i + 1, own(a.title))}`,
      startChars: i === 0 ? 2 : 2 + label,
      wrapChars,
    };
  });
}

/** `2025-03-31` → 2025年3月31日; null when absent or not a date that exists (2025-02-30). */
export function reportDate(iso: string | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim()) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? R.date(year, month, day) : null;
}

/**
 * 落款 without a seal (GB/T 9704 §7.3.5.2): the unit two characters in from the right, the date on
 * the next line starting two characters to the right of the unit's first character — or, when
 * the date is the longer, the date two in from the right and the unit moved left to match.
 */
export function signatureLines(unit: string, date: string | null): SignatureLine[] {
  const dateText = date ?? R.gap(R.gaps.reportDate);
  const u = titleWidth(unit);
  const d = titleWidth(dateText);
  let unitRight = 2;
  let dateRight = unitRight + u - d - 2;
  if (dateRight < 2) {
    dateRight = 2;
    unitRight = dateRight + d + 2 - u;
  }
  return [
    { text: unit, rightChars: unitRight },
    { text: dateText, rightChars: dateRight, ...(date ? {} : { placeholder: true }) },
  ];
}

/** The title and its lines: 梯形 or 菱形, at most 3, never broken inside a word. */
export function titleBlock(year: number, unit: string, page: PageSetup = GB9704): TitleBlock {
  const text = R.title(year, unit);
  const lines = breakTitle(text, {
    maxChars: titleLineChars(page),
    maxLines: 3,
    fixedTerms: R.titleTerms,
    preferredBreaks: [R.titleLead(year, unit).length],
  });
  return { kind: "title", text, lines };
}

/** Lays out the report of a computed model and its findings in the chosen outline. */
export function buildReportPlan(
  model: ComputedModel,
  findings: readonly Finding[],
  options: ReportOptions = {},
): ReportPlan {
  const ds = model.dataset;
  const outline = OUTLINES[options.outline ?? ds.settings?.outline ?? DEFAULT_OUTLINE];
  const unit = own(ds.unit.name);
  const ctx: BlockContext = {
    model,
    findings,
    dataset: ds,
    year: ds.unit.year,
    who: own(ds.unit.shortName) || R.defaultWho,
  };
  const title = titleBlock(ctx.year, unit);

  const preamble = new Content();
  for (const id of outline.preamble) BLOCKS[id](ctx, preamble);
  const body = new Content();
  for (const spec of outline.sections) fill(spec, ctx, body);

  const opening = layOut(preamble.nodes, R.gap);
  // The preamble ends with “现将自评情况报告如下：” unless the unit's own text already does.
  const last = opening.at(-1);
  if (last?.kind === "paragraph") {
    const text = last.runs.map((r) => r.text).join("");
    if (!/如下[：:]$/.test(text))
      opening[opening.length - 1] = { ...last, runs: [...last.runs, { text: R.reportFollows }] };
  }

  const attachments = options.attachments ?? standardAttachments(model);
  const blocks: BlockPlan[] = [
    title,
    ...opening,
    ...layOut(body.nodes, R.gap),
    ...(attachments.length ? [{ kind: "attachments" as const, lines: attachmentLines(attachments) }] : []),
    { kind: "signature", lines: signatureLines(unit, reportDate(ds.settings?.reportDate)) },
  ];
  // The standard 自评表 themselves, each on a page of its own (not for attachments a caller named).
  const forms = options.attachments ? [] : formAttachments(model, attachments);
  return { title: title.text, outline: outline.id, blocks, attachments, forms, page: GB9704 };
}
