/**
 * A stand-in for the part of the Word JS object model the add-in uses: paragraphs and tables
 * inserted after one another, their properties applied at `context.sync()`, syncs counted; and for
 * the report check, the body read back (paragraphs — table cells included, as Word counts them —
 * and tables), searched, marked with comments or highlights, and selected. It refuses what Word
 * refuses: a property read before it was loaded and synced, a search text over 255 characters, a
 * cell outside its table, comments (WordApi 1.4) or tables (1.3) on a Word that lacks them. Section
 * breaks are kept as Word keeps them: a section's page setup lives in the break that ends it (the
 * last section's in the document), a new break takes a copy of the setup of the section it splits,
 * and `pageSetup` (WordApiDesktop 1.3) sets the setup of the section a range is in — so setting a
 * section's orientation before the break that ends it exists changes the section after it too.
 * Used by the tests and the task pane's browser tests; never by the add-in itself.
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
  /** A page break was inserted before the paragraph (`insertBreak("Page", "Before")`). */
  pageBreakBefore?: boolean;
  /** A section break before the paragraph: it ends the section before, and holds its setup. */
  sectionBreakBefore?: WordSectionSetup;
  /** A section break after the paragraph: it ends the paragraph's section, and holds its setup. */
  sectionBreakAfter?: WordSectionSetup;
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

/** The page setup of a section, held by the break that ends it. */
export interface WordSectionSetup {
  orientation: string;
}

/** A section of the document: its setup and the items in it. */
export interface WordSection {
  readonly orientation: string;
  readonly items: readonly WordItem[];
}

/** The enums of `Word` the renderer uses, with Word JS's string values. */
export const WordEnums = {
  BuiltInStyleName: { title: "Title", normal: "Normal", tableGrid: "TableGrid" },
  BreakType: { page: "Page", sectionNext: "SectionNext" },
} as const;

/** A paragraph of the body as Word counts them: a paragraph, or a cell of a table. */
export interface WordTarget {
  readonly item: WordItem;
  readonly cell?: readonly [number, number];
}

/** A span of a paragraph's (or cell's) text. */
export interface WordSpan {
  readonly target: WordTarget;
  readonly start: number;
  readonly end: number;
}

export interface WordCommentState extends WordSpan {
  readonly content: string;
}

export interface WordHighlightState extends WordSpan {
  color: string;
}

/** A range of the stand-in. */
interface StandInRange {
  readonly font: { highlightColor: string | null };
  insertComment(content: string): object;
  select(): void;
  getRange(): StandInRange;
}

/** Thrown where Word JS would reject a request (the code as Office.js reports it). */
export class WordStandInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/** The text of a paragraph or cell. */
export function targetText(t: WordTarget): string {
  if (t.item.kind === "paragraph") return t.item.text;
  const [r, c] = t.cell ?? [0, 0];
  return t.item.values[r]?.[c] ?? "";
}

/** A value that can be read only after it was loaded and the context synced. */
class Loadable<T> {
  private value: T | undefined;
  private loaded = false;

  constructor(
    private readonly what: string,
    private readonly read: () => T,
  ) {}

  /** Queues the load; the value is taken at the next sync. */
  load(ctx: WordStandInContext): void {
    ctx.enqueue(() => {
      this.value = this.read();
      this.loaded = true;
    });
  }

  get(): T {
    if (!this.loaded)
      throw new WordStandInError("PropertyNotLoaded", `${this.what} was read before load() and sync()`);
    return this.value as T;
  }
}

export class WordStandInContext {
  readonly items: WordItem[] = [];
  readonly comments: WordCommentState[] = [];
  readonly highlights: WordHighlightState[] = [];
  selection: WordSpan | undefined;
  syncs = 0;
  /** The WordApi version the stand-in offers (1.4: comments; 1.3: tables). */
  readonly wordApi: number;
  /** The WordApiDesktop version it offers (1.3: a section's page setup); 0: none. */
  readonly wordApiDesktop: number;
  /** The setup of the document's last section (the one no break ends). */
  readonly lastSection: WordSectionSetup = { orientation: "Portrait" };
  private queue: (() => void)[] = [];
  readonly document: {
    readonly getSelection: () => ReturnType<WordStandInContext["anchor"]>;
    readonly body: ReturnType<WordStandInContext["bodyObject"]>;
  };

  constructor(options: { readonly wordApi?: number; readonly wordApiDesktop?: number } = {}) {
    this.wordApi = options.wordApi ?? 1.4;
    this.wordApiDesktop = options.wordApiDesktop ?? 0;
    this.document = { getSelection: () => this.anchor(-1), body: this.bodyObject() };
  }

