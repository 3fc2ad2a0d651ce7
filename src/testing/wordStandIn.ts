/**
 * A stand-in for the part of the Word JS object model the report renderer uses: paragraphs and
 * tables inserted after one another, their properties applied at `context.sync()`, syncs counted.
 * Used by the tests (and later the task pane's browser tests); never by the add-in itself.
 */

export interface WordFontState {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  /** null: highlight removed. */
  highlightColor?: string | null;
}

export interface WordParagraphState {
  kind: "paragraph";
  /** The whole text: the inserted paragraph and every range appended to it. */
  text: string;
  style?: string;
  alignment?: string;
  firstLineIndent?: number;
  leftIndent?: number;
  rightIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  lineSpacing?: number;
  font: WordFontState;
  /** Ranges appended with `insertText(…, "End")`, with their own font. */
  ranges: { text: string; font: WordFontState }[];
}

export interface WordTableState {
  kind: "table";
  values: string[][];
  style?: string;
  headerRowCount?: number;
  font: { name?: string; size?: number };
  merges: [number, number, number, number][];
  cellAlign: Map<string, string>;
  boldCells: Set<string>;
}

export type WordItem = WordParagraphState | WordTableState;

/** The enums of `Word` the renderer uses, with Word JS's string values. */
export const WordEnums = {
  BuiltInStyleName: { title: "Title", normal: "Normal", tableGrid: "TableGrid" },
} as const;

export class WordStandInContext {
  readonly items: WordItem[] = [];
  syncs = 0;
  private queue: (() => void)[] = [];
  readonly document = { getSelection: () => this.anchor(-1) };

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }

  /** Inserts an item after another (or at the cursor, the start, for -1); returns its index getter. */
  insertAfter(after: () => number, item: WordItem): () => number {
    let index = -1;
    this.enqueue(() => {
      index = after() + 1;
      this.items.splice(index, 0, item);
    });
    return () => {
      if (index < 0) throw new Error("an inserted object is used before context.sync()");
      return this.items.indexOf(item);
    };
  }

  private anchor(position: number) {
    const at = () => position;
    return {
      insertParagraph: (text: string, where: string) => this.paragraph(at, text, where),
      insertTable: (rows: number, cols: number, where: string, values: string[][]) =>
        this.table(at, rows, cols, where, values),
    };
  }

  paragraph(after: () => number, text: string, where: string) {
    if (where !== "After") throw new Error(`unsupported insert location ${where}`);
    const item: WordParagraphState = { kind: "paragraph", text, font: {}, ranges: [] };
    const index = this.insertAfter(after, item);
    const set = (apply: () => void) => this.enqueue(apply);
    const numeric = (
      name: "firstLineIndent" | "leftIndent" | "rightIndent" | "spaceBefore" | "spaceAfter" | "lineSpacing",
    ) => ({
      set(v: number) {
        set(() => (item[name] = v));
      },
      enumerable: true,
    });
    const paragraph = {
      set styleBuiltIn(v: string) {
        set(() => (item.style = v));
      },
      set alignment(v: string) {
        set(() => (item.alignment = v));
      },
      font: fontSetter(set, item.font),
      insertText: (t: string, where: string) => {
        if (where !== "End") throw new Error(`unsupported insert location ${where}`);
        const range = { text: t, font: {} };
        set(() => {
          item.ranges.push(range);
          item.text += t;
        });
        return { font: fontSetter(set, range.font) };
      },
      insertParagraph: (t: string, w: string) => this.paragraph(index, t, w),
      insertTable: (r: number, c: number, w: string, v: string[][]) => this.table(index, r, c, w, v),
    };
    return Object.defineProperties(paragraph, {
      firstLineIndent: numeric("firstLineIndent"),
      leftIndent: numeric("leftIndent"),
      rightIndent: numeric("rightIndent"),
      spaceBefore: numeric("spaceBefore"),
      spaceAfter: numeric("spaceAfter"),
      lineSpacing: numeric("lineSpacing"),
    });
  }

  table(after: () => number, rows: number, cols: number, where: string, values: string[][]) {
    if (where !== "After") throw new Error(`unsupported insert location ${where}`);
    if (values.length !== rows || values.some((r) => r.length !== cols))
      throw new Error("InvalidArgument: table values do not match its size");
    const item: WordTableState = {
      kind: "table",
      values,
      font: {},
      merges: [],
      cellAlign: new Map(),
      boldCells: new Set(),
    };
    const index = this.insertAfter(after, item);
    const set = (apply: () => void) => this.enqueue(apply);
    return {
      set styleBuiltIn(v: string) {
        set(() => (item.style = v));
      },
      set headerRowCount(v: number) {
        set(() => (item.headerRowCount = v));
      },
      font: fontSetter(set, item.font),
      getCell: (r: number, c: number) => ({
        set horizontalAlignment(v: string) {
          set(() => item.cellAlign.set(`${r},${c}`, v));
        },
        body: {
          font: {
            set bold(v: boolean) {
              set(() => (v ? item.boldCells.add(`${r},${c}`) : item.boldCells.delete(`${r},${c}`)));
            },
          },
        },
      }),
      mergeCells: (r1: number, c1: number, r2: number, c2: number) =>
        set(() => item.merges.push([r1, c1, r2, c2])),
      insertParagraph: (t: string, w: string) => this.paragraph(index, t, w),
      insertTable: (r: number, c: number, w: string, v: string[][]) => this.table(index, r, c, w, v),
    };
  }
}

function fontSetter(set: (apply: () => void) => void, font: object) {
  const prop = (name: string) => ({
    set(v: unknown) {
      set(() => ((font as Record<string, unknown>)[name] = v));
    },
    enumerable: true,
  });
  return Object.defineProperties(
    {},
    {
      name: prop("name"),
      size: prop("size"),
      bold: prop("bold"),
      italic: prop("italic"),
      color: prop("color"),
      highlightColor: prop("highlightColor"),
    },
  );
}

/** Installs the `Word` enums as a global. */
export function installWordGlobal(): void {
  (globalThis as unknown as { Word: typeof WordEnums }).Word = WordEnums;
}

/** The stand-in as the type the renderer expects. */
export function asWordContext(ctx: WordStandInContext): Word.RequestContext {
  return ctx as unknown as Word.RequestContext;
}
