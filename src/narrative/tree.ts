/**
 * The report as a tree before it is numbered: sections (from the outline, or made by a content
 * block — one per fund table, per titled achievement, per indicator dimension), numbered list
 * items and plain blocks. Numbering is given only when the tree is laid out, after empty
 * sections are dropped, so a section the data cannot fill leaves no gap in 一、二、三、 and
 * generated items continue the numbering of the headings beside them (the drafted problems are
 * （三）（四） after the unit's （一）（二）, never （1） under them).
 */
import { numbering, type BlockPlan, type HeadingLevel, type NumberingLevel, type Run } from "./plan";

export type Node =
  /** A heading with its content; `gap` makes it required: empty, it shows 【待补充：gap】. */
  | { readonly kind: "section"; readonly title: string; readonly children: Node[]; readonly gap?: string }
  /** A numbered paragraph at the level below its parent (（1）… under 1.). */
  | { readonly kind: "item"; readonly runs: readonly Run[]; readonly draft?: boolean }
  | { readonly kind: "block"; readonly block: BlockPlan };

/** Where content goes: a section's children, with helpers for the kinds of content. */
export class Content {
  readonly nodes: Node[] = [];

  /** A paragraph; empty text adds nothing. */
  paragraph(text: string | readonly Run[], draft = false): void {
    const runs = typeof text === "string" ? [{ text }] : text;
    if (!runs.some((r) => r.text.trim())) return;
    this.nodes.push({ kind: "block", block: { kind: "paragraph", runs, ...(draft ? { draft } : {}) } });
  }

  /** A 【待补充：…】 paragraph. */
  placeholder(text: string): void {
    this.paragraph([{ text, placeholder: true }]);
  }

  /** Numbered items (（1）… at the level below this content's heading), continuing its count. */
  items(texts: readonly string[], draft = false): void {
    for (const text of texts)
      if (text.trim()) this.nodes.push({ kind: "item", runs: [{ text }], ...(draft ? { draft } : {}) });
  }

  /** A subsection, left out when `fill` adds nothing (unless it has a gap to name). */
  section(title: string, fill: (content: Content) => void, gap?: string): void {
    const inner = new Content();
    fill(inner);
    this.nodes.push({ kind: "section", title, children: inner.nodes, ...(gap ? { gap } : {}) });
  }

  push(block: BlockPlan): void {
    this.nodes.push({ kind: "block", block });
  }
}

/** Whether a node shows anything: a section with content or a gap to name. */
export function shows(node: Node): boolean {
  return node.kind !== "section" || node.gap !== undefined || node.children.some(shows);
}

/**
 * The blocks of a tree, headings numbered by depth (一、 （一） 1. （1）), items numbered at the
 * level below their parent and counted with the sections beside them; empty sections left out,
 * required ones with their 【待补充】.
 * @param gapText the placeholder text of a gap.
 */
export function layOut(nodes: readonly Node[], gapText: (gap: string) => string, level = 1): BlockPlan[] {
  const out: BlockPlan[] = [];
  let count = 0;
  const numberAt = Math.min(level, 5) as NumberingLevel;
  for (const node of nodes) {
    if (node.kind === "block") out.push(node.block);
    else if (node.kind === "item") {
      count++;
      const [first, ...rest] = node.runs;
      out.push({
        kind: "paragraph",
        runs: [{ ...first, text: `${numbering(numberAt, count)}${first.text}` }, ...rest],
        ...(node.draft ? { draft: true } : {}),
      });
    } else if (shows(node)) {
      count++;
      if (level > 4) throw new Error(`an outline section is nested deeper than 4 levels: ${node.title}`);
      out.push({
        kind: "heading",
        level: level as HeadingLevel,
        text: `${numbering(level as HeadingLevel, count)}${node.title}`,
      });
      if (node.children.some(shows)) out.push(...layOut(node.children, gapText, level + 1));
      else if (node.gap)
        out.push({ kind: "paragraph", runs: [{ text: gapText(node.gap), placeholder: true }] });
    }
  }
  return out;
}