  /** `Office.context.requirements.isSetSupported` for this stand-in. */
  readonly supports = (set: string, version: string): boolean =>
    (set === "WordApi" && Number(version) <= this.wordApi) ||
    (set === "WordApiDesktop" && Number(version) <= this.wordApiDesktop);

  /** The setup held by the break that ends the section item `index` is in. */
  private sectionEnd(index: number): WordSectionSetup {
    for (let j = index; j < this.items.length; j++) {
      const item = this.items[j];
      if (item.kind !== "paragraph") continue;
      if (j > index && item.sectionBreakBefore) return item.sectionBreakBefore;
      if (item.sectionBreakAfter) return item.sectionBreakAfter;
    }
    return this.lastSection;
  }

  /** The document's sections, in order, with their orientation. */
  sections(): WordSection[] {
    const sections: WordSection[] = [];
    let items: WordItem[] = [];
    this.items.forEach((item, i) => {
      if (item.kind === "paragraph" && item.sectionBreakBefore && i > 0) {
        sections.push({ orientation: this.sectionEnd(i - 1).orientation, items });
        items = [];
      }
      items.push(item);
      if (item.kind === "paragraph" && item.sectionBreakAfter) {
        sections.push({ orientation: item.sectionBreakAfter.orientation, items });
        items = [];
      }
    });
    sections.push({ orientation: this.lastSection.orientation, items });
    return sections;
  }

  /** The body's paragraphs as Word counts them: each paragraph, and each table cell in row order. */
  targets(): WordTarget[] {
    return this.items.flatMap((item): WordTarget[] =>
      item.kind === "paragraph"
        ? [{ item }]
        : item.values.flatMap((row, r) => row.map((_, c): WordTarget => ({ item, cell: [r, c] }))),
    );
  }

  /** The text a span covers now. */
  spanText(span: WordSpan): string {
    return targetText(span.target).slice(span.start, span.end);
  }

  private requireApi(version: number, what: string): void {
    if (this.wordApi < version)
      throw new WordStandInError("ApiNotFound", `${what} needs WordApi ${version.toFixed(1)}`);
  }

  private bodyObject() {
    const whole = (): WordSpan[] =>
      this.targets().map((target) => ({ target, start: 0, end: targetText(target).length }));
    return withGetters(
      {
        getRange: (where: string) => ({ where }),
        search: (text: string) => this.rangeCollection(() => whole(), text),
        getComments: () => {
          this.requireApi(1.4, "body.getComments()");
          return this.commentCollection();
        },
      },
      {
        paragraphs: () => this.paragraphCollection(),
        tables: () => {
          this.requireApi(1.3, "body.tables");
          return this.tableCollection();
        },
      },
    );
  }

  private paragraphCollection() {
    const items = new Loadable("paragraphs.items", () =>
      this.targets().map((target) => {
        const whole = () => ({ target, start: 0, end: targetText(target).length });
        return withGetters(
          {
            text: targetText(target),
            search: (t: string) => this.rangeCollection(() => [whole()], t),
            getRange: () => this.range(whole()),
          },
          {
            tableNestingLevel: () => {
              this.requireApi(1.3, "paragraph.tableNestingLevel");
              return target.cell ? 1 : 0;
            },
          },
        );
      }),
    );
    return collection(this, items);
  }

  private tableCollection() {
    const items = new Loadable("tables.items", () =>
      this.items
        .filter((i): i is WordTableState => i.kind === "table")
        .map((table) => ({
          values: table.values.map((row) => [...row]),
          rowCount: table.values.length,
          nestingLevel: 1,
          getCell: (r: number, c: number) => {
            if (r < 0 || r >= table.values.length || c < 0 || c >= (table.values[r]?.length ?? 0))
              throw new WordStandInError("ItemNotFound", `cell ${r},${c} is outside the table`);
            const target: WordTarget = { item: table, cell: [r, c] };
            const span = () => [{ target, start: 0, end: targetText(target).length }];
            return {
              body: {
                search: (t: string) => this.rangeCollection(span, t),
                getRange: () => this.range(span()[0]),
              },
            };
          },
        })),
    );
    return collection(this, items);
  }

  /** The ranges where `text` occurs (case-sensitive) in the given spans, in order. */
  private rangeCollection(spans: () => WordSpan[], text: string) {
    let error: WordStandInError | undefined;
    if (!text) error = new WordStandInError("InvalidArgument", "an empty search text");
    else if (text.length > 255)
      error = new WordStandInError("SearchStringInvalidOrTooLong", "search text over 255 characters");
    let fontLoaded = false;
    const items = new Loadable("ranges.items", () => {
      if (error) throw error;
      return spans().flatMap((span) => {
        const found: StandInRange[] = [];
        const t = targetText(span.target);
        for (
          let at = t.indexOf(text, span.start);
          at >= 0 && at + text.length <= span.end;
          at = t.indexOf(text, at + 1)
        )
          found.push(this.range({ target: span.target, start: at, end: at + text.length }, fontLoaded));
        return found;
      });
    });
    return collection(this, items, (props) => (fontLoaded = /font/u.test(props)));
  }

  /** A range: its highlight (read after its collection was loaded), a comment on it, selecting it. */
  private range(span: WordSpan, fontLoaded = false): StandInRange {
    const highlightOf = () =>
      this.highlights.find(
        (h) =>
          h.target.item === span.target.item &&
          h.target.cell?.join() === span.target.cell?.join() &&
          h.start === span.start &&
          h.end === span.end,
      );
    const current =
      highlightOf()?.color ??
      (span.target.item.kind === "paragraph" && span.start === 0 && span.end === span.target.item.text.length
        ? (span.target.item.font.highlightColor ?? null)
        : null);
    const font = Object.defineProperty({}, "highlightColor", {
      enumerable: true,
      get: (): string | null => {
        if (!fontLoaded)
          throw new WordStandInError(
            "PropertyNotLoaded",
            "range.font.highlightColor was read before it was loaded",
          );
        return current;
      },
      set: (color: string | null) => {
        this.enqueue(() => {
          const existing = highlightOf();
          if (color === null) {
            if (existing) this.highlights.splice(this.highlights.indexOf(existing), 1);
          } else if (existing) existing.color = color;
          else this.highlights.push({ ...span, color });
        });
      },
    }) as { highlightColor: string | null };
    return {
      font,
      insertComment: (content: string) => {
        this.requireApi(1.4, "range.insertComment()");
        this.enqueue(() => this.comments.push({ ...span, content }));
        return {};
      },
      select: () => this.enqueue(() => (this.selection = span)),
      getRange: () => this.range(span),
    };
  }

  private commentCollection() {
    const items = new Loadable("comments.items", () =>
      this.comments.map((comment) => ({
        content: comment.content,
        delete: () =>
          this.enqueue(() => {
            const at = this.comments.indexOf(comment);
            if (at >= 0) this.comments.splice(at, 1);
          }),
      })),
    );
    return collection(this, items);
  }

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
      /** The cursor's end, expanded to the body's end: the text after the cursor (everything, as it is at the start). */
      getRange: (where: string) => {
        if (where !== "End") throw new Error(`unsupported range location ${where}`);
        return {
          expandTo: () => {
            const text = new Loadable("range.text", () =>
              this.targets()
                .slice(position + 1)
                .map((t) => targetText(t))
                .join("\r"),
            );
            return withGetters({ load: () => text.load(this) }, { text: () => text.get() });
          },
        };
      },
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
      insertBreak: (type: string, where: string) => {
        if (type === "Page" && where === "Before") set(() => (item.pageBreakBefore = true));
        // A new break takes a copy of the setup of the section it splits.
        else if (type === "SectionNext" && where === "Before")
          set(() => (item.sectionBreakBefore = { ...this.sectionEnd(index()) }));
        else if (type === "SectionNext" && where === "After")
          set(() => (item.sectionBreakAfter = { ...this.sectionEnd(index()) }));
        else throw new Error(`unsupported break ${type} ${where}`);
      },
      getRange: () => ({
        sections: {
          getFirst: () => ({
            get pageSetup() {
              return sectionSetup();
            },
          }),
        },
      }),
    };
    const sectionEnd = (i: number) => this.sectionEnd(i);
    const sectionSetup = () => {
      if (this.wordApiDesktop < 1.3)
        throw new WordStandInError("ApiNotFound", "section.pageSetup needs WordApiDesktop 1.3");
      return {
        set orientation(v: string) {
          set(() => (sectionEnd(index()).orientation = v));
        },
      };
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

/** An object with some properties computed when read (as Word JS objects are). */
function withGetters<T extends object, G extends Record<string, () => unknown>>(
  values: T,
  getters: G,
): T & { readonly [K in keyof G]: ReturnType<G[K]> } {
  for (const [name, get] of Object.entries(getters))
    Object.defineProperty(values, name, { get, enumerable: true });
  return values as T & { readonly [K in keyof G]: ReturnType<G[K]> };
}

/** A loadable collection: `load(props)` queues the load, `items` can be read after the sync. */
function collection<T>(
  ctx: WordStandInContext,
  items: Loadable<T[]>,
  onLoad?: (props: string) => void,
): { load: (props?: string) => void; readonly items: T[] } {
  const loader = {
    load: (props = "") => {
      onLoad?.(props);
      items.load(ctx);
    },
  };
  return withGetters(loader, { items: (): T[] => items.get() });
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
